import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { findOrderIn, moveOrder, returnStock } from "./move-order";
import { partyAccess } from "./order-parties";
import type { RejectOrderInput } from "./order-response-schema";

// The seller's first answer to a placed order: accept it, or reject it with a reason (the
// units go back to stock). Only the order's own seller answers, once, before the deadline
// (Order.respondBy); after it the order is the scheduler's to auto-cancel.

export async function acceptOrder(db: Db, ctx: ActionContext, input: { orderId: number }): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    if (order.status === "PLACED" && order.respondBy && order.respondBy < now) throw new FieldValidationError({ order: "sellerOrders.errors.late" });
    await moveOrder(tx, order, { from: ["PLACED"], to: "ACCEPTED", data: { acceptedAt: now }, action: "orders.accept", tell: { date: order.deliveryDueAt } }, auditActorOf(ctx, role), now);
    return { orderId: order.id };
  });
}

export async function rejectOrder(db: Db, ctx: ActionContext, input: RejectOrderInput): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  const reason = [input.reasonCode, input.note].filter(Boolean).join(": ");
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    if (order.status === "PLACED" && order.respondBy && order.respondBy < now) throw new FieldValidationError({ order: "sellerOrders.errors.late" });
    await moveOrder(tx, order, { from: ["PLACED"], to: "REJECTED", data: { statusReason: reason, closedAt: now }, note: reason, action: "orders.reject", tell: { reasonCode: input.reasonCode, note: input.note } }, auditActorOf(ctx, role), now);
    await refreshListingSearch(tx, { listingIds: await returnStock(tx, order.id) });
    return { orderId: order.id };
  });
}
