import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { refreshListingSearch } from "../search/refresh-listing-search";
import type { RejectOrderInput } from "./order-response-schema";

// The seller's first answer to a placed order: accept it, or reject it with a reason (the
// units go back to stock). Only the order's own seller answers, once, before the deadline
// (Order.respondBy); after it the order is the scheduler's to auto-cancel.
type Response = { orderId: number; decision: "accept" } | ({ decision: "reject" } & RejectOrderInput);

export function acceptOrder(db: Db, ctx: ActionContext, input: { orderId: number }): Promise<{ orderId: number }> {
  return respondToOrder(db, ctx, { orderId: input.orderId, decision: "accept" });
}

export function rejectOrder(db: Db, ctx: ActionContext, input: RejectOrderInput): Promise<{ orderId: number }> {
  return respondToOrder(db, ctx, { ...input, decision: "reject" });
}

async function respondToOrder(db: Db, ctx: ActionContext, input: Response): Promise<{ orderId: number }> {
  const { actor, role } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Order");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id: input.orderId, sellerId: actor.sellerId! }, select: { id: true, status: true, respondBy: true, items: { select: { listingId: true, quantity: true } } } });
    if (!order) throw new NotFoundError("Order");
    if (order.respondBy && order.respondBy < now) throw new FieldValidationError({ decision: "sellerOrders.errors.late" });
    const accepted = input.decision === "accept";
    const reason = input.decision === "accept" ? null : [input.reasonCode, input.note].filter(Boolean).join(": ");
    const changed = await tx.order.updateMany({
      where: { id: order.id, status: "PLACED" },
      data: accepted ? { status: "ACCEPTED", acceptedAt: now } : { status: "REJECTED", statusReason: reason, closedAt: now },
    });
    if (changed.count === 0) throw new FieldValidationError({ decision: "sellerOrders.errors.answered" });
    await tx.orderEvent.create({ data: { orderId: order.id, fromStatus: "PLACED", toStatus: accepted ? "ACCEPTED" : "REJECTED", actorUserId: actor.userId, note: reason, createdAt: now } });
    if (!accepted) {
      for (const item of order.items) await tx.listing.update({ where: { id: item.listingId }, data: { stockQuantity: { increment: item.quantity } } });
      await refreshListingSearch(tx, { listingIds: order.items.map((item) => item.listingId) });
    }
    await recordAudit(tx, auditActorOf(ctx, role), { action: accepted ? "orders.accept" : "orders.reject", entityType: "Order", entityId: order.id, before: { status: "PLACED" }, after: { status: accepted ? "ACCEPTED" : "REJECTED", reason } });
    return { orderId: order.id };
  });
}
