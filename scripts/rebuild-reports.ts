// `npm run reports:rebuild`: recompute the reporting rollups (ReportCell, BuyerMseYear) of the
// configured database from its orders, e.g. after upgrading a database filled before they
// existed or after restoring a backup. Placing and moving orders keep them in step from then on.
import { connectDatabase } from "../lib/db/client";
import { readEnv } from "../lib/env";
import { targetFromEnv } from "../lib/db/adapter";
import { rebuildReports } from "../lib/reporting/update-report-cells";

const started = Date.now();
const { db, close } = connectDatabase(targetFromEnv(readEnv()));
try {
  await db.$transaction((tx) => rebuildReports(tx), { timeout: 3_600_000 });
  console.log(`Summed the orders into ${await db.reportCell.count()} report cells and ${await db.buyerMseYear.count()} organisation-years in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await close();
}
