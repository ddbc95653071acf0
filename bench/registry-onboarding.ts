// `npm run bench:registry`: how long POST /api/v1/sellers:bulk's use case takes for 1,000
// new SHGs, and for the same 1,000 sent again, on a scratch database of each kind: an
// in-memory PGlite, and a throw-away schema on DATABASE_URL when it is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadActor } from "../lib/auth/actor";
import { authenticateApiKey, issueApiKey } from "../lib/api-keys/api-keys";
import { openAdapter, type DatabaseTarget } from "../lib/db/adapter";
import { connectDatabase, databaseOn } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { onboardRegistrySellers } from "../lib/registry/onboard-registry-sellers";
import { seedDatabase } from "../prisma/seed/seed-database";
import { shgRow } from "../tests/factories/registry-rows";

async function run(target: DatabaseTarget) {
  const migrator = openAdapter(target);
  await applyMigrations(migrator.factory);
  if (target.kind === "postgresql") await migrator.close();
  // One PGlite in memory is both migrated and used; PostgreSQL gets a fresh connection.
  const database = target.kind === "pglite" ? databaseOn(migrator) : connectDatabase(target);
  await seedDatabase(database.db, { scale: 0.01 });
  const admin = await database.db.user.findUniqueOrThrow({ where: { email: "admin@kraya.demo" } });
  const issued = await issueApiKey(database.db, { actor: await loadActor(database.db, admin.id), ip: null }, { name: "Benchmark" });
  const apiKey = await authenticateApiKey(database.db, `Bearer ${issued.key}`);
  if (!apiKey) throw new Error("The benchmark key was refused");
  const block = await database.db.block.findFirstOrThrow({ where: { district: { state: { code: "MP" } } }, include: { district: { include: { state: true } } } });
  const place = { stateCode: "MP", gstCode: block.district.state.gstCode, district: block.district.name, block: block.name };
  const sellers = Array.from({ length: 1000 }, (_, serial) => shgRow(serial, place, "B"));
  for (const label of ["1,000 new SHGs", "the same 1,000 again"]) {
    const started = performance.now();
    const outcome = await onboardRegistrySellers(database.db, apiKey, null, { registry: "NRLM", sellers });
    console.log(`${target.kind.padEnd(10)} ${label.padEnd(22)} ${(performance.now() - started).toFixed(0).padStart(6)} ms   ${JSON.stringify(outcome.counts)}`);
  }
  await database.close();
}

await run({ kind: "pglite", dataDir: "memory://" });
const url = process.env.DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA "${schema}"`);
  try {
    await run({ kind: "postgresql", url, schema });
  } finally {
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.end();
  }
}
