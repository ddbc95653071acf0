import type { MseClass, OrderStatus } from "../db/generated/enums";

// The reporting definitions of issue 6, in one place. Every figure on every dashboard, the
// public statistics and the CSV exports is computed from these; docs/reporting.md explains them.

// GMV counts orders placed and not undone: rejected by the seller, cancelled by the buyer,
// auto-cancelled, or whose goods the consignee rejected (the order closes without a sale).
export const NON_GMV_STATUSES: OrderStatus[] = ["REJECTED", "CANCELLED", "AUTO_CANCELLED", "GOODS_REJECTED"];

// Fulfilled: the goods reached the consignee (delivered, or any later step of a sale).
export const FULFILLED_STATUSES: OrderStatus[] = ["DELIVERED", "RECEIVED", "GOODS_ACCEPTED", "INVOICED", "PAID"];

// MSE = Udyam class micro or small (the Public Procurement Policy for MSEs, 2012).
export const MSE_CLASSES: MseClass[] = ["MICRO", "SMALL"];

// The policy's annual targets, in basis points of GMV: 25 % from MSEs, of which 4 % from
// MSEs owned by SC/ST entrepreneurs and 3 % from MSEs owned by women.
export const MSE_TARGET_BPS = { mse: 2_500, scSt: 400, women: 300 } as const;

// An invoice is paid on time when paid within 10 days of the goods' acceptance (CRAC).
export const TIMELY_PAYMENT_DAYS = 10;

export function isGmvStatus(status: OrderStatus): boolean {
  return !NON_GMV_STATUSES.includes(status);
}

export function isMseClass(mseClass: MseClass | null): boolean {
  return mseClass !== null && MSE_CLASSES.includes(mseClass);
}

// A share in basis points (10,000 = 100 %), rounded half up; 0 of 0 is no share at all.
export function shareBps(part: bigint, whole: bigint): number | null {
  if (whole === 0n) return null;
  return Number((part * 20_000n + whole) / (whole * 2n));
}
