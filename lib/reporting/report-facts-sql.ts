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

// The figures summed over facts rows, and the ReportCell column each is kept in.
export const MEASURES = [
  { column: "orders", sql: `count(*)`, type: "int" },
  { column: "gmvPaise", sql: `sum(gmv)`, type: "bigint" },
  { column: "mseGmvPaise", sql: `sum(gmv) FILTER (WHERE "isMse")`, type: "bigint" },
  { column: "mseScStGmvPaise", sql: `sum(gmv) FILTER (WHERE "isMse" AND "isScSt")`, type: "bigint" },
  { column: "mseWomenGmvPaise", sql: `sum(gmv) FILTER (WHERE "isMse" AND "isWomen")`, type: "bigint" },
  { column: "mrpPaise", sql: `sum(mrp)`, type: "bigint" },
  { column: "pricePaise", sql: `sum(price)`, type: "bigint" },
  { column: "mseMrpPaise", sql: `sum(mrp) FILTER (WHERE "isMse")`, type: "bigint" },
  { column: "msePricePaise", sql: `sum(price) FILTER (WHERE "isMse")`, type: "bigint" },
  { column: "directOrders", sql: `count(*) FILTER (WHERE mode = 'DIRECT')`, type: "int" },
  { column: "directGmvPaise", sql: `sum(gmv) FILTER (WHERE mode = 'DIRECT')`, type: "bigint" },
  { column: "l1Orders", sql: `count(*) FILTER (WHERE mode = 'L1')`, type: "int" },
  { column: "l1GmvPaise", sql: `sum(gmv) FILTER (WHERE mode = 'L1')`, type: "bigint" },
  { column: "bidOrders", sql: `count(*) FILTER (WHERE mode = 'BID')`, type: "int" },
  { column: "bidGmvPaise", sql: `sum(gmv) FILTER (WHERE mode = 'BID')`, type: "bigint" },
] as const;

export type MeasureColumn = (typeof MEASURES)[number]["column"];

// The measures as select items, summed from facts or from cells, times `sign` when given.
export function measuresSql(from: "facts" | "cells", sign = "", columns?: readonly MeasureColumn[]): string {
  return MEASURES.filter(({ column }) => !columns || columns.includes(column)).map(({ column, sql, type }) => {
    const total = from === "facts" ? sql : `sum("${column}")`;
    return `COALESCE(${total}, 0)::${type}${sign} AS "${column}"`;
  }).join(", ");
}
