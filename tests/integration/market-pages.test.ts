import { describe, expect, it } from "vitest";
import { getMarketPageSummary } from "@/lib/catalogue/market-page";
import { MARKET_PAGES, type MarketPage } from "@/lib/catalogue/market-pages";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// The visible catalogue counted from the listings themselves, not from the search index.
async function visibleListingsOf(page: MarketPage) {
  const listings = await db().listing.findMany({
    where: {
      status: "APPROVED",
      stockQuantity: { gt: 0 },
      seller: { verificationStatus: "VERIFIED", ...(page.sellerGroup ? { [page.sellerGroup]: true } : {}) },
      ...(page.market ? { category: { market: page.market } } : {}),
    },
    select: { id: true, sellerId: true, categoryId: true, stockQuantity: true, minOrderQuantity: true },
  });
  return listings.filter((listing) => listing.stockQuantity >= listing.minOrderQuantity);
}

describe("market pages", () => {
  it.each(MARKET_PAGES.map((page) => [page.slug, page] as const))("%s counts exactly the visible listings and their sellers", async (_slug, page) => {
    const expected = await visibleListingsOf(page);
    const summary = await getMarketPageSummary(db(), page);
    expect(summary.listingCount).toBe(expected.length);
    expect(summary.sellerCount).toBe(new Set(expected.map((listing) => listing.sellerId)).size);
    expect(summary.listingCount).toBeGreaterThan(0);

    const perCategory = new Map<number, number>();
    for (const listing of expected) perCategory.set(listing.categoryId, (perCategory.get(listing.categoryId) ?? 0) + 1);
    for (const category of summary.categoryGroups.flatMap((group) => group.categories)) {
      expect(category.listingCount, category.slug).toBe(perCategory.get(category.id) ?? 0);
    }

    const visibleIds = new Set(expected.map((listing) => listing.id));
    expect(summary.featuredListingIds.length).toBeGreaterThan(0);
    expect(summary.featuredListingIds.every((id) => visibleIds.has(id))).toBe(true);
    const featuredSellers = expected.filter((listing) => summary.featuredListingIds.includes(listing.id)).map((listing) => listing.sellerId);
    expect(new Set(featuredSellers).size).toBe(featuredSellers.length);
  });

  it("lists the 28 handloom categories, and the 170 handicraft categories under their parents", async () => {
    const handloom = await getMarketPageSummary(db(), MARKET_PAGES[0] as MarketPage);
    expect(handloom.categoryGroups.flatMap((group) => group.categories)).toHaveLength(28);
    const handicraft = await getMarketPageSummary(db(), MARKET_PAGES[1] as MarketPage);
    expect(handicraft.categoryGroups.flatMap((group) => group.categories)).toHaveLength(170);
    expect(handicraft.categoryGroups.length).toBeGreaterThan(5);
    expect(handicraft.categoryGroups.every((group) => group.parent !== null)).toBe(true);
  });

  it("lists the busiest categories of a seller group for the pages without categories of their own", async () => {
    const womaniya = await getMarketPageSummary(db(), MARKET_PAGES.find((page) => page.slug === "womaniya") as MarketPage);
    const counts = womaniya.categoryGroups[0]?.categories.map((category) => category.listingCount) ?? [];
    expect(counts.length).toBeGreaterThan(3);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
