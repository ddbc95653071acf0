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

export async function openPglite(dataDir: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}

export async function openAdapter(target: DatabaseTarget): Promise<OpenedAdapter> {
  if (target.kind === "postgresql") {
    return { kind: "postgresql", factory: new PostgresAdapterFactory(target.url, target.schema), close: async () => {} };
  }
  const release = target.dataDir.startsWith("memory://") ? () => {} : acquireDataDirLock(target.dataDir);
  const pglite = await openPglite(target.dataDir);
  return {
    kind: "pglite",
    factory: new PgliteAdapterFactory(pglite),
    close: async () => {
      await pglite.close();
      release();
    },
  };
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

class PgliteAdapterFactory extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }

  async connect() {
    return withScriptRunner(await super.connect(), (script) => this.pglite.exec(script));
  }

  // The library's shadow database lacks pg_trgm, which the first migration creates.
  async connectToShadowDb() {
    const shadow = await openPglite("memory://");
    return withScriptRunner(await new PrismaPGlite(shadow).connect(), (script) => shadow.exec(script));
  }
}

class PostgresAdapterFactory extends PrismaPg {
  constructor(
    private readonly url: string,
    private readonly schema?: string,
  ) {
    super({ connectionString: url }, schema ? { schema } : undefined);
  }

  async connect() {
    return withScriptRunner(await super.connect(), (script) => this.runScript(script));
  }

  private async runScript(script: string) {
    const client = new pg.Client({
      connectionString: this.url,
      options: this.schema ? `-c search_path="${this.schema}"` : undefined,
    });
    await client.connect();
    try {
      await client.query(script);
    } finally {
      await client.end();
    }
  }
}
