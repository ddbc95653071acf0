// Offline replacement for `prisma migrate deploy | dev --create-only | diff`, on the
// WebAssembly schema engine (docs/decisions/002-offline-migrations.md).
//   npm run db:migrate                      apply pending migrations to the configured database
//   npm run db:migration:create -- <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
//   npm run db:drift                        fail if schema.prisma and the migrations disagree
import fs from "node:fs";
import path from "node:path";
import { openAdapter, targetFromEnv } from "../lib/db/adapter";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { diffMigrationsToSchema } from "../lib/db/migrations/diff-schema";
import { MIGRATIONS_DIR } from "../lib/db/migrations/migration-files";
import { readEnv } from "../lib/env";

const [command = "deploy", name] = process.argv.slice(2);

async function deploy() {
  const adapter = openAdapter(targetFromEnv(readEnv()));
  try {
    const applied = await applyMigrations(adapter.factory);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${adapter.kind}: ${applied.join(", ")}`
        : `No pending migrations (${adapter.kind}).`,
    );
  } finally {
    await adapter.close();
  }
}

// Diffing needs no real database: the shadow is an in-memory PGlite.
async function pendingSql(): Promise<string> {
  const adapter = openAdapter({ kind: "pglite", dataDir: "memory://" });
  try {
    return await diffMigrationsToSchema(adapter.factory);
  } finally {
    await adapter.close();
  }
}

async function create() {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Usage: npm run db:migration:create -- <name>  (lower-case letters, digits and _)");
  }
  const sql = await pendingSql();
  if (!sql) {
    console.log("schema.prisma and the migrations agree: nothing to create.");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql. Review it, then npm run db:migrate.`);
}

async function drift() {
  const sql = await pendingSql();
  if (sql) {
    console.error("Drift: schema.prisma differs from prisma/migrations. The missing migration would be:\n");
    console.error(sql);
    console.error("Create it with: npm run db:migration:create -- <name>");
    process.exitCode = 1;
    return;
  }
  console.log("No drift: schema.prisma and prisma/migrations agree.");
}

const commands: Record<string, () => Promise<void>> = { deploy, create, drift };
const run = commands[command];
if (!run) {
  console.error(`Unknown command "${command}". Use: deploy | create <name> | drift`);
  process.exit(2);
}
run()
  .then(() => process.exit())
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
