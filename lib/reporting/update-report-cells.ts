import "server-only";
import type { Db, Tx } from "../db/client";
import { isGmvStatus } from "./definitions";
import type { OrderStatus } from "../db/generated/enums";
import { factsTable, factsWith, GMV_ORDER_SQL, MEASURES, measuresOfFact, measuresSql, type FactRow, type MeasureColumn } from "./report-facts-sql";
import { CUBOID_COLUMNS, dimensionsOf, listCuboids } from "./report-dimensions";

// The rollups (ReportCell, BuyerMseYear) change in the transaction that changes an order's
// GMV: placing it adds its lines, and a move in or out of GMV (a cancellation, a rejection)
// takes them out again. So every dashboard reads figures exact to the paisa, at once.

const add = (table: string, columns: readonly string[]) =>
  MEASURES.filter(({ column }) => columns.includes(column))
    .map(({ column }) => `"${column}" = "${table}"."${column}" + EXCLUDED."${column}"`)
    .join(", ");

// The whole rollup summed from the facts, one grouping per cuboid (after a TRUNCATE).
function cellsInsert(): string {
  const selects = listCuboids().map((cuboid) => {
    const values = dimensionsOf(cuboid).map((dimension) => `"${dimension}"`);
    const keys = CUBOID_COLUMNS.map((column, index) => `${values[index] ?? "0"} AS ${column}`).join(", ");
    return `SELECT ${cuboid}::smallint AS cuboid, month, "sellerStateId", ${keys}, ${measuresSql("facts")}
      FROM ${factsTable(dimensionsOf(cuboid))} GROUP BY month, "sellerStateId", ${CUBOID_COLUMNS.join(", ")}`;
  });
  const columns = MEASURES.map(({ column }) => column);
  const key = `cuboid, month, "sellerStateId", ${CUBOID_COLUMNS.join(", ")}`;
  return `INSERT INTO "ReportCell" (${key}, ${columns.map((column) => `"${column}"`).join(", ")})
    ${selects.join(" UNION ALL ")}`;
}

const BUYER_COLUMNS: MeasureColumn[] = ["orders", "gmvPaise", "mseGmvPaise", "mseScStGmvPaise", "mseWomenGmvPaise"];

function buyerYearsInsert(): string {
  return `INSERT INTO "BuyerMseYear" ("financialYear", "organisationId", ${BUYER_COLUMNS.map((column) => `"${column}"`).join(", ")})
    SELECT "financialYear", "buyerOrganisationId", ${measuresSql("facts", BUYER_COLUMNS)} FROM facts_order
    GROUP BY "financialYear", "buyerOrganisationId"`;
}

type Cell = { key: unknown[]; measures: bigint[] };

// Sums facts rows into cells by key, each row's measures times the sign.
function addInto(cells: Map<string, Cell>, key: unknown[], row: FactRow, sign: bigint) {
  const id = JSON.stringify(key);
  const cell = cells.get(id) ?? { key, measures: MEASURES.map(() => 0n) };
  measuresOfFact(row).forEach((value, index) => (cell.measures[index]! += value * sign));
  cells.set(id, cell);
}

// One INSERT of the cells, in key order (so that two orders never lock the same rows in
// opposite orders), adding to the cells that exist.
async function upsert(tx: Tx, table: string, keyColumns: string[], casts: string[], cells: Map<string, Cell>, columns: readonly string[]) {
  const rows = [...cells.values()].sort((x, y) => JSON.stringify(x.key).localeCompare(JSON.stringify(y.key)));
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const values = rows.map((row) => `(${[...row.key.map((value, index) => `$${params.push(value)}${casts[index] ?? ""}`), ...row.measures.filter((_, index) => columns.includes(MEASURES[index]!.column)).map((value) => `$${params.push(value)}`)].join(", ")})`);
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${quoted(keyColumns)}, ${quoted(columns)}) VALUES ${values.join(", ")}
     ON CONFLICT (${quoted(keyColumns)}) DO UPDATE SET ${add(table, columns)}`,
    ...params,
  );
}

// Adds (sign 1) or takes out (sign -1) the given orders' facts, whatever their status now.
// The few facts rows of the orders are read once and summed here into each cuboid's cells:
// one statement per table, instead of one grouping per cuboid (planning those cost ~20 ms).
async function applyOrders(tx: Tx, orderIds: number[], sign: 1 | -1): Promise<void> {
  if (orderIds.length === 0) return;
  const facts = factsWith(`o.id = ANY($1::int[])`);
  const [byOrder, byLine] = await Promise.all(
    (["facts_order", "facts_line"] as const).map((table) => tx.$queryRawUnsafe<FactRow[]>(`${facts} SELECT * FROM ${table}`, orderIds)),
  );
  const cells = new Map<string, Cell>();
  for (const cuboid of listCuboids()) {
    const dimensions = dimensionsOf(cuboid);
    for (const row of factsTable(dimensions) === "facts_line" ? byLine! : byOrder!) {
      addInto(cells, [cuboid, (row.month as Date).toISOString().slice(0, 10), row.sellerStateId, ...CUBOID_COLUMNS.map((_, index) => (dimensions[index] ? row[dimensions[index]] : 0))], row, BigInt(sign));
    }
  }
  const years = new Map<string, Cell>();
  for (const row of byOrder!) addInto(years, [row.financialYear, row.buyerOrganisationId], row, BigInt(sign));
  const allColumns = MEASURES.map(({ column }) => column);
  await upsert(tx, "ReportCell", ["cuboid", "month", "sellerStateId", ...CUBOID_COLUMNS], ["::smallint", "::date"], cells, allColumns);
  await upsert(tx, "BuyerMseYear", ["financialYear", "organisationId"], [], years, BUYER_COLUMNS);
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
  await db.$executeRawUnsafe(`${facts} ${cellsInsert()}`);
  await db.$executeRawUnsafe(`${facts} ${buyerYearsInsert()}`);
  await db.$executeRawUnsafe(`ANALYZE "ReportCell", "BuyerMseYear"`);
}
