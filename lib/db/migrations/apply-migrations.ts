import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { NO_FILTER, readMigrationList } from "./migration-files";
import { withSchemaEngine } from "./schema-engine";

// What `prisma migrate deploy` does: apply pending migrations in order, each recorded in
// `_prisma_migrations` (checksum, timings, logs) by Prisma's own engine.
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrationsDir?: string,
): Promise<string[]> {
  const migrationsList = readMigrationList(migrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine(factory, undefined, (engine) =>
    engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return appliedMigrationNames;
}
