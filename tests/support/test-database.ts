import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDatabase, type Database } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { openAdapter } from "../../lib/db/adapter";

// Each test file gets a database of its own, with every migration applied:
// an in-memory PGlite, or, in the "postgresql" project, a fresh schema on DATABASE_URL.

export type TestDatabase = Database & { label: string };

export const testDatabaseKind = process.env.KRAYA_TEST_DATABASE === "postgresql" ? "postgresql" : "pglite";

export async function createTestDatabase(): Promise<TestDatabase> {
  return testDatabaseKind === "postgresql" ? createPostgresSchema() : createPglite();
}

async function createPglite(): Promise<TestDatabase> {
  const database = connectDatabase({ kind: "pglite", dataDir: "memory://" });
  // The migrations run through the same PGlite instance the client uses.
  const adapter = database.adapter;
  await applyMigrations(adapter.factory);
  return { ...database, label: "pglite" };
}

async function createPostgresSchema(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("The postgresql test project needs DATABASE_URL");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  await runAdmin(url, `CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA "${schema}"`);
  const migrator = openAdapter({ kind: "postgresql", url, schema });
  await applyMigrations(migrator.factory);
  const database = connectDatabase({ kind: "postgresql", url, schema });
  return {
    ...database,
    label: `postgresql:${schema}`,
    close: async () => {
      await database.close();
      await runAdmin(url, `DROP SCHEMA "${schema}" CASCADE`);
    },
  };
}

async function runAdmin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
