import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError } from "../errors";
import { acceptedValue } from "./accepted-value";
import { findOrderIn, moveOrder } from "./move-order";
import type { DispatchOrderInput, RaiseInvoiceInput } from "./order-lifecycle-schemas";
import { partyAccess } from "./order-parties";

// The seller's part after accepting: dispatch (with the carrier and its reference), mark
// delivered, and once the consignee has accepted the goods, invoice what was accepted.

export async function dispatchOrder(db: Db, ctx: ActionContext, input: DispatchOrderInput): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    const note = `${input.carrier}: ${input.reference}`;
    await moveOrder(tx, order, { from: ["ACCEPTED"], to: "DISPATCHED", data: { dispatchedAt: now, dispatchCarrier: input.carrier, dispatchReference: input.reference }, note, action: "orders.dispatch", tell: { note } }, auditActorOf(ctx, role), now);
    return { orderId: order.id };
  });
}

export async function markDelivered(db: Db, ctx: ActionContext, input: { orderId: number }): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    await moveOrder(tx, order, { from: ["DISPATCHED"], to: "DELIVERED", data: { deliveredAt: now }, action: "orders.deliver" }, auditActorOf(ctx, role), now);
    return { orderId: order.id };
  });
}

// The invoice is for the accepted quantities with their GST, due when payment is due
// (PAYMENT_DUE_DAYS after the acceptance of goods). Its number is the seller's own, once.
export async function raiseInvoice(db: Db, ctx: ActionContext, input: RaiseInvoiceInput): Promise<{ orderId: number }> {
  const { role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const order = await findOrderIn(tx, where, input.orderId);
      const items = await tx.orderItem.findMany({ where: { orderId: order.id }, select: { quantity: true, acceptedQuantity: true, unitPricePaise: true, gstRateBps: true } });
      const { valuePaise, gstPaise } = acceptedValue(items);
      const dueAt = order.paymentDueAt ?? now;
      await moveOrder(tx, order, { from: ["GOODS_ACCEPTED"], to: "INVOICED", note: input.invoiceNumber, action: "orders.invoice", tell: { date: dueAt } }, auditActorOf(ctx, role), now);
      await tx.invoice.create({ data: { number: input.invoiceNumber, orderId: order.id, sellerId: order.sellerId, amountPaise: valuePaise + gstPaise, taxPaise: gstPaise, issuedAt: now, dueAt } });
      return { orderId: order.id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldValidationError({ invoiceNumber: "orderLifecycle.errors.invoiceNumberUsed" });
    throw error;
  }
}
