import { openAdapter, targetFromEnv, type DatabaseKind, type DatabaseTarget, type OpenedAdapter } from "./adapter";
import { PrismaClient } from "./generated/client";
import { env } from "../env";

export type Db = PrismaClient;
export type { DatabaseKind };

export type Database = { db: Db; kind: DatabaseKind; adapter: OpenedAdapter; close: () => Promise<void> };

export function connectDatabase(target: DatabaseTarget): Database {
  return databaseOn(openAdapter(target));
}

export function databaseOn(adapter: OpenedAdapter): Database {
  const db = new PrismaClient({ adapter: adapter.factory });
  return {
    db,
    kind: adapter.kind,
    adapter,
    close: async () => {
      await db.$disconnect();
      await adapter.close();
    },
  };
}

// One client per process. Kept on globalThis because Next.js may evaluate this module
// in several bundles (and again on every dev reload); PGlite must be opened only once.
const holder = globalThis as unknown as { krayaDatabase?: Database };

export function getDatabase(): Database {
  holder.krayaDatabase ??= connectDatabase(targetFromEnv(env));
  return holder.krayaDatabase;
}

// A transaction client: what use cases pass to helpers that must write inside their transaction.
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
