import "server-only";
import { hasRole, type Actor } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { Role } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";

export type SellerAccess = { actor: Actor; role: Role; sellerId: number };

// Who may read or change a seller's profile: the seller's own users (staff read, the
// administrator also writes), and the facilitator who registered it on its behalf. Any other
// seller id is "not found", so ids never reveal which sellers exist.
export async function sellerAccess(db: Db, ctx: ActionContext, sellerId: number, mode: "read" | "write"): Promise<SellerAccess> {
  const { actor } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF", "FACILITATOR");
  if (actor.sellerId === sellerId && (mode === "read" || hasRole(actor, "SELLER_ADMIN"))) {
    return { actor, role: hasRole(actor, "SELLER_ADMIN") ? "SELLER_ADMIN" : "SELLER_STAFF", sellerId };
  }
  if (hasRole(actor, "FACILITATOR")) {
    const assisted = await db.seller.count({ where: { id: sellerId, assistedById: actor.userId } });
    if (assisted > 0) return { actor, role: "FACILITATOR", sellerId };
  }
  if (actor.sellerId === sellerId) throw new ForbiddenError("Only the seller's administrator changes the profile");
  throw new NotFoundError("Seller");
}
