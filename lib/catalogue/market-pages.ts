import type { Market } from "../db/generated/enums";

// The special market pages of seeds 001 and 004. Three are sets of categories (the India
// Handloom and India Handicraft trees, and the SARAS collection, where only self-help groups'
// products count); two are groups of sellers across all categories (Womaniya: women
// entrepreneurs; Startup Runway: DPIIT-recognised startups). Search, the market pages and
// buyers' alerts all read the same definition.
export type MarketPageSlug = "india-handloom" | "india-handicraft" | "saras-collection" | "womaniya" | "startup-runway";

export type MarketPage = {
  slug: MarketPageSlug;
  // Listings in categories of this market (null: any category)...
  market: Market | null;
  // ...from sellers of this group (null: any seller).
  sellerGroup: "isShg" | "isWomenOwned" | "isStartup" | null;
};

export const MARKET_PAGES: readonly MarketPage[] = [
  { slug: "india-handloom", market: "HANDLOOM", sellerGroup: null },
  { slug: "india-handicraft", market: "HANDICRAFT", sellerGroup: null },
  { slug: "saras-collection", market: "SARAS", sellerGroup: "isShg" },
  { slug: "womaniya", market: null, sellerGroup: "isWomenOwned" },
  { slug: "startup-runway", market: null, sellerGroup: "isStartup" },
];

export function findMarketPage(slug: string): MarketPage | null {
  return MARKET_PAGES.find((page) => page.slug === slug) ?? null;
}

// The market pages a listing appears on, from its category's market and its seller's groups.
export function marketPagesOf(listing: { market: Market | null; isShg: boolean; isWomenOwned: boolean; isStartup: boolean }): MarketPageSlug[] {
  return MARKET_PAGES.filter((page) => (page.market === null || page.market === listing.market) && (page.sellerGroup === null || listing[page.sellerGroup])).map(
    (page) => page.slug,
  );
}
