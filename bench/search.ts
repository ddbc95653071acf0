// `npm run bench:search [-- --runs=N --url=http://localhost:3000]`: server time of buyers'
// search (words, spelling, facet counts and one page of ids: the whole domain call) for common
// queries with two facets, on the configured database (PGlite under KRAYA_DATA_DIR, or
// DATABASE_URL); the query plans of its statements (for a common word, and for a misspelt
// one, which takes the spelling path); and, given --url, the first-byte time of
// the results page. Targets: p95 < 100 ms and first byte < 300 ms on PostgreSQL at 15 lakh
// listings; < 50 ms on PGlite at demo scale.
import { connectDatabase } from "../lib/db/client";
import { targetFromEnv } from "../lib/db/adapter";
import { readEnv } from "../lib/env";
import { searchListings } from "../lib/search/search-listings";
import { readSearchParams, searchHref } from "../lib/search/search-params";
import { measure } from "./measure";

process.on("uncaughtException", (error) => {
  console.error(error.message);
  process.exit(1);
});

const arg = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.split("=")[1];
const runs = Number(arg("runs") ?? 20);
const url = arg("url");

// Each common query with two facets: a seller state and a seller type.
const QUERIES: Record<string, string | string[]>[] = [
  { q: "chair", state: "MP", type: "isMse" },
  { q: "saree", state: "OD", type: "isWeaver" },
  { q: "laptop", state: "KA", type: "isMse" },
  { q: "a4 paper", state: "UP", type: "isWomenOwned" },
  { q: "led bulb", state: "MH", type: "isMse" },
  { q: "साड़ी", state: "BR", type: "isShg" },
  { q: "printr", state: "DL", type: "isStartup" },
];

const database = connectDatabase(targetFromEnv(readEnv()));
const { db } = database;
const [indexed] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM "ListingSearch"`);
console.log(`Database: ${database.kind}; ${Number(indexed?.count ?? 0).toLocaleString("en-IN")} listings in the search index.\n`);

const anonymous = { actor: null, ip: null };
for (const raw of QUERIES) {
  const params = readSearchParams(raw);
  const outcome = await searchListings(db, anonymous, params);
  await measure(`${searchHref(params)} (${outcome.total})`.slice(0, 44), runs, () => searchListings(db, anonymous, params));
}

if (!process.argv.includes("--no-plans")) {
  for (const raw of [QUERIES[0]!, QUERIES.at(-1)!]) await printPlans(raw);
}

if (url) {
  console.log(`\nFirst byte of the results page at ${url}:`);
  for (const raw of QUERIES) {
    const path = searchHref(readSearchParams(raw));
    await measure(decodeURIComponent(path).slice(0, 44), Math.min(runs, 10), async () => {
      const response = await fetch(new URL(path, url));
      const reader = response.body!.getReader();
      await reader.read();
      await reader.cancel();
    });
  }
}
await database.close();

// The plans of the statements a search runs, captured from the database with EXPLAIN.
async function printPlans(raw: Record<string, string | string[]>) {
  const captured: { sql: string; values: unknown[] }[] = [];
  const spy = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== "$queryRawUnsafe") return Reflect.get(target, property, receiver);
      return (sql: string, ...values: unknown[]) => {
        captured.push({ sql, values });
        return target.$queryRawUnsafe(sql, ...values);
      };
    },
  });
  const params = readSearchParams(raw);
  console.log(`\n== Plans for ${decodeURIComponent(searchHref(params))}`);
  await searchListings(spy, anonymous, params);
  for (const { sql, values } of captured) {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ...values);
    console.log(`\n${sql.replace(/\s+/g, " ").slice(0, 160)}...`);
    for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);
  }
}
