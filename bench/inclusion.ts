// `tsx --conditions=react-server bench/inclusion.ts [--runs=N]`: server time of
// the SHG and artisan inclusion dashboard (lib/reporting/inclusion-dashboard.ts: the whole
// domain call) for a national admin at each level, national, the state, district and block
// with the most SHG orders, for each seller group, on the configured database (DATABASE_URL
// or PGlite). Target: every view under 200 ms on PostgreSQL with 30 lakh orders.
import { loadActor } from "../lib/auth/actor";
import { targetFromEnv } from "../lib/db/adapter";
import { connectDatabase } from "../lib/db/client";
import { readEnv } from "../lib/env";
import { financialYearOf, startYearOf } from "../lib/reporting/financial-year";
import { getInclusionDashboard, INCLUSION_GROUPS, type InclusionQuery } from "../lib/reporting/inclusion-dashboard";
import { measure } from "./measure";

process.on("uncaughtException", (error) => {
  console.error(error.message);
  process.exit(1);
});

const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.split("=")[1] ?? 20);
const database = connectDatabase(targetFromEnv(readEnv()));
const { db } = database;

const admin = await db.userRole.findFirst({ where: { role: "ADMIN", adminScope: "NATIONAL", user: { isActive: true } }, select: { userId: true } });
const actor = admin && (await loadActor(db, admin.userId));
if (!actor) throw new Error("No national admin: seed the database first");

// The busiest places: where a dashboard has the most rows to read.
const [busiest] = await db.$queryRawUnsafe<{ stateId: number; districtId: number; blockId: number }[]>(
  `SELECT (SELECT "sellerStateId" FROM "Order" WHERE "sellerIsShg" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "stateId",
    (SELECT "sellerDistrictId" FROM "Order" WHERE "sellerIsShg" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "districtId",
    (SELECT "sellerBlockId" FROM "Order" WHERE "sellerIsShg" AND "sellerBlockId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "blockId"`,
);
if (!busiest) throw new Error("No SHG orders");
const orders = await db.order.count();
console.log(`Database: ${database.kind}; ${orders.toLocaleString("en-IN")} orders.\n`);

const year = startYearOf(financialYearOf(new Date()));
const places: [string, Partial<InclusionQuery>][] = [
  ["national", {}],
  [`state ${busiest.stateId}`, { stateId: busiest.stateId }],
  [`district ${busiest.districtId}`, { districtId: busiest.districtId }],
  [`block ${busiest.blockId}`, { blockId: busiest.blockId }],
];
for (const group of INCLUSION_GROUPS) {
  for (const period of [year, "all"] as const) {
    for (const [label, place] of places) {
      const query: InclusionQuery = { group, year: period, ...place };
      await measure(`${group} ${period} ${label}`, runs, () => getInclusionDashboard(db, actor, query));
    }
  }
}

await database.close();
