import type { Actor } from "../auth/actor";
import type { Db, Tx } from "../db/client";

// The person whose mobile number the profile shows: the signed-in user when they belong to
// the seller, otherwise (a facilitator) the seller's first administrator.
export async function findSellerContact(db: Db | Tx, sellerId: number, actor: Actor): Promise<{ id: number; phone: string | null } | null> {
  return db.user.findFirst({
    where: actor.sellerId === sellerId ? { id: actor.userId } : { sellerId, roles: { some: { role: "SELLER_ADMIN" } } },
    orderBy: { id: "asc" },
    select: { id: true, phone: true },
  });
}
