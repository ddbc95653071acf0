import "server-only";
import { z } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OrderStatus } from "../db/generated/enums";
import { isGmvStatus, shareBps } from "./definitions";
import { financialYearOf, type FinancialYear } from "./financial-year";
import { IST_OFFSET_MS } from "../i18n/ist-dates";

// Building blocks of the seller's and the buyer organisation's dashboards. Callers pass a
// `where` already scoped to the actor; nothing here widens it.

// `?year=2025` asks for FY 2025-26; anything else falls back to the current year.
const DashboardYearParamSchema = z.object({ year: z.coerce.number().int().min(2000).max(2999) });

export function readYearParam(params: Record<string, string | string[] | undefined>): number | undefined {
  const parsed = DashboardYearParamSchema.safeParse({ year: Array.isArray(params.year) ? params.year[0] : params.year });
  return parsed.success ? parsed.data.year : undefined;
}

export type DashboardYear = { startYear: number; label: string };
export type ChosenYear = FinancialYear & { startYear: number };

// A year's start is 1 April 00:00 IST, i.e. 31 March 18:30 UTC of the same calendar year.
function startYearOf(year: FinancialYear): number {
  return year.start.getUTCFullYear();
}

function yearStarting(startYear: number): ChosenYear {
  return { ...financialYearOf(new Date(Date.UTC(startYear, 3, 1, 12))), startYear };
}

// The years that have orders in scope, newest first, up to the current one; the requested
// year if it is one of them, else the current year.
export async function chooseYear(db: Db, scope: Prisma.OrderWhereInput, requested: number | undefined, now: Date) {
  const current = startYearOf(financialYearOf(now));
  const first = await db.order.aggregate({ where: scope, _min: { placedAt: true } });
  const firstYear = Math.min(current, first._min.placedAt ? startYearOf(financialYearOf(first._min.placedAt)) : current);
  const years: DashboardYear[] = [];
  for (let startYear = current; startYear >= firstYear; startYear -= 1) years.push({ startYear, label: yearStarting(startYear).label });
  const chosen = years.some((year) => year.startYear === requested) ? (requested as number) : current;
  return { year: yearStarting(chosen), years };
}

export function placedIn(year: FinancialYear): Prisma.OrderWhereInput {
  return { placedAt: { gte: year.start, lt: year.end } };
}

export type MonthFigure = { monthStart: Date; orders: number; gmvPaise: bigint };


// Twelve rows, April to March, by the IST month the order was placed in; GMV orders only.
export function gmvByMonth(orders: { placedAt: Date; status: OrderStatus; totalPaise: bigint }[], year: ChosenYear): MonthFigure[] {
  const months = Array.from({ length: 12 }, (_, index) => ({
    monthStart: new Date(Date.UTC(year.startYear, 3 + index, 1) - IST_OFFSET_MS),
    orders: 0,
    gmvPaise: 0n,
  }));
  for (const order of orders) {
    if (!isGmvStatus(order.status)) continue;
    const ist = new Date(order.placedAt.getTime() + IST_OFFSET_MS);
    const month = months[(ist.getUTCMonth() + 9) % 12]!;
    month.orders += 1;
    month.gmvPaise += order.totalPaise;
  }
  return months;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type Share = { partPaise: bigint; bps: number | null };

export function shareOf(partPaise: bigint, wholePaise: bigint): Share {
  return { partPaise, bps: shareBps(partPaise, wholePaise) };
}

export type InvoicesDue = { count: number; amountPaise: bigint; overdueCount: number; overduePaise: bigint };

// Invoices raised and not yet paid, whatever year their order was placed in: money owed today.
export async function sumInvoicesDue(db: Db, scope: Prisma.InvoiceWhereInput, now: Date): Promise<InvoicesDue> {
  const raised = { AND: [scope, { status: "RAISED" as const }] };
  const [all, overdue] = await Promise.all([
    db.invoice.aggregate({ where: raised, _count: { _all: true }, _sum: { amountPaise: true } }),
    db.invoice.aggregate({ where: { AND: [raised, { dueAt: { lt: now } }] }, _count: { _all: true }, _sum: { amountPaise: true } }),
  ]);
  return {
    count: all._count._all,
    amountPaise: all._sum.amountPaise ?? 0n,
    overdueCount: overdue._count._all,
    overduePaise: overdue._sum.amountPaise ?? 0n,
  };
}
