import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { OrderStatus } from "../db/generated/enums";
import { daysAfter } from "./buying-rules";
import { partyAccess } from "./order-parties";
import { readOrderRecord, type OrderRecord } from "./order-record";

// A seller's orders: those waiting for the seller to act (soonest deadline first), then the
// latest others, and how many it lost by not answering in time over the last year. Only the
// seller's own users see them.

const SUMMARY = {
  id: true, number: true, status: true, buyingMode: true, totalPaise: true, placedAt: true, respondBy: true, deliveryDueAt: true, paymentDueAt: true,
  buyerOrganisation: { select: { name: true } },
} as const;

// What the seller does next at each status, and the deadline it works to.
export const SELLER_NEXT_STEP: Partial<Record<OrderStatus, "answer" | "dispatch" | "deliver" | "invoice">> = {
  PLACED: "answer",
  ACCEPTED: "dispatch",
  DISPATCHED: "deliver",
  GOODS_ACCEPTED: "invoice",
};
export const SELLER_ACTION_STATUSES = Object.keys(SELLER_NEXT_STEP) as OrderStatus[];

export async function listSellerOrders(db: Db, ctx: ActionContext, now = new Date()) {
  const { where } = partyAccess(ctx, "seller");
  const [waiting, recent, autoCancelled] = await Promise.all([
    db.order.findMany({ where: { ...where, status: { in: SELLER_ACTION_STATUSES } }, orderBy: [{ placedAt: "asc" }, { id: "asc" }], take: 200, select: SUMMARY }),
    db.order.findMany({ where: { ...where, status: { notIn: SELLER_ACTION_STATUSES } }, orderBy: [{ placedAt: "desc" }, { id: "desc" }], take: 20, select: SUMMARY }),
    db.order.count({ where: { ...where, status: "AUTO_CANCELLED", placedAt: { gte: daysAfter(now, -365) } } }),
  ]);
  const withDeadline = waiting
    .map((order) => ({ ...order, step: SELLER_NEXT_STEP[order.status]!, dueAt: sellerDeadline(order) }))
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  return { waiting: withDeadline, recent, autoCancelled };
}

function sellerDeadline(order: { status: OrderStatus; respondBy: Date | null; deliveryDueAt: Date | null }): Date | null {
  if (order.status === "PLACED") return order.respondBy;
  if (order.status === "ACCEPTED" || order.status === "DISPATCHED") return order.deliveryDueAt;
  return null;
}

export type SellerOrderSummary = Awaited<ReturnType<typeof listSellerOrders>>["recent"][number];
export type SellerWaitingOrder = Awaited<ReturnType<typeof listSellerOrders>>["waiting"][number];

// The order, and how fast its buyer organisation pays by sellers' ratings.
export async function getSellerOrder(db: Db, ctx: ActionContext, orderId: number): Promise<OrderRecord & { buyerPayment: { average: number | null; count: number } }> {
  const { where } = partyAccess(ctx, "seller");
  const order = await readOrderRecord(db, where, orderId);
  const marks = await db.buyerRating.aggregate({ where: { buyerOrganisationId: order.buyerOrganisationId }, _avg: { paymentSpeed: true }, _count: { _all: true } });
  return { ...order, buyerPayment: { average: marks._avg.paymentSpeed, count: marks._count._all } };
}
