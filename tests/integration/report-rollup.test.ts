import { describe, expect, it } from "vitest";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { CANCELLATION_REASONS } from "@/lib/orders/order-lifecycle-schemas";
import { readFigureRows, readFigures, type FigureQuery, type GroupKey } from "@/lib/reporting/read-figures";
import { DIMENSIONS, type Dimension } from "@/lib/reporting/report-dimensions";
import { rebuildReports } from "@/lib/reporting/update-report-cells";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

// The rollup must say exactly what the orders say, for every narrowing and breakdown it
// serves, after the seed's rebuild and after orders are placed and undone one by one.
const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));

const ALL_TIME: Pick<FigureQuery, "from" | "to"> = { from: new Date("2020-03-31T18:30:00Z"), to: new Date("2030-03-31T18:30:00Z") };

async function someValues(dimension: Dimension, query: FigureQuery): Promise<number[]> {
  const rows = await readFigureRows(database().db, query, dimension, "orders");
  return rows.sort((x, y) => Number(y.figures.gmvPaise - x.figures.gmvPaise)).slice(0, 2).map((row) => Number(row.key));
}

async function expectSameFromBoth(query: FigureQuery, by: GroupKey) {
  const { db } = database();
  const sorted = (rows: Awaited<ReturnType<typeof readFigureRows>>) => [...rows].sort((x, y) => String(x.key).localeCompare(String(y.key)));
  const fromOrders = sorted(await readFigureRows(db, query, by, "orders"));
  const fromRollup = sorted((await readFigureRows(db, query, by, "rollup")).filter((row) => row.figures.orders !== 0n));
  expect(fromRollup, `${by} of ${JSON.stringify(query.narrow)} in ${JSON.stringify(query.area)}`).toEqual(fromOrders);
}

async function expectRollupMatchesOrders() {
  const national: FigureQuery = { area: { level: "NATIONAL" }, ...ALL_TIME, narrow: {} };
  const [stateId] = (await readFigureRows(database().db, national, "sellerState", "orders")).map((row) => Number(row.key));
  const areas: FigureQuery["area"][] = [{ level: "NATIONAL" }, { level: "STATE", stateId: stateId! }];
  for (const area of areas) {
    const whole: FigureQuery = { area, ...ALL_TIME, narrow: {} };
    expect(await readFigures(database().db, whole, "rollup")).toEqual(await readFigures(database().db, whole, "orders"));
    for (const by of ["month", "sellerState", ...DIMENSIONS] as GroupKey[]) await expectSameFromBoth(whole, by);
    for (const narrowBy of DIMENSIONS) {
      for (const value of await someValues(narrowBy, whole)) {
        const narrowed: FigureQuery = { ...whole, narrow: { [narrowBy]: value } };
        for (const by of DIMENSIONS.filter((dimension) => dimension !== narrowBy)) await expectSameFromBoth(narrowed, by);
      }
    }
    // A second click: a ministry, then a category (a triple the rollup keeps).
    const [ministry] = await someValues("ministry", whole);
    const withMinistry: FigureQuery = { ...whole, narrow: { ministry: ministry! } };
    const [category] = await someValues("category", withMinistry);
    const twice: FigureQuery = { ...whole, narrow: { ministry: ministry!, category: category! } };
    for (const by of ["month", "sellerState", "buyerType", "sellerKind"] as GroupKey[]) await expectSameFromBoth(twice, by);
    const [sellerKind] = await someValues("sellerKind", twice);
    await expectSameFromBoth({ ...whole, narrow: { ...twice.narrow, sellerKind: sellerKind! } }, "buyerType");
  }
}

describe("reporting rollup", () => {
  it("agrees with the orders after the seed, for every narrowing by one dimension and breakdown by another, and further clicks", async () => {
    await expectRollupMatchesOrders();
  });

  it("follows orders as they are placed and cancelled, and a rebuild changes nothing", async () => {
    const { db } = database();
    const national: FigureQuery = { area: { level: "NATIONAL" }, ...ALL_TIME, narrow: {} };
    const before = await readFigures(db, national, "rollup");
    const placed = await placeDirectOrder(db, 2);
    const kept = await placeDirectOrder(db, 3);
    const order = await db.order.findUniqueOrThrow({ where: { id: kept.orderId }, select: { totalPaise: true } });
    await cancelOrder(db, placed.buyer, { orderId: placed.orderId, reasonCode: CANCELLATION_REASONS[0], note: "" });
    const after = await readFigures(db, national, "rollup");
    expect(after.orders - before.orders).toBe(1n);
    expect(after.gmvPaise - before.gmvPaise).toBe(order.totalPaise);
    await expectRollupMatchesOrders();
    const cells = await db.reportCell.count();
    await rebuildReports(db);
    expect(await db.reportCell.count()).toBeLessThanOrEqual(cells);
    expect(await readFigures(db, national, "rollup")).toEqual(after);
  });
});
