import type { BuyingMode } from "../db/generated/enums";

// How a government buyer may buy, by the value of one order (one seller's part of the cart):
// General Financial Rules 2017, rule 149, as amended in July 2024 and applied by GeM.
// - up to Rs 50,000: direct purchase from any seller whose offer meets the need;
// - above that, up to Rs 10 lakh: L1 purchase, the lowest of at least three equivalent offers;
// - above Rs 10 lakh: only through a bid or reverse auction.
export const BUYING_LIMITS = {
  directPurchaseMaxPaise: 50_000_00n,
  l1PurchaseMaxPaise: 10_00_000_00n,
} as const;

// Orders of one organisation in one category within this many days are read together when
// looking for a requirement split to stay under a limit.
export const SPLIT_WINDOW_DAYS = 30;

// A seller who neither accepts nor rejects an order within this many days loses it
// (auto-cancelled, counted against the seller).
export const SELLER_RESPONSE_DAYS = 3;

// Payment is due this many days after the consignee accepts the goods (CRAC).
export const PAYMENT_DUE_DAYS = 10;

export function buyingModeFor(orderValuePaise: bigint): BuyingMode {
  if (orderValuePaise <= BUYING_LIMITS.directPurchaseMaxPaise) return "DIRECT";
  if (orderValuePaise <= BUYING_LIMITS.l1PurchaseMaxPaise) return "L1";
  return "BID";
}

// The consignee accepts or rejects the goods (CRAC) within this many days of the provisional
// receipt (PRC); after that the goods are deemed accepted.
export const GOODS_ACCEPTANCE_DAYS = 10;

// Payment later than due carries interest at 1 % a month (100 basis points) on the amount
// overdue, counted by the day with a month of 30 days.
export const LATE_PAYMENT_BPS_PER_MONTH = 100n;

// An incident the other side has not settled within this many days goes to an admin of the
// buyer's state.
export const INCIDENT_ESCALATION_DAYS = 7;

export const DAY_MS = 86_400_000;

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

// Days left until a deadline, a part day counting as a day: 1 on its last day; once past,
// minus the days late, counted as late payment counts them (an hour late is a day late).
export function daysUntil(deadline: Date, now: Date): number {
  const days = (deadline.getTime() - now.getTime()) / DAY_MS;
  return days > 0 ? Math.ceil(days) : Math.floor(days);
}
