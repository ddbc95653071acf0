import "server-only";
import type { Db } from "../db/client";
import { DIMENSION_SQL, cuboidOf, dimensionsOf, type Dimension } from "./report-dimensions";
import { factsTable, factsWith, GMV_ORDER_SQL, MEASURES, measuresSql, type MeasureColumn } from "./report-facts-sql";

// Reads procurement figures for an area, a period of whole IST months and any narrowing,
// summed whole or by one key. From the rollup when it holds the combination (a nation or a
// state, narrowed and broken down by at most two dimensions together), otherwise from the
// orders themselves: a district's or a block's orders are few, and so are those left after
// three narrowings. Both sum the same facts (report-facts-sql.ts).

export type Area = { level: "NATIONAL" } | { level: "STATE"; stateId: number } | { level: "DISTRICT"; districtId: number } | { level: "BLOCK"; blockId: number };

export type FigureQuery = {
  area: Area;
  // Instants of IST month starts; `to` is excluded.
  from: Date;
  to: Date;
  narrow: Partial<Record<Dimension, number>>;
};

export type GroupKey = Dimension | "month" | "sellerState";

export type Figures = Record<MeasureColumn, bigint>;
export type FigureRow = { key: number | string; figures: Figures };

export type Source = "rollup" | "orders";

const IST_OFFSET_MS = 330 * 60_000;
const monthDate = (instant: Date) => new Date(instant.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

function toFigures(row: Record<string, unknown>): Figures {
  return Object.fromEntries(MEASURES.map(({ column }) => [column, BigInt((row[column] ?? 0) as bigint | number)])) as Figures;
}

export function sourceFor(query: FigureQuery, by: GroupKey | null): Source {
  if (query.area.level === "DISTRICT" || query.area.level === "BLOCK") return "orders";
  const dimensions = [...Object.keys(query.narrow), ...(by && by !== "month" && by !== "sellerState" ? [by] : [])] as Dimension[];
  return cuboidOf(dimensions) === null ? "orders" : "rollup";
}

function fromRollup(query: FigureQuery, by: GroupKey | null): { sql: string; params: unknown[] } {
  const dimensions = [...new Set([...Object.keys(query.narrow), ...(by && by !== "month" && by !== "sellerState" ? [by] : [])])] as Dimension[];
  const cuboid = cuboidOf(dimensions) as number;
  const column = (dimension: Dimension) => (dimensionsOf(cuboid)[0] === dimension ? "a" : "b");
  const params: unknown[] = [cuboid, monthDate(query.from), monthDate(query.to)];
  const where = [`cuboid = $1`, `month >= $2::date`, `month < $3::date`];
  if (query.area.level === "STATE") where.push(`"sellerStateId" = $${params.push(query.area.stateId)}`);
  for (const [dimension, value] of Object.entries(query.narrow) as [Dimension, number][]) {
    where.push(`${column(dimension)} = $${params.push(value)}`);
  }
  const key = by === null ? null : by === "month" ? "month::text" : by === "sellerState" ? `"sellerStateId"` : column(by);
  const sql = `SELECT ${key ? `${key} AS key, ` : ""}${measuresSql("cells")} FROM "ReportCell" WHERE ${where.join(" AND ")}${key ? ` GROUP BY 1` : ""}`;
  return { sql, params };
}

function fromOrders(query: FigureQuery, by: GroupKey | null): { sql: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const where = [GMV_ORDER_SQL, `o."placedAt" >= $1`, `o."placedAt" < $2`];
  const { area } = query;
  if (area.level === "STATE") where.push(`o."sellerStateId" = $${params.push(area.stateId)}`);
  if (area.level === "DISTRICT") where.push(`o."sellerDistrictId" = $${params.push(area.districtId)}`);
  if (area.level === "BLOCK") where.push(`o."sellerBlockId" = $${params.push(area.blockId)}`);
  const outer: string[] = [];
  for (const [dimension, value] of Object.entries(query.narrow) as [Dimension, number][]) {
    if (dimension === "category") outer.push(`"category" = $${params.push(value)}`);
    else where.push(`${DIMENSION_SQL[dimension]} = $${params.push(value)}`);
  }
  const dimensions = [...Object.keys(query.narrow), ...(by ? [by] : [])] as Dimension[];
  const key = by === null ? null : by === "month" ? "month::text" : by === "sellerState" ? `"sellerStateId"` : `"${by}"`;
  const sql = `${factsWith(where.join(" AND "))}
    SELECT ${key ? `${key} AS key, ` : ""}${measuresSql("facts")} FROM ${factsTable(dimensions)}
    ${outer.length ? `WHERE ${outer.join(" AND ")}` : ""}${key ? ` GROUP BY 1` : ""}`;
  return { sql, params };
}

export async function readFigureRows(db: Db, query: FigureQuery, by: GroupKey, source = sourceFor(query, by)): Promise<FigureRow[]> {
  const { sql, params } = source === "rollup" ? fromRollup(query, by) : fromOrders(query, by);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  return rows.map((row) => ({ key: typeof row.key === "string" ? row.key : Number(row.key), figures: toFigures(row) }));
}

export async function readFigures(db: Db, query: FigureQuery, source = sourceFor(query, null)): Promise<Figures> {
  const { sql, params } = source === "rollup" ? fromRollup(query, null) : fromOrders(query, null);
  const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  return toFigures(row ?? {});
}
