// The seed command line.
//   npm run db:seed                       demo scale (scale 1): about 25,000 orders, under a minute on PGlite
//   npm run db:seed -- --scale=10         benchmark data (PostgreSQL recommended)
//   npm run db:seed -- --scale=125        the seeds' figures: 15 lakh listings, about 31 lakh orders
//   npm run db:seed -- --if-empty         seed only a database with no data yet (used by npm start)
//   npm run db:seed -- --now=2026-11-20T12:00:00+05:30   move the anchor date
import { targetFromEnv } from "../../lib/db/adapter";
import { connectDatabase } from "../../lib/db/client";
import { readEnv } from "../../lib/env";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { isDatabaseEmpty, seedDatabase } from "./seed-database";

type Arguments = { scale: number; ifEmpty: boolean; now: Date | undefined };

function parseArguments(argv: string[]): Arguments {
  const parsed: Arguments = { scale: 1, ifEmpty: false, now: undefined };
  for (let index = 0; index < argv.length; index++) {
    const [flag = "", inline] = (argv[index] ?? "").split("=", 2);
    const value = () => inline ?? argv[++index] ?? "";
    if (flag === "--scale") parsed.scale = Number(value());
    else if (flag === "--if-empty") parsed.ifEmpty = true;
    else if (flag === "--now") parsed.now = new Date(value());
    else throw new Error(`Unknown argument "${argv[index]}". Use --scale=N, --if-empty, --now=ISO-date`);
  }
  if (!Number.isFinite(parsed.scale) || parsed.scale <= 0) throw new Error("--scale must be a positive number, e.g. --scale=0.1 or --scale=10");
  if (parsed.now && Number.isNaN(parsed.now.getTime())) throw new Error("--now must be an ISO date, e.g. 2026-11-20T12:00:00+05:30");
  return parsed;
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2));
  const database = connectDatabase(targetFromEnv(readEnv()));
  const started = Date.now();
  try {
    if (!(await isDatabaseEmpty(database.db))) {
      if (args.ifEmpty) {
        console.log("The database already has data: not seeding.");
        return 0;
      }
      console.error("The database is not empty. Run npm run db:reset first, then npm run db:seed.");
      return 1;
    }
    console.log(`Seeding ${database.kind} at scale ${args.scale}...`);
    const counts = await seedDatabase(database.db, { scale: args.scale, now: args.now, log: (message) => console.log(message) });
    const width = Math.max(...Object.keys(counts).map((table) => table.length));
    for (const [table, count] of Object.entries(counts)) console.log(`${table.padEnd(width)}  ${count.toLocaleString("en-IN").padStart(12)}`);
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    console.log(`${total.toLocaleString("en-IN")} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((account) => account.email).join(", ")}`);
    return 0;
  } finally {
    await database.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
