import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openAdapter } from "@/lib/db/adapter";
import { connectDatabase } from "@/lib/db/client";
import { checkHealth } from "@/lib/db/health";
import { applyMigrations } from "@/lib/db/migrations/apply-migrations";
import { diffMigrationsToSchema } from "@/lib/db/migrations/diff-schema";
import { MIGRATIONS_DIR, listMigrationNames, SCHEMA_PATH } from "@/lib/db/migrations/migration-files";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase();

describe("migrations", () => {
  it("records every migration in _prisma_migrations as Prisma does", async () => {
    const rows = await database().db.$queryRaw<{ migration_name: string; checksum: string; applied_steps_count: number }[]>`
      SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations
      WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(listMigrationNames());
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(database().adapter.factory)).toEqual([]);
  });

  it("creates the pg_trgm extension that search needs", async () => {
    const [row] = await database().db.$queryRaw<{ similarity: number }[]>`SELECT similarity('laptop', 'lapotp') AS similarity`;
    expect(row?.similarity).toBeGreaterThan(0.2);
  });

  it("keeps the audit log append-only", async () => {
    await database().db.auditEvent.create({ data: { action: "test.append", entityType: "Test", entityId: "1" } });
    await expect(database().db.auditEvent.updateMany({ data: { action: "test.changed" } })).rejects.toThrow(/append-only/);
    await expect(database().db.auditEvent.deleteMany()).rejects.toThrow(/append-only/);
    expect(await database().db.auditEvent.count({ where: { action: "test.append" } })).toBe(1);
  });
});

describe("drift check", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-drift-"));
  const shadow = openAdapter({ kind: "pglite", dataDir: "memory://" });

  afterAll(async () => {
    await shadow.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("finds no drift between schema.prisma and prisma/migrations", async () => {
    expect(await diffMigrationsToSchema(shadow.factory)).toBe("");
  });

  it("fails when a schema field is added without a migration", async () => {
    const schemaPath = path.join(scratch, "schema.prisma");
    const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
    fs.writeFileSync(schemaPath, schema.replace("model State {\n", "model State {\n  population Int?\n"));
    const sql = await diffMigrationsToSchema(shadow.factory, { schemaPath, migrationsDir: MIGRATIONS_DIR });
    expect(sql).toMatch(/ALTER TABLE "State" ADD COLUMN\s+"population" INTEGER/);
  });
});

describe("health", () => {
  it("reports current migrations", async () => {
    expect(await checkHealth(database())).toEqual({ status: "ok", database: database().kind, migrations: "current" });
  });

  it("reports a database that is behind the migrations folder", async () => {
    const ahead = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-ahead-"));
    fs.cpSync(MIGRATIONS_DIR, ahead, { recursive: true });
    fs.mkdirSync(path.join(ahead, "29991231000000_future"));
    fs.writeFileSync(path.join(ahead, "29991231000000_future", "migration.sql"), "SELECT 1;");
    const health = await checkHealth(database(), ahead);
    fs.rmSync(ahead, { recursive: true, force: true });
    expect(health).toMatchObject({ status: "error", migrations: "behind" });
    expect(health.status === "error" && health.reason).toMatch(/29991231000000_future/);
  });

  it("reports an unreachable database", async () => {
    const nowhere = connectDatabase({ kind: "postgresql", url: "postgresql://kraya@127.0.0.1:9/none" });
    const health = await checkHealth(nowhere);
    await nowhere.close();
    expect(health).toMatchObject({ status: "error", database: "postgresql", migrations: "unknown" });
    expect(health.status === "error" && health.reason).toMatch(/^Database unreachable/);
  });

  it("reports an empty database as not migrated", async () => {
    const empty = openAdapter({ kind: "pglite", dataDir: "memory://" });
    const { PrismaClient } = await import("@/lib/db/generated/client");
    const db = new PrismaClient({ adapter: empty.factory });
    const health = await checkHealth({ db, kind: "pglite", adapter: empty, close: async () => {} });
    await db.$disconnect();
    await empty.close();
    expect(health).toMatchObject({ status: "error", migrations: "unknown" });
    expect(health.status === "error" && health.reason).toMatch(/npm run db:migrate/);
  });
});
