import "server-only";
import { hasRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { waitingForBuyerSide } from "./buyer-orders";
import { SELLER_ACTION_STATUSES } from "./seller-orders";

// How many orders wait for the person's action, for the portal overviews: their seller's
// orders to answer, dispatch, deliver or invoice; the goods they receive; the invoices they pay.
export async function countOrdersWaiting(db: Db, actor: Actor): Promise<number> {
  const mine: Prisma.OrderWhereInput[] = waitingForBuyerSide(actor);
  if (actor.sellerId !== null && hasRole(actor, "SELLER_ADMIN", "SELLER_STAFF")) mine.push({ sellerId: actor.sellerId, status: { in: SELLER_ACTION_STATUSES } });
  return mine.length > 0 ? db.order.count({ where: { OR: mine } }) : 0;
}
