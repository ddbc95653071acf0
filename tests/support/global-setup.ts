import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { adapterForPglite, openPglite } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";

declare module "vitest" {
  interface ProvidedContext {
    pgliteTemplate: string;
  }
}

// Migrating a fresh PGlite takes seconds; loading a dump of one takes a fraction of that.
// So the migrations run once per test run, and every test file starts from their dump.
export default async function setup(project: TestProject) {
  const pglite = openPglite("memory://");
  const adapter = adapterForPglite(pglite);
  await applyMigrations(adapter.factory);
  const dump = await pglite.dumpDataDir("none");
  await adapter.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kraya-template-"));
  const file = path.join(dir, "migrated.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
