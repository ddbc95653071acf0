import type { MarketPageSlug } from "@/lib/catalogue/market-pages";

// The search page's filters for a market page, and one of its categories.
export function marketSearchPath(slug: MarketPageSlug, categorySlug?: string): string {
  const query = new URLSearchParams({ market: slug });
  if (categorySlug) query.set("category", categorySlug);
  return `/search?${query.toString()}`;
}
