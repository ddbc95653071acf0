import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import { hasRole, type Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { GOODS_ACCEPTANCE_DAYS, daysAfter } from "./buying-rules";
import { latePayment, type LatePayment } from "./late-payment";
import { readOrderRecord, type OrderRecord } from "./order-record";

// The buyer portal's orders: everyone of the organisation sees its orders; each person's
// "needs my action" list holds what is theirs to do: the consignee receives and accepts the
// goods, the paying authority pays.

export type BuyerStep = "receive" | "decideGoods" | "pay";

function organisationOf(ctx: ActionContext): { actor: Actor; organisationId: number } {
  const { actor } = requireRole(ctx, "PRIMARY_BUYER", "BUYER", "CONSIGNEE", "PAYING_AUTHORITY");
  if (actor.organisationId === null) throw new NotFoundError("Order");
  return { actor, organisationId: actor.organisationId };
}

const SUMMARY = {
  id: true, number: true, status: true, totalPaise: true, placedAt: true, receivedAt: true, paymentDueAt: true,
  seller: { select: { legalName: true, tradeName: true } },
} as const;

type Summary = Prisma.OrderGetPayload<{ select: typeof SUMMARY }>;
export type BuyerWaitingOrder = Summary & { step: BuyerStep; dueAt: Date | null };

// The orders waiting for this person on the buyer side: goods to receive and accept for the
// consignee named on them, invoices to pay for the paying authority named on them.
export function waitingForBuyerSide(actor: Actor): Prisma.OrderWhereInput[] {
  const mine: Prisma.OrderWhereInput[] = [];
  if (hasRole(actor, "CONSIGNEE")) mine.push({ consigneeUserId: actor.userId, status: { in: ["DISPATCHED", "DELIVERED", "RECEIVED"] } });
  if (hasRole(actor, "PAYING_AUTHORITY")) mine.push({ payingAuthorityUserId: actor.userId, status: "INVOICED" });
  return mine;
}

export async function listBuyerOrders(db: Db, ctx: ActionContext) {
  const { actor, organisationId } = organisationOf(ctx);
  const mine = waitingForBuyerSide(actor);
  const [waiting, recent] = await Promise.all([
    mine.length ? db.order.findMany({ where: { buyerOrganisationId: organisationId, OR: mine }, take: 200, select: SUMMARY }) : [],
    db.order.findMany({ where: { buyerOrganisationId: organisationId }, orderBy: [{ placedAt: "desc" }, { id: "desc" }], take: 50, select: SUMMARY }),
  ]);
  const steps = waiting
    .map((order): BuyerWaitingOrder => {
      if (order.status === "INVOICED") return { ...order, step: "pay", dueAt: order.paymentDueAt };
      if (order.status === "RECEIVED") return { ...order, step: "decideGoods", dueAt: order.receivedAt && daysAfter(order.receivedAt, GOODS_ACCEPTANCE_DAYS) };
      return { ...order, step: "receive", dueAt: null };
    })
    .sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  return { waiting: steps, recent };
}

export type BuyerOrderSummary = Summary;

export type BuyerOrderView = {
  order: OrderRecord;
  can: { cancel: boolean; receive: boolean; decideGoods: boolean; pay: boolean; rate: boolean };
  decideBy: Date | null;
  // What paying now would record: the invoice's amount, days late and interest.
  payNow: (LatePayment & { amountPaise: bigint; dueAt: Date }) | null;
};

export async function getBuyerOrder(db: Db, ctx: ActionContext, orderId: number, now = new Date()): Promise<BuyerOrderView> {
  const { actor, organisationId } = organisationOf(ctx);
  const order = await readOrderRecord(db, { buyerOrganisationId: organisationId }, orderId);
  const isConsignee = order.consigneeUserId === actor.userId && hasRole(actor, "CONSIGNEE");
  const decideBy = order.receivedAt ? daysAfter(order.receivedAt, GOODS_ACCEPTANCE_DAYS) : null;
  const invoice = order.invoices.find((candidate) => candidate.status === "RAISED");
  return {
    order,
    can: {
      cancel: hasRole(actor, "BUYER") && (order.status === "PLACED" || order.status === "ACCEPTED"),
      receive: isConsignee && (order.status === "DISPATCHED" || order.status === "DELIVERED"),
      decideGoods: isConsignee && order.status === "RECEIVED" && decideBy !== null && decideBy >= now,
      pay: order.payingAuthorityUserId === actor.userId && hasRole(actor, "PAYING_AUTHORITY") && order.status === "INVOICED",
      rate: order.status === "PAID" && order.rating === null && hasRole(actor, "BUYER", "CONSIGNEE", "PRIMARY_BUYER"),
    },
    decideBy,
    payNow: invoice ? { amountPaise: invoice.amountPaise, dueAt: invoice.dueAt, ...latePayment(invoice.amountPaise, invoice.dueAt, now) } : null,
  };
}
