import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { adapterForPglite, openAdapter, openPglite } from "../../lib/db/adapter";
import { connectDatabase, databaseOn, type Database } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";

// Each test file gets a database of its own, with every migration applied: an in-memory
// PGlite loaded from the migrated template (tests/support/global-setup.ts), or, in the
// "postgresql" project, a fresh schema on DATABASE_URL migrated by the real runner.

export type TestDatabase = Database & { label: string };

export const testDatabaseKind = process.env.KRAYA_TEST_DATABASE === "postgresql" ? "postgresql" : "pglite";

// For a test file that needs one database: creates it before the file's tests, closes it
// after them, and hands it out through the returned function.
export function setUpTestDatabase(prepare?: (database: TestDatabase) => Promise<unknown>): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepare?.(database);
  });
  afterAll(async () => {
    await database?.close();
  });
  return () => {
    if (!database) throw new Error("The test database is not ready: use it inside a test or hook");
    return database;
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return testDatabaseKind === "postgresql" ? createPostgresSchema() : createPglite();
}

async function createPglite(): Promise<TestDatabase> {
  const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
  return { ...databaseOn(adapterForPglite(openPglite("memory://", template))), label: "pglite" };
}

async function createPostgresSchema(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("The postgresql test project needs DATABASE_URL");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  await runAdmin(url, `CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public; CREATE SCHEMA "${schema}"`);
  await oneMigrationAtATime(url, () => applyMigrations(openAdapter({ kind: "postgresql", url, schema }).factory));
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

// Prisma's migration engine holds one advisory lock per server and gives up after 10 s;
// test files migrating their schemas side by side queue here instead, without a time limit.
async function oneMigrationAtATime(url: string, migrate: () => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(4207)");
    await migrate();
  } finally {
    await client.end();
  }
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
