import "server-only";
import { hasRole, PORTAL_ROLES, type Actor } from "../auth/actor";
import { requireActor, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { readOrderRecord, type OrderRecord } from "./order-record";

// The contract an order is: who buys and who sells, what, at which prices and taxes, by when,
// on which terms. Its parties read it (the buyer organisation's people, the seller's), and
// admins whose area holds the buyer's or the seller's place; anyone else is told it does not exist.

function readersFilter(actor: Actor): Prisma.OrderWhereInput {
  const reach: Prisma.OrderWhereInput[] = [];
  if (actor.organisationId !== null && hasRole(actor, ...PORTAL_ROLES.buyer)) reach.push({ buyerOrganisationId: actor.organisationId });
  if (actor.sellerId !== null && hasRole(actor, "SELLER_ADMIN", "SELLER_STAFF")) reach.push({ sellerId: actor.sellerId });
  const scope = hasRole(actor, "ADMIN") ? actor.adminScope : null;
  if (scope?.level === "NATIONAL") reach.push({});
  if (scope?.level === "STATE" && scope.stateId) reach.push({ buyerStateId: scope.stateId }, { sellerStateId: scope.stateId });
  if (scope?.level === "DISTRICT" && scope.districtId) reach.push({ sellerDistrictId: scope.districtId });
  if (scope?.level === "BLOCK" && scope.blockId) reach.push({ sellerBlockId: scope.blockId });
  if (reach.length === 0) throw new NotFoundError("Order");
  return { OR: reach };
}

const PARTIES = {
  buyerOrganisation: { select: { name: true, department: { select: { name: true, ministry: { select: { name: true } } } }, state: { select: { name: true } } } },
  seller: {
    select: {
      legalName: true, tradeName: true, addressLine: true, pincode: true, udyamNumber: true, mseClass: true,
      district: { select: { name: true } }, state: { select: { name: true } },
      gstins: { orderBy: { isPrimary: "desc" as const }, take: 1, select: { gstin: true } },
    },
  },
} satisfies Prisma.OrderSelect;

export type Contract = OrderRecord & { parties: Prisma.OrderGetPayload<{ select: typeof PARTIES }> };

export async function getContract(db: Db, ctx: ActionContext, orderId: number): Promise<Contract> {
  const where = readersFilter(requireActor(ctx));
  const order = await readOrderRecord(db, where, orderId);
  const parties = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: PARTIES });
  return { ...order, parties };
}
