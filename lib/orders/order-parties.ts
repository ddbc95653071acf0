import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import type { Role } from "../db/generated/enums";
import { NotFoundError } from "../errors";

// Who acts on an order, and which orders each may touch:
// - seller: the order's seller's administrators and staff;
// - buyer: the buyers of the ordering organisation (placing, cancelling);
// - consignee: the one consignee named on the order (receipt, acceptance of goods);
// - payingAuthority: the one paying authority named on the order (payment).
// Someone holding the role but outside the order is told it does not exist.
export type OrderParty = "seller" | "buyer" | "consignee" | "payingAuthority";

const PARTY_ROLES: Record<OrderParty, Role[]> = {
  seller: ["SELLER_ADMIN", "SELLER_STAFF"],
  buyer: ["BUYER"],
  consignee: ["CONSIGNEE"],
  payingAuthority: ["PAYING_AUTHORITY"],
};

export type PartyAccess = { actor: Actor; role: Role; where: Prisma.OrderWhereInput };

export function partyAccess(ctx: ActionContext, party: OrderParty): PartyAccess {
  const { actor, role } = requireRole(ctx, ...PARTY_ROLES[party]);
  return { actor, role, where: partyWhere(actor, party) };
}

function partyWhere(actor: Actor, party: OrderParty): Prisma.OrderWhereInput {
  switch (party) {
    case "seller":
      if (actor.sellerId === null) throw new NotFoundError("Order");
      return { sellerId: actor.sellerId };
    case "buyer":
      if (actor.organisationId === null) throw new NotFoundError("Order");
      return { buyerOrganisationId: actor.organisationId };
    case "consignee":
      return { consigneeUserId: actor.userId };
    case "payingAuthority":
      return { payingAuthorityUserId: actor.userId };
  }
}
