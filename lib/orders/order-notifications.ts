import "server-only";
import type { Tx } from "../db/client";
import type { OrderStatus } from "../db/generated/enums";
import { TIME_ZONE } from "../i18n/locales";
import { deliverToAll, type Recipient } from "../notifications/deliver-notification";
import type { OrderParty } from "./order-parties";

// The order as its notifications need it.
export type NotifiedOrder = {
  id: number;
  number: string;
  sellerId: number;
  buyerUserId: number;
  consigneeUserId: number;
  payingAuthorityUserId: number;
  buyerOrganisation: { name: string };
  seller: { legalName: string; tradeName: string | null };
};

// Who must act next (or needs to know) after an order reaches each state. The message is
// notifications.kinds.order_<event>; its {date} is the next deadline, if any.
const TOLD: Record<OrderEvent, OrderParty[]> = {
  placed: ["seller"],
  accepted: ["buyer", "consignee"],
  rejected: ["buyer"],
  autoCancelled: ["buyer", "seller"],
  cancelled: ["seller"],
  dispatched: ["consignee"],
  delivered: ["consignee"],
  received: ["seller"],
  goodsAccepted: ["seller", "payingAuthority"],
  goodsRejected: ["seller", "buyer"],
  invoiced: ["payingAuthority"],
  paid: ["seller", "buyer"],
  paymentOverdue: ["payingAuthority", "buyer"],
};

export type OrderEvent =
  | "placed" | "accepted" | "rejected" | "autoCancelled" | "cancelled" | "dispatched" | "delivered"
  | "received" | "goodsAccepted" | "goodsRejected" | "invoiced" | "paid" | "paymentOverdue";

const EVENT_OF_STATUS: Record<OrderStatus, OrderEvent> = {
  PLACED: "placed", ACCEPTED: "accepted", REJECTED: "rejected", AUTO_CANCELLED: "autoCancelled", CANCELLED: "cancelled",
  DISPATCHED: "dispatched", DELIVERED: "delivered", RECEIVED: "received", GOODS_ACCEPTED: "goodsAccepted",
  GOODS_REJECTED: "goodsRejected", INVOICED: "invoiced", PAID: "paid",
};

export function eventOfStatus(status: OrderStatus): OrderEvent {
  return EVENT_OF_STATUS[status];
}

const istDay = new Intl.DateTimeFormat("en-IN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

// reasonCode is shown in the reader's language (orderReasons.<code>, see notification-text.ts).
export type OrderNews = { date?: Date | null; reasonCode?: string; note?: string | null };

export function tellOrderParties(tx: Tx, order: NotifiedOrder, event: OrderEvent, now: Date, news: OrderNews = {}): Promise<void> {
  return tellParties(tx, order, TOLD[event], `order.${event}`, now, news);
}

// A message of the kind about the order to the given parties, each with the link to the
// order in their own portal.
export async function tellParties(tx: Tx, order: NotifiedOrder, parties: OrderParty[], kind: string, now: Date, news: OrderNews = {}): Promise<void> {
  const params = {
    number: order.number,
    buyerName: order.buyerOrganisation.name,
    sellerName: order.seller.tradeName ?? order.seller.legalName,
    date: news.date ? istDay.format(news.date) : "",
    reasonCode: news.reasonCode ?? "",
    note: news.note ?? "",
  };
  for (const party of parties) {
    const recipients = await recipientsOf(tx, order, party);
    const link = party === "seller" ? `/seller/orders/${order.id}` : `/buyer/orders/${order.id}`;
    await deliverToAll(tx, recipients, { kind, params, link }, now);
  }
}

const RECIPIENT = { id: true, name: true, email: true, locale: true } as const;

function recipientsOf(tx: Tx, order: NotifiedOrder, party: OrderParty): Promise<Recipient[]> {
  if (party === "seller") {
    return tx.user.findMany({ where: { sellerId: order.sellerId, isActive: true, roles: { some: { role: { in: ["SELLER_ADMIN", "SELLER_STAFF"] } } } }, orderBy: { id: "asc" }, select: RECIPIENT });
  }
  const userId = party === "buyer" ? order.buyerUserId : party === "consignee" ? order.consigneeUserId : order.payingAuthorityUserId;
  return tx.user.findMany({ where: { id: userId, isActive: true }, select: RECIPIENT });
}
