import "server-only";
import type { Tx } from "../db/client";
import { formatIstDateTime } from "../i18n/ist-dates";
import { deliverToAll, type Recipient } from "../notifications/deliver-notification";

// Messages about a bid (notifications.kinds.bid_<event>), to its buyer organisation's buyers or
// to sellers, each with the link to the bid in their own portal.
export type BidEvent =
  | "published" | "extended" | "opened" | "rejected" | "represented" | "representationAnswered"
  | "financialOpened" | "auctionStarted" | "auctionClosed" | "awarded" | "cancelled" | "clarified";

export type NotifiedBid = { id: number; number: string; title: string; buyerOrganisationId: number };

const RECIPIENT = { id: true, name: true, email: true, locale: true } as const;

export type BidNews = { date?: Date | null; reasonCode?: string; note?: string | null };

function paramsOf(bid: NotifiedBid, news: BidNews) {
  return { number: bid.number, title: bid.title, date: news.date ? formatIstDateTime(news.date) : "", reasonCode: news.reasonCode ?? "", note: news.note ?? "" };
}

export async function tellBidBuyers(tx: Tx, bid: NotifiedBid, event: BidEvent, now: Date, news: BidNews = {}): Promise<void> {
  const buyers = await tx.user.findMany({
    where: { organisationId: bid.buyerOrganisationId, isActive: true, roles: { some: { role: "BUYER" } } },
    orderBy: { id: "asc" },
    select: RECIPIENT,
  });
  await deliverToAll(tx, buyers, { kind: `bid.${event}`, params: paramsOf(bid, news), link: `/buyer/bids/${bid.id}` }, now);
}

export async function tellBidSellers(tx: Tx, bid: NotifiedBid, sellerIds: number[], event: BidEvent, now: Date, news: BidNews = {}): Promise<void> {
  if (sellerIds.length === 0) return;
  const users: Recipient[] = await tx.user.findMany({
    where: { sellerId: { in: sellerIds }, isActive: true, roles: { some: { role: { in: ["SELLER_ADMIN", "SELLER_STAFF"] } } } },
    orderBy: { id: "asc" },
    select: RECIPIENT,
  });
  await deliverToAll(tx, users, { kind: `bid.${event}`, params: paramsOf(bid, news), link: `/seller/bids/${bid.id}` }, now);
}

// The sellers who have a live offer on the bid.
export async function offeringSellerIds(tx: Tx, bidId: number, statuses: ("SUBMITTED" | "QUALIFIED" | "DISQUALIFIED")[] = ["SUBMITTED", "QUALIFIED", "DISQUALIFIED"]): Promise<number[]> {
  const offers = await tx.bidOffer.findMany({ where: { bidId, status: { in: statuses } }, select: { sellerId: true } });
  return offers.map((offer) => offer.sellerId);
}
