import "server-only";
import type { Db } from "../db/client";
import { CUBOID_COLUMNS, DIMENSION_SQL, cuboidOf, dimensionsOf, type Dimension } from "./report-dimensions";
import { factsTable, factsWith, GMV_ORDER_SQL, MEASURES, measuresSql, type MeasureColumn } from "./report-facts-sql";
import { IST_OFFSET_MS } from "../i18n/ist-dates";

// Reads procurement figures for an area, a period of whole IST months and any narrowing,
// summed whole or by one key. From the rollup when it keeps the combination
// (report-dimensions.ts), otherwise from the orders themselves: a block's orders are few,
// and so are those left after three narrowings. Both sum the same facts (report-facts-sql.ts). A district is read as a
// narrowing of the nation, so a district's view is as fast as a state's.

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

const monthDate = (instant: Date) => new Date(instant.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

function toFigures(row: Record<string, unknown>): Figures {
  return Object.fromEntries(MEASURES.map(({ column }) => [column, BigInt((row[column] ?? 0) as bigint | number)])) as Figures;
}

// A district is a dimension of the rollup: a district's figures are the nation's narrowed to it.
function withDistrictNarrowed(query: FigureQuery): FigureQuery {
  if (query.area.level !== "DISTRICT") return query;
  return { ...query, area: { level: "NATIONAL" }, narrow: { ...query.narrow, district: query.area.districtId } };
}

function sourceFor(query: FigureQuery, by: GroupKey | null): Source {
  if (query.area.level === "BLOCK") return "orders";
  const dimensions = [...Object.keys(query.narrow), ...(by && by !== "month" && by !== "sellerState" ? [by] : [])] as Dimension[];
  return cuboidOf(dimensions) === null ? "orders" : "rollup";
}

function fromRollup(query: FigureQuery, by: GroupKey | null): { sql: string; params: unknown[] } {
  const dimensions = [...new Set([...Object.keys(query.narrow), ...(by && by !== "month" && by !== "sellerState" ? [by] : [])])] as Dimension[];
  const cuboid = cuboidOf(dimensions) as number;
  const column = (dimension: Dimension) => CUBOID_COLUMNS[dimensionsOf(cuboid).indexOf(dimension)];
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

// Every key's sums over the orders in one statement: the matching orders' facts are worked
// out once and grouped once per key (a district's or a block's page is one statement).
function fromOrders(query: FigureQuery, keys: (GroupKey | null)[]): { sql: string; params: unknown[] } {
  const params: unknown[] = [query.from, query.to];
  const where = [GMV_ORDER_SQL, `o."placedAt" >= $1`, `o."placedAt" < $2`];
  const { area } = query;
  if (area.level === "STATE") where.push(`o."sellerStateId" = $${params.push(area.stateId)}`);
  if (area.level === "BLOCK") where.push(`o."sellerBlockId" = $${params.push(area.blockId)}`);
  const outer: string[] = [];
  for (const [dimension, value] of Object.entries(query.narrow) as [Dimension, number][]) {
    if (dimension === "category") outer.push(`"category" = $${params.push(value)}`);
    else where.push(`${DIMENSION_SQL[dimension]} = $${params.push(value)}`);
  }
  const selects = keys.map((by, index) => {
    const key = by === null ? "NULL" : by === "month" ? "month::text" : by === "sellerState" ? `"sellerStateId"::text` : `"${by}"::text`;
    const table = factsTable([...Object.keys(query.narrow), ...(by ? [by] : [])] as Dimension[]);
    return `SELECT ${index} AS set, ${key} AS key, ${measuresSql("facts")} FROM ${table}${outer.length ? ` WHERE ${outer.join(" AND ")}` : ""}${by ? " GROUP BY 2" : ""}`;
  });
  return { sql: `${factsWith(where.join(" AND "))} ${selects.join(" UNION ALL ")}`, params };
}

const keyOf = (by: GroupKey | null, key: unknown): number | string => (by === "month" ? String(key) : Number(key));

async function run(db: Db, { sql, params }: { sql: string; params: unknown[] }): Promise<Record<string, unknown>[]> {
  return db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
}

// Several breakdowns of the same query at once (null: the totals), each from its fastest
// source: the rollup's in parallel, the orders' in one statement.
export async function readFigureBreakdowns(db: Db, asked: FigureQuery, keys: (GroupKey | null)[]): Promise<FigureRow[][]> {
  const query = withDistrictNarrowed(asked);
  const fromOrdersKeys = keys.filter((by) => sourceFor(query, by) === "orders");
  const [ordered, ...rolled] = await Promise.all([
    fromOrdersKeys.length === 0 ? [] : run(db, fromOrders(query, fromOrdersKeys)),
    ...keys.map((by) => (sourceFor(query, by) === "rollup" ? run(db, fromRollup(query, by)) : null)),
  ]);
  return keys.map((by, index) => {
    const rows = rolled[index] ?? ordered.filter((row) => Number(row.set) === fromOrdersKeys.indexOf(by));
    return rows.map((row) => ({ key: keyOf(by, row.key), figures: toFigures(row) }));
  });
}

export async function readFigureRows(db: Db, asked: FigureQuery, by: GroupKey, source?: Source): Promise<FigureRow[]> {
  const query = withDistrictNarrowed(asked);
  const { sql, params } = (source ?? sourceFor(query, by)) === "rollup" ? fromRollup(query, by) : fromOrders(query, [by]);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  return rows.map((row) => ({ key: keyOf(by, row.key), figures: toFigures(row) }));
}

export async function readFigures(db: Db, asked: FigureQuery, source?: Source): Promise<Figures> {
  const query = withDistrictNarrowed(asked);
  const { sql, params } = (source ?? sourceFor(query, null)) === "rollup" ? fromRollup(query, null) : fromOrders(query, [null]);
  const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  return toFigures(row ?? {});
}

export function sumFigures(rows: Figures[]): Figures {
  return Object.fromEntries(MEASURES.map(({ column }) => [column, rows.reduce((total, row) => total + row[column], 0n)])) as Figures;
}
