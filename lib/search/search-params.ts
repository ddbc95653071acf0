import { z } from "zod";
import { SELLER_GROUPS, type SellerGroup } from "../catalogue/listing-cards";
import { MARKET_PAGES, type MarketPageSlug } from "../catalogue/market-pages";
import type { MakeInIndiaClass } from "../db/generated/enums";

// A search is described entirely by its URL (shareable, works without JavaScript):
// /search?q=chair&state=MP&type=isShg&type=isWeaver&price=1k-10k&sort=price-asc&page=2.
// Unknown or malformed values are ignored rather than refused: a stale link still searches.

export const PRICE_BUCKETS = [
  { key: "under-1k", minPaise: null, maxPaise: 1_000_00n },
  { key: "1k-10k", minPaise: 1_000_00n, maxPaise: 10_000_00n },
  { key: "10k-50k", minPaise: 10_000_00n, maxPaise: 50_000_00n },
  { key: "50k-2l", minPaise: 50_000_00n, maxPaise: 2_00_000_00n },
  { key: "over-2l", minPaise: 2_00_000_00n, maxPaise: null },
] as const;
export type PriceBucketKey = (typeof PRICE_BUCKETS)[number]["key"];

export const SORTS = ["relevance", "price-asc", "price-desc", "delivery"] as const;
export type SearchSort = (typeof SORTS)[number];

export const RATINGS = [4, 3] as const;
export const MAKE_IN_INDIA_CLASSES = ["CLASS_I", "CLASS_II", "NON_LOCAL"] as const satisfies readonly MakeInIndiaClass[];
export const PAGE_SIZE = 24;
const MAX_PAGE = 400;
// "deliver=any" turns off the default of delivering to the signed-in buyer's state.
export const ANY_STATE = "any";

export type SearchParams = {
  q: string;
  category: string | null;
  market: MarketPageSlug | null;
  price: PriceBucketKey | null;
  state: string | null;
  types: SellerGroup[];
  makeInIndia: MakeInIndiaClass | null;
  deliverTo: string | null;
  rating: (typeof RATINGS)[number] | null;
  sort: SearchSort;
  page: number;
  // The words exactly as typed, without spelling correction (the "search instead for" link).
  verbatim: boolean;
};

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().catch(null).default(null);
const stateCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const many = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().max(200).catch("").default("")).transform((q) => q.trim()),
  category: z.preprocess(first, optional(z.string().regex(/^[a-z0-9-]{1,80}$/))),
  market: z.preprocess(first, optional(z.enum(MARKET_PAGES.map((page) => page.slug) as [MarketPageSlug, ...MarketPageSlug[]]))),
  price: z.preprocess(first, optional(z.enum(PRICE_BUCKETS.map((bucket) => bucket.key) as [PriceBucketKey, ...PriceBucketKey[]]))),
  state: z.preprocess(first, optional(stateCode)),
  type: z.preprocess(many, z.array(z.unknown()).transform((values) => SELLER_GROUPS.filter((group) => values.includes(group)))),
  mii: z.preprocess(first, optional(z.enum(MAKE_IN_INDIA_CLASSES))),
  deliver: z.preprocess(first, optional(z.union([stateCode, z.literal(ANY_STATE)]))),
  rating: z.preprocess(first, optional(z.coerce.number().pipe(z.union([z.literal(4), z.literal(3)])))),
  sort: z.preprocess(first, z.enum(SORTS).catch("relevance").default("relevance")),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).default(1)),
  verbatim: z.preprocess(first, z.literal("1").optional().catch(undefined)),
});

export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const parsed = searchParamsSchema.parse(raw);
  return {
    q: parsed.q,
    category: parsed.category,
    market: parsed.market,
    price: parsed.price,
    state: parsed.state,
    types: parsed.type,
    makeInIndia: parsed.mii,
    deliverTo: parsed.deliver,
    rating: parsed.rating,
    sort: parsed.sort,
    page: parsed.page,
    verbatim: parsed.verbatim === "1",
  };
}

// The URL of a search, with `changes` applied (null removes a parameter); page 1 unless given.
export function searchHref(params: SearchParams, changes: Partial<SearchParams> = {}): string {
  const next = { ...params, ...changes, page: changes.page ?? 1 };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.category) query.set("category", next.category);
  if (next.market) query.set("market", next.market);
  if (next.price) query.set("price", next.price);
  if (next.state) query.set("state", next.state);
  for (const type of next.types) query.append("type", type);
  if (next.makeInIndia) query.set("mii", next.makeInIndia);
  if (next.deliverTo) query.set("deliver", next.deliverTo);
  if (next.rating) query.set("rating", String(next.rating));
  if (next.sort !== "relevance") query.set("sort", next.sort);
  if (next.page > 1) query.set("page", String(next.page));
  if (next.verbatim) query.set("verbatim", "1");
  const text = query.toString();
  return text ? `/search?${text}` : "/search";
}
