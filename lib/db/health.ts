import type { Database } from "./client";
import { listMigrationNames } from "./migrations/migration-files";

export type Health =
  | { status: "ok"; database: Database["kind"]; migrations: "current" }
  | { status: "error"; database: Database["kind"]; migrations?: "behind" | "unknown"; reason: string };

// Healthy means: the database answers, and every migration in prisma/migrations has
// finished there (as recorded in Prisma's own _prisma_migrations table).
export async function checkHealth({ db, kind }: Database, migrationsDir?: string): Promise<Health> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    return { status: "error", database: kind, migrations: "unknown", reason: describe(error) };
  }
  const pending = listMigrationNames(migrationsDir).filter((name) => !applied.has(name));
  if (pending.length > 0) {
    return {
      status: "error",
      database: kind,
      migrations: "behind",
      reason: `${pending.length} migration(s) not applied: ${pending.join(", ")}. Run npm run db:migrate.`,
    };
  }
  return { status: "ok", database: kind, migrations: "current" };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /_prisma_migrations/.test(message) && /does not exist/.test(message)
    ? "No migrations applied yet. Run npm run db:migrate."
    : `Database unreachable: ${message.split("\n")[0]}`;
}
