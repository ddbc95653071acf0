// `npm run bench:reports`: server time of every reporting view on the configured database
// (seed it with --scale=125 on PostgreSQL for the seeds' 31 lakh orders), and the same
// figures read naively from the orders for comparison. Prints median and p95 per view.
import type { Actor } from "../lib/auth/actor";
import { connectDatabase } from "../lib/db/client";
import { targetFromEnv } from "../lib/db/adapter";
import { readEnv } from "../lib/env";
import { listBuyerMseShares } from "../lib/reporting/buyer-mse-table";
import { getProcurementReport } from "../lib/reporting/get-procurement-report";
import { listMinistrySavings } from "../lib/reporting/ministry-savings";
import { getPublicStatistics } from "../lib/reporting/public-statistics";
import { readFigureRows, readFigures, type FigureQuery } from "../lib/reporting/read-figures";
import { getStateFlows, getStateLeague } from "../lib/reporting/state-flows";
import { measure } from "./measure";

const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.split("=")[1] ?? 10);
const { db, close, kind } = connectDatabase(targetFromEnv(readEnv()));
const now = new Date("2026-11-20T18:00:00+05:30");

const admin = (level: "NATIONAL" | "STATE" | "DISTRICT" | "BLOCK", place: { stateId?: number; districtId?: number; blockId?: number } = {}): Actor => ({
  userId: 0, name: "bench", email: "bench@kraya.demo", roles: ["ADMIN"], organisationId: null, sellerId: null,
  adminScope: { level, stateId: place.stateId ?? null, districtId: place.districtId ?? null, blockId: place.blockId ?? null },
});

const orders = await db.order.count();
const mp = await db.state.findUniqueOrThrow({ where: { code: "MP" }, select: { id: true } });
const district = await db.order.findFirstOrThrow({ where: { sellerStateId: mp.id }, select: { sellerDistrictId: true, sellerBlockId: true }, orderBy: { id: "asc" } });
const block = await db.order.findFirstOrThrow({ where: { sellerBlockId: { not: null } }, select: { sellerBlockId: true } });
const ministry = await db.ministry.findFirstOrThrow({ where: { shortName: "MoD" }, select: { id: true } }).catch(() => db.ministry.findFirstOrThrow({ select: { id: true } }));
const category = await db.category.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
console.log(`Database: ${kind}; ${orders.toLocaleString("en-IN")} orders, ${(await db.reportCell.count()).toLocaleString("en-IN")} report cells.`);

const national = admin("NATIONAL");
const views: [string, () => Promise<unknown>][] = [
  ["overview, nation, FY 2026-27", () => getProcurementReport(db, national, {}, now)],
  ["overview, nation, all years", () => getProcurementReport(db, national, { year: "all" }, now)],
  ["overview, nation, narrowed by a ministry", () => getProcurementReport(db, national, { ministry: ministry.id }, now)],
  ["overview, nation, narrowed by a category", () => getProcurementReport(db, national, { category: category.id, year: "all" }, now)],
  ["overview, nation, ministry + category", () => getProcurementReport(db, national, { ministry: ministry.id, category: category.id }, now)],
  ["overview, nation, ministry + category + seller type", () => getProcurementReport(db, national, { ministry: ministry.id, category: category.id, sellerKind: "MICRO" }, now)],
  ["overview, Madhya Pradesh (state admin)", () => getProcurementReport(db, admin("STATE", { stateId: mp.id }), {}, now)],
  ["overview, a district of MP, narrowed in the state", () => getProcurementReport(db, admin("STATE", { stateId: mp.id }), { district: district.sellerDistrictId }, now)],
  ["overview, district admin", () => getProcurementReport(db, admin("DISTRICT", { stateId: mp.id, districtId: district.sellerDistrictId }), {}, now)],
  ["overview, block admin (from the orders)", () => getProcurementReport(db, admin("BLOCK", { blockId: block.sellerBlockId ?? 0 }), {}, now)],
  ["states: MP flows + league, all years", () => Promise.all([getStateFlows(db, mp.id, { from: new Date("2023-03-31T18:30:00Z"), to: now }), getStateLeague(db, { from: new Date("2023-03-31T18:30:00Z"), to: now })])],
  ["ministry savings, October 2026", () => listMinistrySavings(db, { level: "NATIONAL" }, "2026-10")],
  ["buyer organisations' MSE share, FY 2026-27", () => listBuyerMseShares(db, national, 2026)],
  ["public statistics, all years", () => getPublicStatistics(db, { year: "all", now })],
];
for (const [label, view] of views) await measure(label, runs, view);

// The naive reading: the same sums straight from the orders and their lines.
const fy: FigureQuery = { area: { level: "NATIONAL" }, from: new Date("2026-03-31T18:30:00Z"), to: new Date("2027-03-31T18:30:00Z"), narrow: {} };
for (const source of ["rollup", "orders"] as const) {
  await measure(`nation FY totals, from the ${source}`, Math.min(runs, 5), () => readFigures(db, fy, source));
  await measure(`nation FY by ministry, from the ${source}`, Math.min(runs, 5), () => readFigureRows(db, fy, "ministry", source));
  await measure(`nation FY by category, from the ${source}`, Math.min(runs, 5), () => readFigureRows(db, fy, "category", source));
}
await close();
