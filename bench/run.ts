// `npm run bench`: timings of the foundation's hot paths on the configured database
// (PGlite under KRAYA_DATA_DIR, or DATABASE_URL). Seed it first (npm start or npm run db:seed).
import { openAdapter, targetFromEnv } from "../lib/db/adapter";
import { connectDatabase } from "../lib/db/client";
import { checkHealth } from "../lib/db/health";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { readEnv } from "../lib/env";
import { getHeadlineCounters } from "../lib/reporting/get-headline-counters";
import { measure } from "./measure";

process.on("uncaughtException", (error) => {
  console.error(error.message);
  process.exit(1);
});

const runs = Number(process.argv.find((arg) => arg.startsWith("--runs="))?.split("=")[1] ?? 20);
const database = connectDatabase(targetFromEnv(readEnv()));
const counts = await getHeadlineCounters(database.db);
console.log(`Database: ${database.kind}; ${counts.listings} approved listings, ${counts.orders} GMV orders.`);

await measure("home page counters (getHeadlineCounters)", runs, () => getHeadlineCounters(database.db));
await measure("health check (checkHealth)", runs, () => checkHealth(database));
await database.close();

await measure("all migrations on a fresh in-memory PGlite", Math.min(runs, 5), async () => {
  const scratch = openAdapter({ kind: "pglite", dataDir: "memory://" });
  await applyMigrations(scratch.factory);
  await scratch.close();
});
