import "server-only";
import type { AuditActor } from "../audit/record-audit";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { escalateIncidents } from "./incidents";
import { GOODS_ACCEPTANCE_DAYS, PAYMENT_DUE_DAYS, daysAfter } from "./buying-rules";
import { LIFECYCLE_ORDER, moveOrder, returnStock, type LifecycleOrder } from "./move-order";
import { tellOrderParties } from "./order-notifications";

// The order rules that run on time rather than on someone's action, from the scheduler:
// - a seller who has not answered by respondBy loses the order (AUTO_CANCELLED, counted
//   against the seller; the units go back on sale);
// - goods not accepted or rejected GOODS_ACCEPTANCE_DAYS after the receipt are deemed
//   accepted in full, as of that deadline, and payment falls due from it;
// - an invoice unpaid past its due date is reported once to the paying authority and buyer;
// - an incident left open too long goes to the admins of the buyer's state (incidents.ts).
// Each step is a conditional update in its own transaction, so running the jobs twice, or
// beside a person acting on the same order, changes each order once.

const SYSTEM: Omit<AuditActor, "at"> = { userId: null, role: "SYSTEM", ip: null };
const BATCH = 500;

export type DeadlineResult = { autoCancelled: number; deemedAccepted: number; overdueReported: number; incidentsEscalated: number };

export async function runOrderDeadlines(db: Db, now: Date): Promise<DeadlineResult> {
  return {
    autoCancelled: await autoCancelUnanswered(db, now),
    deemedAccepted: await deemGoodsAccepted(db, now),
    overdueReported: await reportOverduePayments(db, now),
    incidentsEscalated: await escalateIncidents(db, now),
  };
}

// Runs one step per order, each in its own transaction; an order another process moved
// meanwhile is skipped.
async function eachOrder(orders: LifecycleOrder[], step: (order: LifecycleOrder) => Promise<void>): Promise<number> {
  let moved = 0;
  for (const order of orders) {
    try {
      await step(order);
      moved += 1;
    } catch (error) {
      if (!(error instanceof FieldValidationError)) throw error;
    }
  }
  return moved;
}

async function autoCancelUnanswered(db: Db, now: Date): Promise<number> {
  const orders = await db.order.findMany({ where: { status: "PLACED", respondBy: { lt: now } }, orderBy: { id: "asc" }, take: BATCH, select: LIFECYCLE_ORDER });
  return eachOrder(orders, (order) =>
    db.$transaction(async (tx) => {
      const reason = "SELLER_DID_NOT_RESPOND";
      await moveOrder(tx, order, { from: ["PLACED"], to: "AUTO_CANCELLED", data: { statusReason: reason, closedAt: now }, note: reason, action: "orders.autoCancel", tell: { reasonCode: reason } }, { ...SYSTEM, at: now }, now);
      await refreshListingSearch(tx, { listingIds: await returnStock(tx, order.id) });
    }),
  );
}

async function deemGoodsAccepted(db: Db, now: Date): Promise<number> {
  const receivedBefore = daysAfter(now, -GOODS_ACCEPTANCE_DAYS);
  const orders = await db.order.findMany({ where: { status: "RECEIVED", receivedAt: { lt: receivedBefore } }, orderBy: { id: "asc" }, take: BATCH, select: LIFECYCLE_ORDER });
  return eachOrder(orders, (order) =>
    db.$transaction(async (tx) => {
      const deemedAt = daysAfter(order.receivedAt!, GOODS_ACCEPTANCE_DAYS);
      const paymentDueAt = daysAfter(deemedAt, PAYMENT_DUE_DAYS);
      await moveOrder(tx, order, { from: ["RECEIVED"], to: "GOODS_ACCEPTED", data: { goodsAcceptedAt: deemedAt, paymentDueAt }, note: "DEEMED", action: "orders.deemAccepted", tell: { date: paymentDueAt, reasonCode: "DEEMED" } }, { ...SYSTEM, at: now }, now);
      await tx.$executeRaw`UPDATE "OrderItem" SET "acceptedQuantity" = quantity WHERE "orderId" = ${order.id}`;
    }),
  );
}

async function reportOverduePayments(db: Db, now: Date): Promise<number> {
  const invoices = await db.invoice.findMany({ where: { status: "RAISED", dueAt: { lt: now }, overdueNotifiedAt: null }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, dueAt: true, order: { select: LIFECYCLE_ORDER } } });
  let reported = 0;
  for (const invoice of invoices) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.invoice.updateMany({ where: { id: invoice.id, overdueNotifiedAt: null, status: "RAISED" }, data: { overdueNotifiedAt: now } });
      if (count === 1) await tellOrderParties(tx, invoice.order, "paymentOverdue", now, { date: invoice.dueAt });
      return count;
    });
    reported += claimed;
  }
  return reported;
}
