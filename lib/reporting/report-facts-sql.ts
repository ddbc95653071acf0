import { MSE_CLASSES, NON_GMV_STATUSES } from "./definitions";
import { DIMENSIONS, DIMENSION_SQL, type Dimension } from "./report-dimensions";

// The facts every procurement figure is summed from: one row per order, or per order and
// top-level category when a report involves categories (an order with lines in two
// categories counts once in each, and once in all). The rollup (ReportCell) and the direct
// reading of the orders sum these same rows, so the two always agree.

export const IST_MONTH_SQL = `date_trunc('month', o."placedAt" + interval '330 minutes')::date`;
const IST_FINANCIAL_YEAR_SQL = `(extract(year from o."placedAt" + interval '330 minutes')::int - CASE WHEN extract(month from o."placedAt" + interval '330 minutes') < 4 THEN 1 ELSE 0 END)`;

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");

export const GMV_ORDER_SQL = `o.status::text NOT IN (${list(NON_GMV_STATUSES)})`;

// Every category with its top-level ancestor.
const ROOT_CATEGORIES_SQL = `root_category AS (
  SELECT id, id AS "rootId" FROM "Category" WHERE "parentId" IS NULL
  UNION ALL SELECT c.id, r."rootId" FROM "Category" c JOIN root_category r ON c."parentId" = r.id)`;

function factsSelect(withCategory: boolean, where: string): string {
  const dimensions = DIMENSIONS.filter((dimension) => withCategory || dimension !== "category");
  return `SELECT ${IST_MONTH_SQL} AS month, ${IST_FINANCIAL_YEAR_SQL} AS "financialYear", o."sellerStateId", o."buyerOrganisationId",
      ${dimensions.map((dimension) => `${DIMENSION_SQL[dimension]} AS "${dimension}"`).join(", ")},
      o."buyingMode"::text AS mode, COALESCE(o."sellerMseClass"::text IN (${list(MSE_CLASSES)}), false) AS "isMse",
      o."sellerIsScStOwned" AS "isScSt", o."sellerIsWomenOwned" AS "isWomen",
      sum(i."totalPaise") AS gmv, sum(i.quantity::bigint * i."unitMrpPaise") AS mrp, sum(i.quantity::bigint * i."unitPricePaise") AS price
    FROM "Order" o JOIN "OrderItem" i ON i."orderId" = o.id JOIN "BuyerOrganisation" org ON org.id = o."buyerOrganisationId"
      ${withCategory ? `JOIN root_category root ON root.id = i."categoryId"` : ""}
    WHERE ${where}
    GROUP BY o.id, org.id${withCategory ? `, root."rootId"` : ""}`;
}

// `WITH` clauses naming the facts of the orders matching `where`: facts_order (one row per
// order) and facts_line (per order and top-level category).
export function factsWith(where: string): string {
  return `WITH RECURSIVE ${ROOT_CATEGORIES_SQL},
    facts_order AS MATERIALIZED (${factsSelect(false, where)}),
    facts_line AS MATERIALIZED (${factsSelect(true, where)})`;
}

export function factsTable(dimensions: Iterable<Dimension>): "facts_order" | "facts_line" {
  return [...dimensions].includes("category") ? "facts_line" : "facts_order";
}

// A facts row as read back: the dimensions by name, the flags and amounts.
export type FactRow = Record<string, unknown> & { mode: string; isMse: boolean; isScSt: boolean; isWomen: boolean; gmv: unknown; mrp: unknown; price: unknown };

type Measure = { column: string; of: "count" | "gmv" | "mrp" | "price"; when?: ("isMse" | "isScSt" | "isWomen")[]; mode?: "DIRECT" | "L1" | "BID" };

// The figures summed over facts rows, each kept in the ReportCell column of its name: what is
// summed (a count, GMV, MRP or price) and over which rows. The SQL sums and the sums of one
// order's rows (when it is placed or undone) both come from this one list.
export const MEASURES = [
  { column: "orders", of: "count" },
  { column: "gmvPaise", of: "gmv" },
  { column: "mseGmvPaise", of: "gmv", when: ["isMse"] },
  { column: "mseScStGmvPaise", of: "gmv", when: ["isMse", "isScSt"] },
  { column: "mseWomenGmvPaise", of: "gmv", when: ["isMse", "isWomen"] },
  { column: "mrpPaise", of: "mrp" },
  { column: "pricePaise", of: "price" },
  { column: "mseMrpPaise", of: "mrp", when: ["isMse"] },
  { column: "msePricePaise", of: "price", when: ["isMse"] },
  { column: "directOrders", of: "count", mode: "DIRECT" },
  { column: "directGmvPaise", of: "gmv", mode: "DIRECT" },
  { column: "l1Orders", of: "count", mode: "L1" },
  { column: "l1GmvPaise", of: "gmv", mode: "L1" },
  { column: "bidOrders", of: "count", mode: "BID" },
  { column: "bidGmvPaise", of: "gmv", mode: "BID" },
] as const satisfies readonly Measure[];

function measureSql(measure: Measure): string {
  const conditions = [...(measure.when ?? []).map((flag) => `"${flag}"`), ...(measure.mode ? [`mode = '${measure.mode}'`] : [])];
  const total = measure.of === "count" ? "count(*)" : `sum(${measure.of})`;
  return conditions.length ? `${total} FILTER (WHERE ${conditions.join(" AND ")})` : total;
}

// One facts row's contribution to each measure.
export function measuresOfFact(row: FactRow): bigint[] {
  return MEASURES.map((measure: Measure) => {
    const counts = (measure.when ?? []).every((flag) => row[flag]) && (!measure.mode || row.mode === measure.mode);
    if (!counts) return 0n;
    return measure.of === "count" ? 1n : BigInt(String(row[measure.of]));
  });
}

export type MeasureColumn = (typeof MEASURES)[number]["column"];

// The measures as select items, summed from facts or from cells.
export function measuresSql(from: "facts" | "cells", columns?: readonly MeasureColumn[]): string {
  return MEASURES.filter(({ column }) => !columns || columns.includes(column)).map((measure: Measure) => {
    const total = from === "facts" ? measureSql(measure) : `sum("${measure.column}")`;
    return `COALESCE(${total}, 0)::${measure.of === "count" ? "int" : "bigint"} AS "${measure.column}"`;
  }).join(", ");
}
