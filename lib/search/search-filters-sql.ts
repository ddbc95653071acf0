import type { SellerGroup } from "../catalogue/listing-cards";
import type { MarketPage } from "../catalogue/market-pages";
import type { MakeInIndiaClass } from "../db/generated/enums";
import { PRICE_BUCKETS, type PriceBucketKey } from "./search-params";

// The WHERE conditions of a search over "ListingSearch", as SQL with numbered parameters.
// Column names come from fixed lists here, never from the request; values are parameters.

export type SqlParams = { values: unknown[]; add: (value: unknown) => string };

export function sqlParams(): SqlParams {
  const values: unknown[] = [];
  return { values, add: (value) => `$${values.push(value)}` };
}

export type ResolvedFilters = {
  categoryIds: number[] | null;
  marketPage: MarketPage | null;
  price: PriceBucketKey | null;
  stateId: number | null;
  types: SellerGroup[];
  makeInIndia: MakeInIndiaClass | null;
  deliverToStateId: number | null;
  rating: number | null;
};

// One condition per facet (null: not filtered), so that each facet's counts can leave out
// its own condition (disjunctive facets: choosing Bihar still shows how many are in Assam).
export type FacetConditions = Record<"category" | "price" | "state" | "types" | "makeInIndia" | "deliverTo" | "rating", string | null>;

export function facetConditions(filters: ResolvedFilters, params: SqlParams): FacetConditions {
  const bucket = PRICE_BUCKETS.find((candidate) => candidate.key === filters.price);
  return {
    category: filters.categoryIds ? `"categoryId" = ANY(${params.add(filters.categoryIds)}::int[])` : null,
    price: bucket ? priceRange(bucket.minPaise, bucket.maxPaise, params) : null,
    state: filters.stateId !== null ? `"sellerStateId" = ${params.add(filters.stateId)}` : null,
    types: filters.types.length > 0 ? `(${filters.types.map((type) => `"${type}"`).join(" OR ")})` : null,
    makeInIndia: filters.makeInIndia ? `"makeInIndiaClass"::text = ${params.add(filters.makeInIndia)}` : null,
    deliverTo: filters.deliverToStateId !== null ? `"deliveryStateIds" @> ARRAY[${params.add(filters.deliverToStateId)}::int]` : null,
    rating: filters.rating !== null ? `rating >= ${params.add(filters.rating)}` : null,
  };
}

// The market page's own conditions: a page is a context, not a facet.
export function marketPageCondition(page: MarketPage | null, params: SqlParams): string | null {
  if (!page) return null;
  const parts = [page.market ? `market::text = ${params.add(page.market)}` : null, page.sellerGroup ? `"${page.sellerGroup}"` : null];
  return parts.filter(Boolean).join(" AND ") || null;
}

function priceRange(minPaise: bigint | null, maxPaise: bigint | null, params: SqlParams): string {
  const parts = [minPaise !== null ? `"pricePaise" >= ${params.add(minPaise)}` : null, maxPaise !== null ? `"pricePaise" < ${params.add(maxPaise)}` : null];
  return `(${parts.filter(Boolean).join(" AND ")})`;
}

// The bucket of a price, as a SQL expression over the constant bucket limits.
export const PRICE_BUCKET_SQL = `CASE ${PRICE_BUCKETS.map((bucket) =>
  bucket.maxPaise === null ? `ELSE '${bucket.key}'` : `WHEN "pricePaise" < ${bucket.maxPaise} THEN '${bucket.key}'`,
).join(" ")} END`;

export function allOf(conditions: (string | null)[]): string {
  const present = conditions.filter((condition): condition is string => condition !== null);
  return present.length > 0 ? present.join(" AND ") : "true";
}
