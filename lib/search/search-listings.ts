import "server-only";
import { hasRole } from "../auth/actor";
import type { ActionContext } from "../auth/context";
import { PORTAL_ROLES } from "../auth/actor";
import { findMarketPage } from "../catalogue/market-pages";
import type { Db } from "../db/client";
import { correctSpelling, type SpellingCorrection } from "./correct-spelling";
import { countFacets, type RawFacetCounts } from "./facet-counts";
import { mayBeMisspelt, parseQuery, type QueryTerm } from "./parse-query";
import { allOf, facetConditions, marketPageCondition, sqlParams, type ResolvedFilters } from "./search-filters-sql";
import { ANY_STATE, PAGE_SIZE, type SearchParams, type SearchSort } from "./search-params";
import { buyerStateCode, categorySubtreeIds, loadSearchVocabulary, type SearchVocabulary } from "./search-vocabulary";
import { textQuery, withCorrections } from "./text-query";

// Buyers' search over the index of visible listings (refresh-listing-search.ts): words with
// synonyms and typo correction, filters, facet counts, sort and pages. Public: anyone may
// search; a signed-in buyer's results default to what delivers to their office's state.

export type SearchOutcome = {
  // The search as performed: the buyer's state filled in, unknown slugs and codes dropped.
  params: SearchParams;
  listingIds: number[];
  total: number;
  pageCount: number;
  corrections: SpellingCorrection[];
  // Nothing had every word, so these results have any of them.
  matchedAnyWord: boolean;
  facets: RawFacetCounts;
  vocabulary: SearchVocabulary;
};

export async function searchListings(db: Db, ctx: ActionContext, requested: SearchParams): Promise<SearchOutcome> {
  const vocabulary = await loadSearchVocabulary(db);
  const params = await withBuyerDefaults(db, ctx, requested);
  const filters = resolveFilters(params, vocabulary);
  const effective = { ...params, category: filters.categoryIds ? params.category : null, state: filters.stateId !== null ? params.state : null,
    deliverTo: filters.deliverToStateId !== null || params.deliverTo === ANY_STATE ? params.deliverTo : null };

  const { query, corrections, matchedAnyWord, facets } = await matchWords(db, parseQuery(params.q), filters, params.verbatim);
  const pageCount = Math.max(1, Math.ceil(facets.total / PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  const listingIds = facets.total > 0 ? await pageOfResults(db, query, filters, params.sort, page) : [];
  return { params: { ...effective, page }, listingIds, total: facets.total, pageCount, corrections, matchedAnyWord, facets, vocabulary };
}

type WordMatch = { query: string | null; corrections: SpellingCorrection[]; matchedAnyWord: boolean; facets: RawFacetCounts };

// The words as typed first: when some listing has them all, none is misspelt and one
// statement has answered. Otherwise the words that match no listing are corrected and the
// last word may be the start of one; if still nothing has every word, any of them will do.
async function matchWords(db: Db, parsed: QueryTerm[], filters: ResolvedFilters, verbatim: boolean): Promise<WordMatch> {
  if (parsed.length === 0) return { query: null, corrections: [], matchedAnyWord: false, facets: await searchFacets(db, null, filters) };
  const asTyped = textQuery(parsed, "and", false);
  const facets = await searchFacets(db, asTyped, filters);
  if (facets.matched > 0) return { query: asTyped, corrections: [], matchedAnyWord: false, facets };

  const corrections = verbatim ? [] : await correctSpelling(db, parsed.filter(mayBeMisspelt).map((term) => term.text));
  const terms = withCorrections(parsed, corrections);
  const widened = textQuery(terms, "and", true);
  const widenedFacets = widened === asTyped ? facets : await searchFacets(db, widened, filters);
  if (widenedFacets.matched > 0 || terms.length === 1) return { query: widened, corrections, matchedAnyWord: false, facets: widenedFacets };
  const anyWord = textQuery(terms, "or", true);
  return { query: anyWord, corrections, matchedAnyWord: true, facets: await searchFacets(db, anyWord, filters) };
}

async function withBuyerDefaults(db: Db, ctx: ActionContext, params: SearchParams): Promise<SearchParams> {
  if (params.deliverTo !== null || !ctx.actor || !hasRole(ctx.actor, ...PORTAL_ROLES.buyer)) return params;
  return { ...params, deliverTo: await buyerStateCode(db, ctx.actor.userId) };
}

function resolveFilters(params: SearchParams, { categories, states }: SearchVocabulary): ResolvedFilters {
  const category = categories.find((candidate) => candidate.slug === params.category);
  const stateId = (code: string | null) => states.find((state) => state.code === code)?.id ?? null;
  return {
    categoryIds: category ? categorySubtreeIds(categories, category.id) : null,
    marketPage: params.market ? findMarketPage(params.market) : null,
    price: params.price,
    stateId: stateId(params.state),
    types: params.types,
    makeInIndia: params.makeInIndia,
    deliverToStateId: stateId(params.deliverTo),
    rating: params.rating,
  };
}

// Without words, every filter narrows the scan itself (the facets then count conjunctively):
// counting all 15 lakh listings for each facet would be too slow and says little.
function searchFacets(db: Db, query: string | null, filters: ResolvedFilters): Promise<RawFacetCounts> {
  const params = sqlParams();
  const conditions = facetConditions(filters, params);
  const text = query ? `document @@ to_tsquery('english', ${params.add(query)})` : allOf(Object.values(conditions));
  return countFacets(db, allOf([text, marketPageCondition(filters.marketPage, params)]), conditions, params);
}

const ORDER_BY: Record<Exclude<SearchSort, "relevance">, string> = {
  "price-asc": `"pricePaise", "listingId"`,
  "price-desc": `"pricePaise" DESC, "listingId"`,
  delivery: `"deliveryDays", "pricePaise", "listingId"`,
};

// Relevance: ts_rank_cd with weights D 0.1, C 0.2, B 0.4, A 1.0 (title and brand count most),
// nudged by the rating (a 5-star listing ranks 25 % higher than an unrated one).
const RELEVANCE = (query: string) => `ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', document, to_tsquery('english', ${query})) * (1 + coalesce(rating, 0) / 20) DESC, "listingId"`;

async function pageOfResults(db: Db, query: string | null, filters: ResolvedFilters, sort: SearchSort, page: number): Promise<number[]> {
  const params = sqlParams();
  const queryParam = query ? params.add(query) : null;
  const where = allOf([queryParam ? `document @@ to_tsquery('english', ${queryParam})` : null, marketPageCondition(filters.marketPage, params), ...Object.values(facetConditions(filters, params))]);
  const orderBy = sort !== "relevance" ? ORDER_BY[sort] : queryParam ? RELEVANCE(queryParam) : `rating DESC NULLS LAST, "approvedAt" DESC, "listingId"`;
  const rows = await db.$queryRawUnsafe<{ listingId: number }[]>(
    `SELECT "listingId" FROM "ListingSearch" WHERE ${where} ORDER BY ${orderBy} LIMIT ${PAGE_SIZE} OFFSET ${params.add((page - 1) * PAGE_SIZE)}`,
    ...params.values,
  );
  return rows.map((row) => row.listingId);
}
