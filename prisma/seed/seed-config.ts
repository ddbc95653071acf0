// The knobs of the generator in one place: sizes per unit of scale, the anchor date, and the
// procurement rules the generated orders follow.
import { BUYING_LIMITS, PAYMENT_DUE_DAYS, SELLER_RESPONSE_DAYS } from "../../lib/orders/buying-rules";

// Every date in the seed is relative to this instant, never to the wall clock, so that two
// runs produce identical rows.
export const SEED_NOW = new Date("2026-11-20T12:00:00+05:30");
export const RANDOM_SEED = "kraya-2026";

// Scale 1 ("demo"). Scale 125 reproduces the seeds' figures: 15 lakh listings, about 30 lakh orders.
export const SIZE_PER_SCALE = {
  sellers: 1_500,
  listings: 12_000,
  orders: 25_000,
  organisations: 600,
} as const;

// Small scales still need every state covered (a state buyer and a central office in each).
export const MIN_ORGANISATIONS = 100;
export const MIN_SELLERS = 60;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const IST_OFFSET_MS = 5.5 * HOUR_MS;

// The procurement rules the generated orders follow are the application's own
// (lib/orders/buying-rules.ts), as plain numbers of paise for the generator's arithmetic.
export const DIRECT_PURCHASE_LIMIT_PAISE = Number(BUYING_LIMITS.directPurchaseMaxPaise);
export const L1_PURCHASE_LIMIT_PAISE = Number(BUYING_LIMITS.l1PurchaseMaxPaise);
export { PAYMENT_DUE_DAYS, SELLER_RESPONSE_DAYS };

export type FinancialYear = { label: string; code: string; startMs: number; endMs: number; weight: number };

// Indian financial years run 1 April to 31 March (IST). Orders grow year by year; the
// current year ends at SEED_NOW.
export function listFinancialYears(nowMs: number): FinancialYear[] {
  const growth = [1, 1.35, 1.8, 2.4];
  return [2023, 2024, 2025, 2026]
    .map((startYear, index) => {
      const startMs = istDateMs(startYear, 4, 1);
      const endMs = Math.min(istDateMs(startYear + 1, 4, 1), nowMs);
      return {
        label: `${startYear}-${String(startYear + 1).slice(2)}`,
        code: financialYearCode(startMs),
        startMs,
        endMs,
        weight: (growth[index] ?? 1) * Math.max(0, endMs - startMs),
      };
    })
    .filter((year) => year.endMs > year.startMs);
}

// Midnight IST of a calendar date, as epoch milliseconds.
export function istDateMs(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - IST_OFFSET_MS;
}

// "2526" for any instant in FY 2025-26: the order and invoice numbering prefix.
export function financialYearCode(ms: number): string {
  const ist = new Date(ms + IST_OFFSET_MS);
  const startYear = ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
  return `${String(startYear).slice(2)}${String(startYear + 1).slice(2)}`;
}

export function istYear(ms: number): number {
  return new Date(ms + IST_OFFSET_MS).getUTCFullYear();
}

// Midnight IST of the day an instant falls on, as epoch milliseconds.
export function istDayStartMs(ms: number): number {
  return Math.floor((ms + IST_OFFSET_MS) / DAY_MS) * DAY_MS - IST_OFFSET_MS;
}

// Moves an instant into office hours (09:30-18:00 IST) on the same IST day.
export function toOfficeHours(ms: number, fraction: number): number {
  return istDayStartMs(ms) + 9.5 * HOUR_MS + Math.floor(fraction * 8.5 * HOUR_MS);
}

export function scaledCount(perScale: number, scale: number, minimum = 1): number {
  return Math.max(minimum, Math.round(perScale * scale));
}

export function padNumber(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
