import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { latePayment } from "./late-payment";
import { findOrderIn, moveOrder } from "./move-order";
import type { RecordPaymentInput } from "./order-lifecycle-schemas";
import { partyAccess } from "./order-parties";

// The paying authority named on the order records the payment of its invoice with the bank
// reference. Paid after the due date, the payment carries the days late and the interest
// owed at 1 % a month (lib/orders/late-payment.ts), paid with it.
export async function recordPayment(db: Db, ctx: ActionContext, input: RecordPaymentInput): Promise<{ orderId: number; daysLate: number; interestPaise: bigint }> {
  const { actor, role, where } = partyAccess(ctx, "payingAuthority");
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const order = await findOrderIn(tx, where, input.orderId);
    const invoice = await tx.invoice.findFirst({ where: { orderId: order.id, status: "RAISED" }, orderBy: { id: "desc" }, select: { id: true, amountPaise: true, dueAt: true } });
    const late = invoice ? latePayment(invoice.amountPaise, invoice.dueAt, now) : { daysLate: 0, interestPaise: 0n };
    const note = late.daysLate > 0 ? `${input.reference} (${late.daysLate} days late, interest ${late.interestPaise} paise)` : input.reference;
    await moveOrder(tx, order, { from: ["INVOICED"], to: "PAID", data: { closedAt: now }, note, action: "orders.pay" }, auditActorOf(ctx, role), now);
    await tx.invoice.update({ where: { id: invoice!.id }, data: { status: "PAID" } });
    await tx.payment.create({
      data: { invoiceId: invoice!.id, orderId: order.id, amountPaise: invoice!.amountPaise, interestPaise: late.interestPaise, daysLate: late.daysLate, reference: input.reference, paidAt: now, recordedById: actor.userId, createdAt: now },
    });
    return { orderId: order.id, ...late };
  });
}
