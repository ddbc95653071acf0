import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { countRegistered, type RegisteredCounts } from "./count-registered";
import { readFigureBreakdowns, sumFigures, type Area, type FigureRow, type Figures } from "./read-figures";
import { BUYER_TYPES, SELLER_KINDS, valueOfCode } from "./report-dimensions";
import { figureQueryOf, type ReportParams, type ReportPeriod } from "./report-params";

// The overview of issue 6's admin dashboard: the figures of the admin's area for a period and
// any narrowing, with the breakdowns a click narrows by. All breakdowns are read at once.

export type Name = { name: string; nameHi: string };
export type Breakdown = "ministry" | "sellerState" | "district" | "buyerType" | "category" | "sellerKind";
export type BreakdownRow = { value: number; param: string; name: Name | null; figures: Figures };

export type ProcurementReport = {
  area: Area;
  period: ReportPeriod;
  totals: Figures;
  registered: RegisteredCounts;
  months: FigureRow[];
  breakdowns: Partial<Record<Breakdown, BreakdownRow[]>>;
  narrowedBy: { key: keyof ReportParams; name: Name | null; param: string }[];
};

function breakdownsFor(area: Area): Breakdown[] {
  const place: Breakdown[] = area.level === "NATIONAL" ? ["sellerState"] : area.level === "STATE" ? ["district"] : [];
  return ["ministry", ...place, "buyerType", "category", "sellerKind"];
}

const byGmv = (x: { figures: Figures }, y: { figures: Figures }) => (y.figures.gmvPaise > x.figures.gmvPaise ? 1 : y.figures.gmvPaise < x.figures.gmvPaise ? -1 : 0);

async function namesOf(db: Db, breakdown: Breakdown | "state", ids: number[]): Promise<Map<number, Name>> {
  const where = { where: { id: { in: ids } }, select: { id: true, name: true, nameHi: true } } as const;
  const rows: { id: number; name: string; nameHi: string }[] =
    breakdown === "ministry" ? await db.ministry.findMany(where)
    : breakdown === "sellerState" || breakdown === "state" ? await db.state.findMany(where)
    : breakdown === "district" ? await db.district.findMany(where)
    : breakdown === "category" ? await db.category.findMany(where)
    : [];
  return new Map(rows.map((row) => [row.id, { name: row.name, nameHi: row.nameHi }]));
}

// Enumerations travel as their names (translated by the page); places and ministries by id.
function paramOf(breakdown: Breakdown, value: number): string {
  if (breakdown === "buyerType") return valueOfCode(BUYER_TYPES, value) ?? "";
  if (breakdown === "sellerKind") return valueOfCode(SELLER_KINDS, value) ?? "";
  return String(value);
}

async function labelBreakdown(db: Db, breakdown: Breakdown, figureRows: FigureRow[]): Promise<BreakdownRow[]> {
  const rows = figureRows.filter((row) => row.figures.orders !== 0n).sort(byGmv);
  const names = await namesOf(db, breakdown, rows.map((row) => Number(row.key)));
  return rows.map((row) => ({ value: Number(row.key), param: paramOf(breakdown, Number(row.key)), name: names.get(Number(row.key)) ?? null, figures: row.figures }));
}

const PARAM_BREAKDOWN = { state: "sellerState", district: "district", ministry: "ministry", buyerType: "buyerType", category: "category", sellerKind: "sellerKind" } as const;

export async function getProcurementReport(db: Db, actor: Actor, params: ReportParams, now = new Date()): Promise<ProcurementReport> {
  const query = figureQueryOf(actor, params, now);
  const breakdowns = breakdownsFor(query.area);
  const [[totalRows = [], months = [], ...grouped], registered] = await Promise.all([
    readFigureBreakdowns(db, query, [null, "month", ...breakdowns]),
    countRegistered(db, query.area),
  ]);
  const rows = await Promise.all(breakdowns.map((breakdown, index) => labelBreakdown(db, breakdown, grouped[index] ?? [])));
  const totals = totalRows[0]?.figures ?? sumFigures([]);
  const narrowedBy = await Promise.all(
    (Object.keys(PARAM_BREAKDOWN) as (keyof typeof PARAM_BREAKDOWN)[])
      .filter((key) => params[key] !== undefined && (key !== "state" || query.area.level === "STATE") && (key !== "district" || "district" in query.narrow))
      .map(async (key) => {
        const value = params[key] as string | number;
        const name = typeof value === "number" ? ((await namesOf(db, key === "state" ? "state" : PARAM_BREAKDOWN[key], [value])).get(value) ?? null) : null;
        return { key, name, param: String(value) };
      }),
  );
  return {
    area: query.area,
    period: query.period,
    totals,
    registered,
    months: months.filter((row) => row.figures.orders !== 0n).sort((x, y) => String(x.key).localeCompare(String(y.key))),
    breakdowns: Object.fromEntries(breakdowns.map((breakdown, index) => [breakdown, rows[index]])),
    narrowedBy,
  };
}
