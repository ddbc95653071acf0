import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquireDataDirLock } from "./data-dir-lock";

// The one module that chooses the database: PostgreSQL when DATABASE_URL is set,
// otherwise PGlite (PostgreSQL compiled to WebAssembly) in this process.

export type DatabaseKind = "pglite" | "postgresql";

export type DatabaseTarget =
  | { kind: "postgresql"; url: string; schema?: string }
  | { kind: "pglite"; dataDir: string };

export type OpenedAdapter = {
  kind: DatabaseKind;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close: () => Promise<void>;
};

export function targetFromEnv(env: { DATABASE_URL?: string; KRAYA_DATA_DIR: string }): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgresql", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: env.KRAYA_DATA_DIR };
}

// `loadDataDir` starts from a dump (tests start from an already migrated template).
export function openPglite(dataDir: string, loadDataDir?: Blob): PGlite {
  return new PGlite(dataDir, { extensions: { pg_trgm }, loadDataDir });
}

export function adapterForPglite(pglite: PGlite, release: () => void = () => {}): OpenedAdapter {
  return {
    kind: "pglite",
    factory: pgliteFactory(pglite),
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

// Synchronous, so that a PrismaClient can be built at module load; nothing connects
// until the first query.
export function openAdapter(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "postgresql") {
    return { kind: "postgresql", factory: postgresFactory(target.url, target.schema), close: async () => {} };
  }
  const release = target.dataDir.startsWith("memory://") ? () => {} : acquireDataDirLock(target.dataDir);
  return adapterForPglite(openPglite(target.dataDir), release);
}

// Migration scripts hold several statements, dollar-quoted function bodies among them.
// Both adapters mishandle that (adapter-pg splits on ";", the PGlite adapter does not await),
// so scripts run whole, on the simple query protocol, as Prisma's native engine runs them.
function withScriptRunner(adapter: SqlDriverAdapter, run: (script: string) => Promise<unknown>): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, property) {
      if (property === "executeScript") return async (script: string) => void (await run(script));
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function withScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runScript: (script: string) => Promise<unknown>,
  connectToShadowDb: () => Promise<SqlDriverAdapter>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withScriptRunner(await factory.connect(), runScript),
    connectToShadowDb,
  };
}

function pgliteFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  // The library's own shadow database lacks pg_trgm, which the first migration creates.
  const connectToShadowDb = async () => {
    const shadow = openPglite("memory://");
    return withScriptRunner(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
  };
  return withScripts(new PrismaPGlite(pglite), (script) => pglite.exec(script), connectToShadowDb);
}

const PLANNER_SETTINGS = "-c random_page_cost=1.1 -c jit=off";

function postgresFactory(url: string, schema?: string): SqlMigrationAwareDriverAdapterFactory {
  // Unqualified statements (the engine's own bookkeeping among them) must land in the
  // chosen schema; public stays on the path because extensions such as pg_trgm live there.
  // Planner settings for a web app on SSD-backed storage: random reads cost about as much as
  // sequential ones (the default 4 makes the search's GIN index look dearer than scanning 15
  // lakh listings), and JIT compilation (20 ms a statement) never pays off for short queries.
  const options = [PLANNER_SETTINGS, schema ? `-c search_path="${schema}",public` : ""].join(" ").trim();
  const factory = new PrismaPg({ connectionString: url, options }, schema ? { schema } : undefined);
  const runScript = async (script: string) => {
    const client = new pg.Client({ connectionString: url, options });
    await client.connect();
    try {
      await client.query(script);
    } finally {
      await client.end();
    }
  };
  return withScripts(factory, runScript, () => factory.connectToShadowDb());
}
