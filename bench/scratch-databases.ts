import { randomBytes } from "node:crypto";
import pg from "pg";
import { openAdapter, type DatabaseTarget } from "../lib/db/adapter";
import { connectDatabase, databaseOn, type Db } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { seedDatabase } from "../prisma/seed/seed-database";

// Runs a benchmark on a scratch database of each kind, migrated and seeded at a small scale:
// an in-memory PGlite, then a throw-away schema on DATABASE_URL when it is set.
export async function onScratchDatabases(bench: (db: Db, kind: DatabaseTarget["kind"]) => Promise<void>): Promise<void> {
  await runOn({ kind: "pglite", dataDir: "memory://" }, bench);
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA "${schema}"`);
  try {
    await runOn({ kind: "postgresql", url, schema }, bench);
  } finally {
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.end();
  }
}

async function runOn(target: DatabaseTarget, bench: (db: Db, kind: DatabaseTarget["kind"]) => Promise<void>) {
  const migrator = openAdapter(target);
  await applyMigrations(migrator.factory);
  if (target.kind === "postgresql") await migrator.close();
  // One PGlite in memory is both migrated and used; PostgreSQL gets a fresh connection.
  const database = target.kind === "pglite" ? databaseOn(migrator) : connectDatabase(target);
  try {
    await seedDatabase(database.db, { scale: 0.01 });
    await bench(database.db, target.kind);
  } finally {
    await database.close();
  }
}
