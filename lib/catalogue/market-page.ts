import "server-only";
import type { Db } from "../db/client";
import { MARKET_PAGES, type MarketPage, type MarketPageSlug } from "./market-pages";

// What a market page shows, read from the search index (ListingSearch), so that only listings
// a buyer may see are counted: how many products and sellers, the categories with their
// counts, and a few featured listings from different sellers.

const FEATURED_COUNT = 8;
// Pages defined by a seller group (Womaniya, Startup Runway) list that group's busiest categories.
const TOP_CATEGORIES = 12;

export type MarketCategory = { id: number; slug: string; name: string; nameHi: string; listingCount: number };
export type MarketCategoryGroup = { parent: { slug: string; name: string; nameHi: string } | null; categories: MarketCategory[] };

export type MarketPageSummary = {
  listingCount: number;
  sellerCount: number;
  categoryGroups: MarketCategoryGroup[];
  featuredListingIds: number[];
};

// The page's filter on ListingSearch, as SQL: its market's categories and/or its seller group.
// Both come from the fixed definitions in market-pages.ts (an enum value, a column name),
// never from a request.
function filterOf(page: MarketPage): string {
  const conditions = [page.market ? `market = '${page.market}'` : null, page.sellerGroup ? `"${page.sellerGroup}"` : null].filter(Boolean);
  return conditions.join(" AND ") || "true";
}

export type MarketPageCounts = Record<MarketPageSlug, { listingCount: number; sellerCount: number }>;

// Products and sellers of every market page in one pass over the index (the index and home
// pages' cards). Shared by all visitors for a minute, like the home page's figures.
const COUNTS_MAX_AGE_MS = 60_000;
let latestCounts: { value: Promise<MarketPageCounts>; takenAt: number } | undefined;

export function getMarketPageCounts(db: Db, now = Date.now()): Promise<MarketPageCounts> {
  if (!latestCounts || now - latestCounts.takenAt >= COUNTS_MAX_AGE_MS) {
    const value = countMarketPages(db);
    latestCounts = { value, takenAt: now };
    value.catch(() => {
      if (latestCounts?.value === value) latestCounts = undefined;
    });
  }
  return latestCounts.value;
}

async function countMarketPages(db: Db): Promise<MarketPageCounts> {
  const columns = MARKET_PAGES.map((page, index) => {
    const where = filterOf(page);
    return `count(*) FILTER (WHERE ${where}) AS l${index}, count(DISTINCT "sellerId") FILTER (WHERE ${where}) AS s${index}`;
  });
  const [row] = await db.$queryRawUnsafe<Record<string, bigint>[]>(`SELECT ${columns.join(", ")} FROM "ListingSearch"`);
  return Object.fromEntries(
    MARKET_PAGES.map((page, index) => [page.slug, { listingCount: Number(row?.[`l${index}`] ?? 0), sellerCount: Number(row?.[`s${index}`] ?? 0) }]),
  ) as MarketPageCounts;
}

export async function getMarketPageSummary(db: Db, page: MarketPage): Promise<MarketPageSummary> {
  const filter = filterOf(page);
  const [totals, perCategory, featured] = await Promise.all([
    db.$queryRawUnsafe<{ listings: bigint; sellers: bigint }[]>(
      `SELECT count(*) AS listings, count(DISTINCT "sellerId") AS sellers FROM "ListingSearch" WHERE ${filter}`,
    ),
    db.$queryRawUnsafe<{ categoryId: number; listings: bigint }[]>(
      `SELECT "categoryId", count(*) AS listings FROM "ListingSearch" WHERE ${filter} GROUP BY "categoryId"`,
    ),
    // The best-rated, then most recent, listing of each seller; the best of those first.
    db.$queryRawUnsafe<{ listingId: number }[]>(
      `SELECT "listingId" FROM (
         SELECT DISTINCT ON ("sellerId") "listingId", rating, "approvedAt" FROM "ListingSearch" WHERE ${filter}
         ORDER BY "sellerId", rating DESC NULLS LAST, "approvedAt" DESC, "listingId" DESC
       ) best ORDER BY rating DESC NULLS LAST, "approvedAt" DESC, "listingId" DESC LIMIT ${FEATURED_COUNT}`,
    ),
  ]);
  const counts = new Map(perCategory.map((row) => [row.categoryId, Number(row.listings)]));
  return {
    listingCount: Number(totals[0]?.listings ?? 0),
    sellerCount: Number(totals[0]?.sellers ?? 0),
    categoryGroups: page.market ? await marketCategoryGroups(db, page, counts) : await topCategories(db, counts),
    featuredListingIds: featured.map((row) => row.listingId),
  };
}

// Every leaf category of the market, under its parent when the market has several levels
// (India Handicraft: paintings, metal crafts, ...), with its count, including those at zero.
async function marketCategoryGroups(db: Db, page: MarketPage, counts: Map<number, number>): Promise<MarketCategoryGroup[]> {
  const leaves = await db.category.findMany({
    where: { market: page.market, isLeaf: true },
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, name: true, nameHi: true, parentId: true, parent: { select: { slug: true, name: true, nameHi: true, parentId: true } } },
  });
  const groups = new Map<number | null, MarketCategoryGroup>();
  for (const leaf of leaves) {
    // Leaves straight under the market's root need no heading of their own.
    const parent = leaf.parent && leaf.parent.parentId !== null ? leaf.parent : null;
    const key = parent ? leaf.parentId : null;
    const group = groups.get(key) ?? { parent: parent && { slug: parent.slug, name: parent.name, nameHi: parent.nameHi }, categories: [] };
    group.categories.push({ id: leaf.id, slug: leaf.slug, name: leaf.name, nameHi: leaf.nameHi, listingCount: counts.get(leaf.id) ?? 0 });
    groups.set(key, group);
  }
  return [...groups.values()];
}

async function topCategories(db: Db, counts: Map<number, number>): Promise<MarketCategoryGroup[]> {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_CATEGORIES);
  if (top.length === 0) return [];
  const categories = await db.category.findMany({ where: { id: { in: top.map(([id]) => id) } }, select: { id: true, slug: true, name: true, nameHi: true } });
  const byId = new Map(categories.map((category) => [category.id, category]));
  return [{ parent: null, categories: top.flatMap(([id, listingCount]) => (byId.has(id) ? [{ ...byId.get(id)!, listingCount }] : [])) }];
}
