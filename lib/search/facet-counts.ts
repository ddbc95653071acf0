import "server-only";
import { SELLER_GROUPS, type SellerGroup } from "../catalogue/listing-cards";
import type { Db } from "../db/client";
import type { MakeInIndiaClass } from "../db/generated/enums";
import { PRICE_BUCKETS, RATINGS, type PriceBucketKey } from "./search-params";
import { allOf, PRICE_BUCKET_SQL, type FacetConditions, type SqlParams } from "./search-filters-sql";

// Every facet's counts and the total in one statement: one pass over the listings that match
// the words (and the market page), grouped five ways at once (GROUPING SETS). Each facet
// counts with every filter except its own (disjunctive), so a chosen value's siblings keep
// their counts and can be added or switched to. The matching rows carry each filter
// combination as a boolean, worked out once per row, and only the narrow columns the counts
// need (not inlined into the aggregate, the rows are never written out: bench/search.ts).

export type RawFacetCounts = {
  // Listings matching the words, before any filter: zero means try fewer words.
  matched: number;
  total: number;
  categories: { categoryId: number; count: number }[];
  states: { stateId: number; count: number }[];
  prices: { key: PriceBucketKey; count: number }[];
  makeInIndia: { value: MakeInIndiaClass; count: number }[];
  sellerTypes: { group: SellerGroup; count: number }[];
  ratings: { min: number; count: number }[];
  // With the other filters but delivering anywhere: what "any state" would show.
  anyDeliveryState: number;
};

type Row = Record<string, unknown> & { gCategory: number; gState: number; gPrice: number; gMii: number };

const FACETS = ["category", "state", "price", "makeInIndia", "deliverTo", "types", "rating"] as const satisfies (keyof FacetConditions)[];

export async function countFacets(db: Db, base: string, conditions: FacetConditions, params: SqlParams): Promise<RawFacetCounts> {
  const except = (facet: keyof FacetConditions) => allOf(Object.entries(conditions).map(([key, sql]) => (key === facet ? null : sql)));
  const flags = [`${allOf(Object.values(conditions))} AS "inAll"`, ...FACETS.map((facet) => `${except(facet)} AS "except_${facet}"`)];
  const groupCounts = SELLER_GROUPS.map((group) => `count(*) FILTER (WHERE "except_types" AND "${group}") AS "${group}"`);
  const ratingCounts = RATINGS.map((min) => `count(*) FILTER (WHERE "except_rating" AND rating >= ${min}) AS "rating${min}"`);
  const rows = await db.$queryRawUnsafe<Row[]>(
    `WITH matched AS (
       SELECT "categoryId", "sellerStateId", "makeInIndiaClass", rating, ${SELLER_GROUPS.map((g) => `"${g}"`).join(", ")},
         ${PRICE_BUCKET_SQL} AS bucket, ${flags.join(", ")}
       FROM "ListingSearch" WHERE ${base})
     SELECT GROUPING("categoryId")::int AS "gCategory", GROUPING("sellerStateId")::int AS "gState", GROUPING(bucket)::int AS "gPrice",
       GROUPING("makeInIndiaClass")::int AS "gMii", "categoryId", "sellerStateId", bucket, "makeInIndiaClass"::text AS mii,
       count(*) AS matched, count(*) FILTER (WHERE "inAll") AS total,
       count(*) FILTER (WHERE "except_category") AS "byCategory", count(*) FILTER (WHERE "except_state") AS "byState",
       count(*) FILTER (WHERE "except_price") AS "byPrice", count(*) FILTER (WHERE "except_makeInIndia") AS "byMii",
       count(*) FILTER (WHERE "except_deliverTo") AS "anyDeliveryState",
       ${[...groupCounts, ...ratingCounts].join(", ")}
     FROM matched
     GROUP BY GROUPING SETS (("categoryId"), ("sellerStateId"), (bucket), ("makeInIndiaClass"), ())`,
    ...params.values,
  );
  const n = (value: unknown) => Number(value ?? 0);
  const totals = rows.find((row) => row.gCategory + row.gState + row.gPrice + row.gMii === 4);
  const nonZero = <T extends { count: number }>(items: T[]) => items.filter((item) => item.count > 0);
  return {
    matched: n(totals?.matched),
    total: n(totals?.total),
    categories: nonZero(rows.filter((row) => row.gCategory === 0).map((row) => ({ categoryId: n(row.categoryId), count: n(row.byCategory) }))),
    states: nonZero(rows.filter((row) => row.gState === 0).map((row) => ({ stateId: n(row.sellerStateId), count: n(row.byState) }))),
    prices: PRICE_BUCKETS.map(({ key }) => ({ key, count: n(rows.find((row) => row.gPrice === 0 && row.bucket === key)?.byPrice) })),
    makeInIndia: nonZero(rows.filter((row) => row.gMii === 0).map((row) => ({ value: row.mii as MakeInIndiaClass, count: n(row.byMii) }))),
    sellerTypes: SELLER_GROUPS.map((group) => ({ group, count: n(totals?.[group]) })),
    ratings: RATINGS.map((min) => ({ min, count: n(totals?.[`rating${min}`]) })),
    anyDeliveryState: n(totals?.anyDeliveryState),
  };
}
