// `npm start` (and `npm run dev` with --dev): everything a newcomer needs, in order.
// 1. build the app if the sources changed since the last build (production only);
// 2. open the database (PGlite under .data/, or DATABASE_URL), apply pending migrations;
// 3. load the demo data if the database is empty; 4. print the demo accounts;
// 5. serve on PORT. Steps 2-3 close the database before the server opens it:
// PGlite serves one process at a time.
import { spawn } from "node:child_process";
import path from "node:path";
import { openAdapter, targetFromEnv } from "../lib/db/adapter";
import { connectDatabase } from "../lib/db/client";
import { removePgliteDataDir } from "../lib/db/data-dir-lock";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { readEnv } from "../lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-accounts";
import { isDatabaseEmpty, seedDatabase } from "../prisma/seed/seed-database";
import { rebuildReports } from "../lib/reporting/update-report-cells";

// Migrations after which the reporting rollups must be summed again from the orders.
const REPORTING_ROLLUP_MIGRATIONS = ["20261122010659_reporting_rollups", "20261122022423_report_cell_more_dimensions"];
import { ensureAuthSecret } from "./auth-secret";
import { buildIfSourcesChanged } from "./build-if-changed";

const isDev = process.argv.includes("--dev");
const env = readEnv();
const target = targetFromEnv(env);

if (process.argv.includes("--fresh") && target.kind === "pglite") removePgliteDataDir(target.dataDir);

if (!isDev) buildIfSourcesChanged();

const migrator = openAdapter(target);
const applied = await applyMigrations(migrator.factory);
await migrator.close();
console.log(`Database: ${target.kind === "pglite" ? `PGlite in ${target.dataDir}` : "PostgreSQL (DATABASE_URL)"}; ` +
  (applied.length ? `applied ${applied.length} migration(s).` : "migrations current."));

const database = connectDatabase(target);
if (await isDatabaseEmpty(database.db)) {
  const started = Date.now();
  console.log("Empty database: loading demo data (about 15 seconds)...");
  await seedDatabase(database.db, { scale: 1, log: (message) => console.log(`  ${message}`) });
  console.log(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} else if (applied.some((name) => REPORTING_ROLLUP_MIGRATIONS.includes(name))) {
  // Orders placed before the rollups existed: sum them once (npm run reports:rebuild).
  console.log("Summing the existing orders into the reporting rollups...");
  await database.db.$transaction((tx) => rebuildReports(tx), { timeout: 3_600_000 });
}
await database.close();

const port = String(env.PORT);
console.log(`\nKraya: http://localhost:${port}\nDemo accounts (password for all: ${DEMO_PASSWORD}):`);
for (const account of DEMO_ACCOUNTS) console.log(`  ${account.description.padEnd(38)} ${account.email}`);

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [nextBin, isDev ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: ensureAuthSecret(env),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

