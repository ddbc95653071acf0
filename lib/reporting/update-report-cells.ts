import "server-only";
import type { Db, Tx } from "../db/client";
import { isGmvStatus } from "./definitions";
import type { OrderStatus } from "../db/generated/enums";
import { factsTable, factsWith, GMV_ORDER_SQL, MEASURES, measuresSql, type MeasureColumn } from "./report-facts-sql";
import { CUBOID_COLUMNS, dimensionsOf, listCuboids } from "./report-dimensions";

// The rollups (ReportCell, BuyerMseYear) change in the transaction that changes an order's
// GMV: placing it adds its lines, and a move in or out of GMV (a cancellation, a rejection)
// takes them out again. So every dashboard reads figures exact to the paisa, at once.

const add = (table: string, columns: readonly string[]) =>
  MEASURES.filter(({ column }) => columns.includes(column))
    .map(({ column }) => `"${column}" = "${table}"."${column}" + EXCLUDED."${column}"`)
    .join(", ");

function cellsInsert(sign: string): string {
  const selects = listCuboids().map((cuboid) => {
    const values = dimensionsOf(cuboid).map((dimension) => `"${dimension}"`);
    const keys = CUBOID_COLUMNS.map((column, index) => `${values[index] ?? "0"} AS ${column}`).join(", ");
    return `SELECT ${cuboid}::smallint AS cuboid, month, "sellerStateId", ${keys}, ${measuresSql("facts", sign)}
      FROM ${factsTable(dimensionsOf(cuboid))} GROUP BY month, "sellerStateId", ${CUBOID_COLUMNS.join(", ")}`;
  });
  const columns = MEASURES.map(({ column }) => column);
  const key = `cuboid, month, "sellerStateId", ${CUBOID_COLUMNS.join(", ")}`;
  return `INSERT INTO "ReportCell" (${key}, ${columns.map((column) => `"${column}"`).join(", ")})
    SELECT * FROM (${selects.join(" UNION ALL ")}) cells ORDER BY ${key}
    ON CONFLICT (${key}) DO UPDATE SET ${add("ReportCell", columns)}`;
}

const BUYER_COLUMNS: MeasureColumn[] = ["orders", "gmvPaise", "mseGmvPaise", "mseScStGmvPaise", "mseWomenGmvPaise"];

function buyerYearsInsert(sign: string): string {
  return `INSERT INTO "BuyerMseYear" ("financialYear", "organisationId", ${BUYER_COLUMNS.map((column) => `"${column}"`).join(", ")})
    SELECT "financialYear", "buyerOrganisationId", ${measuresSql("facts", sign, BUYER_COLUMNS)} FROM facts_order
    GROUP BY "financialYear", "buyerOrganisationId" ORDER BY 1, 2
    ON CONFLICT ("financialYear", "organisationId") DO UPDATE SET ${add("BuyerMseYear", BUYER_COLUMNS)}`;
}

// Adds (sign 1) or takes out (sign -1) the given orders' lines, whatever their status now.
async function applyOrders(tx: Tx, orderIds: number[], sign: 1 | -1): Promise<void> {
  if (orderIds.length === 0) return;
  const facts = factsWith(`o.id = ANY($1::int[])`);
  await tx.$executeRawUnsafe(`${facts} ${cellsInsert(" * $2::int")}`, orderIds, sign);
  await tx.$executeRawUnsafe(`${facts} ${buyerYearsInsert(" * $2::int")}`, orderIds, sign);
}

export function addPlacedOrdersToReports(tx: Tx, orderIds: number[]): Promise<void> {
  return applyOrders(tx, orderIds, 1);
}

// Called by every status change (lib/orders/move-order.ts); only a move across the GMV line counts.
export async function moveOrderInReports(tx: Tx, orderId: number, from: OrderStatus, to: OrderStatus): Promise<void> {
  if (isGmvStatus(from) === isGmvStatus(to)) return;
  await applyOrders(tx, [orderId], isGmvStatus(to) ? 1 : -1);
}

// Recomputes both rollups from the orders: after the seed's bulk load, and by
// `npm run reports:rebuild` after a restore or to check them.
export async function rebuildReports(db: Db | Tx): Promise<void> {
  const facts = factsWith(GMV_ORDER_SQL);
  await db.$executeRawUnsafe(`TRUNCATE "ReportCell", "BuyerMseYear"`);
  await db.$executeRawUnsafe(`${facts} ${cellsInsert("")}`);
  await db.$executeRawUnsafe(`${facts} ${buyerYearsInsert("")}`);
  await db.$executeRawUnsafe(`ANALYZE "ReportCell", "BuyerMseYear"`);
}
