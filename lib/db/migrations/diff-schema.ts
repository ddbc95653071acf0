import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { NO_FILTER, readMigrationList, readSchema } from "./migration-files";
import { withSchemaEngine } from "./schema-engine";

// What `prisma migrate diff --from-migrations --to-schema --script` does: replay the
// migrations on a shadow database and return the SQL that brings them to schema.prisma.
// An empty result means the schema and the migrations agree (no drift).
export async function diffMigrationsToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  paths: { migrationsDir?: string; schemaPath?: string } = {},
): Promise<string> {
  const schema = readSchema(paths.schemaPath);
  const from = { tag: "migrations" as const, ...readMigrationList(paths.migrationsDir) };
  const result = await withSchemaEngine(factory, schema, (engine) =>
    engine.diff({ from, to: { tag: "schemaDatamodel", files: [schema] }, script: true, exitCode: null, filters: NO_FILTER }),
  );
  return meaningfulSql(result.stdout ?? "");
}

function meaningfulSql(script: string): string {
  const statements = script
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("--"));
  return statements.length === 0 ? "" : script.trim() + "\n";
}
