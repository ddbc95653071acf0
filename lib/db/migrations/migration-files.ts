import fs from "node:fs";
import path from "node:path";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");
export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

// The standard `prisma/migrations/<timestamp>_<name>/migration.sql` layout, as Prisma reads it.
export function listMigrationNames(dir = MIGRATIONS_DIR): string[] {
  if (!fs.existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

export function readMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(/*turbopackIgnore: true*/ lockPath) ? fs.readFileSync(/*turbopackIgnore: true*/ lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationNames(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

export function readSchema(schemaPath = SCHEMA_PATH) {
  return { path: schemaPath, content: fs.readFileSync(/*turbopackIgnore: true*/ schemaPath, "utf8") };
}
