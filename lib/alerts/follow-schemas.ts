import { z } from "zod";
import { MARKET_PAGES, type MarketPageSlug } from "../catalogue/market-pages";

const MARKET_PAGE_SLUGS = MARKET_PAGES.map((page) => page.slug) as [MarketPageSlug, ...MarketPageSlug[]];

// What a follow button posts: a category's id or a market page's slug, never both (the
// table's CHECK constraint says the same).
export const FollowTargetSchema = z
  .object({
    categoryId: z.number().int().positive().optional(),
    marketPage: z.enum(MARKET_PAGE_SLUGS).optional(),
  })
  .refine((target) => (target.categoryId === undefined) !== (target.marketPage === undefined), { message: "follows.errors.target" });

export type FollowTarget = { categoryId: number; marketPage?: undefined } | { marketPage: MarketPageSlug; categoryId?: undefined };

export function followTargetOf(input: z.output<typeof FollowTargetSchema>): FollowTarget {
  return input.marketPage ? { marketPage: input.marketPage } : { categoryId: input.categoryId as number };
}

export const AlertFrequencySchema = z.object({
  alertFrequency: z.enum(["INSTANT", "DAILY"], { message: "follows.errors.frequency" }),
});
