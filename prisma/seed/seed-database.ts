import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { rebuildListingSearch } from "../../lib/search/refresh-listing-search";
import { refreshSellerRatings } from "../../lib/orders/seller-ratings";
import { rebuildReports } from "../../lib/reporting/update-report-cells";
import { resetSequences } from "./bulk-insert";
import { suspendIndexesAndForeignKeys } from "./bulk-load";
import { insertBuyers } from "./buyers";
import { loadSeedData } from "./data-files";
import { DEMO_PASSWORD } from "./demo-accounts";
import { insertEngagement } from "./engagement";
import { insertListings } from "./listings";
import { insertOrders } from "./orders";
import { insertOutreach } from "./outreach";
import { Random } from "./random";
import { insertReferenceData } from "./reference-data";
import { RANDOM_SEED, SEED_NOW } from "./seed-config";
import type { SeedContext } from "./seed-context";
import { insertSellers } from "./sellers";
import { insertStaff } from "./staff";
import { SEEDED_TABLES, registerTables } from "./tables";

// `npm run db:seed`: fills an empty database with deterministic demo and benchmark data.
// Same scale and anchor date => identical rows (but for the password hash, which argon2
// salts at random, as it should). Everything runs in one transaction, so a failure leaves
// the database as empty as it was.

export { SEED_NOW } from "./seed-config";

export type SeedCounts = Record<string, number>;

export type SeedOptions = {
  scale: number;
  now?: Date;
  log?: (message: string) => void;
  // Rows per INSERT statement; a few thousand keeps statements fast and memory flat.
  batchRows?: number;
};

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function isDatabaseEmpty(db: Pick<PrismaClient, "state">): Promise<boolean> {
  return (await db.state.count()) === 0;
}

export async function seedDatabase(db: PrismaClient, options: SeedOptions): Promise<SeedCounts> {
  const { scale } = options;
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`--scale must be a positive number, got ${scale}`);
  const log = options.log ?? (() => {});
  const nowMs = (options.now ?? SEED_NOW).getTime();
  // Hashing is slow on purpose (argon2id); every seeded user shares the demo password's hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const data = loadSeedData();

  return db.$transaction(
    async (tx) => {
      if (!(await isDatabaseEmpty(tx))) throw new Error("The database is not empty: run npm run db:reset first.");
      await useModelSchema(tx);
      const suspended = await suspendIndexesAndForeignKeys(tx, SEEDED_TABLES);
      const { writer, tables } = registerTables(tx, options.batchRows ?? 5_000);
      const ctx: SeedContext = { tables, writer, random: new Random(RANDOM_SEED), nowMs, scale, passwordHash, data, log };
      const timed = async <T>(label: string, phase: () => Promise<T> | T): Promise<T> => {
        const started = Date.now();
        const result = await phase();
        log(`  ${label.padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return result;
      };

      const reference = await timed("reference data", () => insertReferenceData(tables, data));
      const staff = await timed("admins and facilitators", async () => {
        const inserted = insertStaff(ctx, reference);
        // Buyers and sellers point at the officials who verified them: write those first.
        await writer.flush();
        return inserted;
      });
      const buyers = await timed("buyer organisations", () => insertBuyers(ctx, reference, staff));
      const sellers = await timed("sellers", () => insertSellers(ctx, reference, staff));
      const catalogue = await timed("listings", () => insertListings(ctx, reference, staff, sellers));
      await timed("orders", () => insertOrders(ctx, reference, buyers, sellers, catalogue));
      await timed("notifications and feedback", () => insertEngagement(ctx, buyers, sellers, staff, catalogue));
      await timed("final writes", () => writer.finish());
      await timed("samvaad events", () => insertOutreach(tx, ctx, reference, staff, sellers));
      // Before the indexes return, so the updated rows need no index maintenance.
      await timed("ratings", () => refreshSellerRatings(tx, "all"));
      await timed(`${suspended.indexCount} indexes, ${suspended.foreignKeyCount} keys`, () => suspended.restore());
      await timed("search index", () => rebuildListingSearch(tx));
      await timed("reporting rollups", () => rebuildReports(tx));
      await timed("sequences and statistics", async () => {
        await resetSequences(tx, SEEDED_TABLES);
        // Fresh statistics, so the first dashboard queries get good plans.
        await tx.$executeRawUnsafe(`ANALYZE ${SEEDED_TABLES.map((table) => `"${table}"`).join(", ")}`);
      });
      return writer.counts();
    },
    // A large scale takes many minutes in one transaction; the defaults (5 s) are for requests.
    { maxWait: 60_000, timeout: 24 * 3_600_000 },
  );
}

// Raw SQL names tables without a schema. When the client is bound to a non-default schema
// (the PostgreSQL test databases use one schema per test file), Prisma's own queries are
// qualified but raw ones are not: find the schema Prisma used and put it first on the path.
async function useModelSchema(tx: Transaction): Promise<void> {
  const rows = await tx.$queryRawUnsafe<{ schema: string }[]>(
    `SELECT n.nspname AS schema FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE l.pid = pg_backend_pid() AND c.relname = 'State' LIMIT 1`,
  );
  const schema = rows[0]?.schema;
  if (schema) await tx.$executeRawUnsafe(`SET LOCAL search_path TO "${schema.replace(/"/g, '""')}", public`);
}

