// `npm run bench:import`: how long the CSV import use case takes for 200 and 1,000 rows
// (parse, validate, one transaction of bulk inserts), on a scratch database of each kind:
// an in-memory PGlite, and a throw-away schema on DATABASE_URL when it is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadActor } from "../lib/auth/actor";
import { importListings } from "../lib/catalogue/import/import-listings";
import { openAdapter, type DatabaseTarget } from "../lib/db/adapter";
import { connectDatabase, databaseOn } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { seedDatabase } from "../prisma/seed/seed-database";
import { desktopRow, listingCsv, sareeRow } from "../tests/factories/listing-csv";

async function run(target: DatabaseTarget) {
  const migrator = openAdapter(target);
  await applyMigrations(migrator.factory);
  if (target.kind === "postgresql") await migrator.close();
  const database = target.kind === "pglite" ? databaseOn(migrator) : connectDatabase(target);
  await seedDatabase(database.db, { scale: 0.01 });
  const seller = await database.db.user.findUniqueOrThrow({ where: { email: "mse.seller@kraya.demo" } });
  const ctx = { actor: await loadActor(database.db, seller.id), ip: null };
  for (const count of [200, 1000]) {
    // Half computers delivered to two states, half sarees delivered everywhere (36 areas each).
    const bytes = listingCsv(Array.from({ length: count }, (_, serial) => (serial % 2 === 0 ? desktopRow(serial) : sareeRow(serial))));
    const started = performance.now();
    const result = await importListings(database.db, ctx, { uploadToken: randomBytes(18).toString("base64url"), fileName: `${count}.csv`, bytes });
    const ms = performance.now() - started;
    console.log(`${target.kind.padEnd(10)} ${String(count).padStart(5)} rows ${(bytes.byteLength / 1024).toFixed(0).padStart(5)} KB ${ms.toFixed(0).padStart(6)} ms   imported ${result.importedCount}, errors ${result.errorCount}`);
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
