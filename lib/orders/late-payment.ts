import { DAY_MS, LATE_PAYMENT_BPS_PER_MONTH } from "./buying-rules";

export type LatePayment = { daysLate: number; interestPaise: bigint };

// A payment made at paidAt against an amount due at dueAt: the whole days late (a part day
// counts as a day) and the interest at 1 % a month on the amount, by the day over 30-day
// months, rounded to the nearest paisa (half up). On time: 0 days and no interest.
export function latePayment(amountPaise: bigint, dueAt: Date, paidAt: Date): LatePayment {
  const daysLate = Math.max(0, Math.ceil((paidAt.getTime() - dueAt.getTime()) / DAY_MS));
  const divisor = 10_000n * 30n;
  const interestPaise = (amountPaise * LATE_PAYMENT_BPS_PER_MONTH * BigInt(daysLate) + divisor / 2n) / divisor;
  return { daysLate, interestPaise };
}
