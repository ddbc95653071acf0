import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { findOrderIn, moveOrder, returnStock } from "./move-order";
import type { CancelOrderInput } from "./order-lifecycle-schemas";
import { partyAccess } from "./order-parties";

// A buyer of the ordering organisation cancels an order the seller has not yet dispatched,
// with a reason the seller sees; the units go back on sale.
export async function cancelOrder(db: Db, ctx: ActionContext, input: CancelOrderInput): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "buyer");
  const now = nowOf(ctx);
  const reason = [input.reasonCode, input.note].filter(Boolean).join(": ");
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    await moveOrder(tx, order, { from: ["PLACED", "ACCEPTED"], to: "CANCELLED", data: { statusReason: reason, closedAt: now }, note: reason, action: "orders.cancel", tell: { reasonCode: input.reasonCode, note: input.note } }, auditActorOf(ctx, role), now);
    await refreshListingSearch(tx, { listingIds: await returnStock(tx, order.id) });
    return { orderId: order.id };
  });
}
