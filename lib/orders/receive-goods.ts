import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { GOODS_ACCEPTANCE_DAYS, PAYMENT_DUE_DAYS, daysAfter } from "./buying-rules";
import { findOrderIn, moveOrder, type LifecycleOrder } from "./move-order";
import type { AcceptGoodsInput, RejectGoodsInput } from "./order-lifecycle-schemas";
import { partyAccess } from "./order-parties";

// The consignee named on the order certifies the goods: the provisional receipt (PRC) when
// they arrive, then within GOODS_ACCEPTANCE_DAYS the acceptance (CRAC, of all or part of the
// quantities) or the rejection with reasons. Past that window the scheduler deems them
// accepted (lib/orders/order-deadlines.ts) and the consignee can no longer decide.

export async function recordReceipt(db: Db, ctx: ActionContext, input: { orderId: number }): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "consignee");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    const { deliveredAt } = await tx.order.findUniqueOrThrow({ where: { id: order.id }, select: { deliveredAt: true } });
    const decideBy = daysAfter(now, GOODS_ACCEPTANCE_DAYS);
    await moveOrder(tx, order, { from: ["DISPATCHED", "DELIVERED"], to: "RECEIVED", data: { receivedAt: now, deliveredAt: deliveredAt ?? now }, action: "orders.receive", tell: { date: decideBy } }, auditActorOf(ctx, role), now);
    return { orderId: order.id };
  });
}

function assertWithinWindow(order: LifecycleOrder, now: Date): void {
  if (order.status === "RECEIVED" && order.receivedAt && daysAfter(order.receivedAt, GOODS_ACCEPTANCE_DAYS) < now) {
    throw new FieldValidationError({ order: "orderLifecycle.errors.acceptanceWindowOver" });
  }
}

export async function acceptGoods(db: Db, ctx: ActionContext, input: AcceptGoodsInput): Promise<{ orderId: number; partial: boolean }> {
  const { role, where } = partyAccess(ctx, "consignee");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    assertWithinWindow(order, now);
    const items = await tx.orderItem.findMany({ where: { orderId: order.id }, orderBy: { id: "asc" }, select: { id: true, quantity: true } });
    const accepted = new Map(input.itemIds.map((id, index) => [id, input.acceptedQuantities[index]]));
    if (accepted.size !== items.length || items.some((item) => accepted.get(item.id) === undefined)) throw new FieldValidationError({ acceptedQuantities: "orderLifecycle.errors.quantity" });
    if (items.some((item) => accepted.get(item.id)! > item.quantity)) throw new FieldValidationError({ acceptedQuantities: "orderLifecycle.errors.moreThanOrdered" });
    if (items.every((item) => accepted.get(item.id) === 0)) throw new FieldValidationError({ acceptedQuantities: "orderLifecycle.errors.nothingAccepted" });
    const partial = items.some((item) => accepted.get(item.id)! < item.quantity);
    if (partial && !input.note) throw new FieldValidationError({ note: "orderLifecycle.errors.partialNote" });
    const paymentDueAt = daysAfter(now, PAYMENT_DUE_DAYS);
    await moveOrder(tx, order, { from: ["RECEIVED"], to: "GOODS_ACCEPTED", data: { goodsAcceptedAt: now, paymentDueAt }, note: partial ? `PARTIAL: ${input.note}` : (input.note ?? null), action: "orders.acceptGoods", tell: { date: paymentDueAt } }, auditActorOf(ctx, role), now);
    for (const item of items) await tx.orderItem.update({ where: { id: item.id }, data: { acceptedQuantity: accepted.get(item.id)! } });
    return { orderId: order.id, partial };
  });
}

export async function rejectGoods(db: Db, ctx: ActionContext, input: RejectGoodsInput): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "consignee");
  const now = nowOf(ctx);
  const reason = `${input.reasonCode}: ${input.note}`;
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    assertWithinWindow(order, now);
    await moveOrder(tx, order, { from: ["RECEIVED"], to: "GOODS_REJECTED", data: { statusReason: reason, closedAt: now }, note: reason, action: "orders.rejectGoods", tell: { reasonCode: input.reasonCode, note: input.note } }, auditActorOf(ctx, role), now);
    await tx.orderItem.updateMany({ where: { orderId: order.id }, data: { acceptedQuantity: 0 } });
    return { orderId: order.id };
  });
}
