// `npm run db:reset`: empty the configured database (all Kraya tables and the migration
// history), then apply every migration again. Demo data is loaded by `npm run db:seed`
// or by the next `npm start`.
import { openAdapter, targetFromEnv } from "../lib/db/adapter";
import { connectDatabase } from "../lib/db/client";
import { removePgliteDataDir } from "../lib/db/data-dir-lock";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { readEnv } from "../lib/env";

async function reset() {
  const target = targetFromEnv(readEnv());
  if (target.kind === "pglite") {
    removePgliteDataDir(target.dataDir);
  } else {
    const { db, close } = connectDatabase(target);
    for (const statement of ["DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public", "CREATE EXTENSION IF NOT EXISTS pg_trgm"]) {
      await db.$executeRawUnsafe(statement);
    }
    await close();
  }
  const migrator = openAdapter(target);
  const applied = await applyMigrations(migrator.factory);
  await migrator.close();
  console.log(`Reset the ${target.kind} database and applied ${applied.length} migration(s).`);
}

reset().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
