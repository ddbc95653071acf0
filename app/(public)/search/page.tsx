import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { FollowCategoryButton } from "@/components/catalogue/follow-button";
import { FeedbackLink } from "@/components/feedback/feedback-link";
import { ListingCard } from "@/components/catalogue/listing-card";
import { Pagination } from "@/components/portal/pagination";
import { SearchBox } from "@/components/search/search-box";
import { loadListingCards } from "@/lib/catalogue/listing-cards";
import { getDatabase } from "@/lib/db/client";
import { searchListings, type SearchOutcome } from "@/lib/search/search-listings";
import { readSearchParams, searchHref, SORTS, type SearchParams } from "@/lib/search/search-params";
import { FilterPanel } from "./_components/filter-panel";
import { MarketPageLinks, NoResults } from "./_components/no-results";
import { SelectedFilters } from "./_components/selected-filters";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  const [t, params] = await Promise.all([getTranslations("search"), searchParams.then(readSearchParams)]);
  return { title: params.q ? t("metaTitleFor", { q: params.q }) : t("metaTitle"), description: t("metaDescription") };
}

// Without words or filters there is nothing to search yet: the page offers where to start.
function isBlank(params: SearchParams): boolean {
  return !params.q && !params.category && !params.market && params.types.length === 0 && !params.state && !params.price && !params.makeInIndia && !params.rating;
}

export default async function SearchPage({ searchParams }: PageProps) {
  const [t, tFeedback, params, ctx] = await Promise.all([getTranslations("search"), getTranslations("feedback"), searchParams.then(readSearchParams), actionContext()]);
  const { db } = getDatabase();
  const outcome = isBlank(params) ? null : await searchListings(db, ctx, params);
  return (
    <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
      <h1 className="text-2xl font-bold text-navy-900 sm:text-3xl">{params.q ? t("titleFor", { q: params.q }) : t("title")}</h1>
      <div className="mt-4 max-w-3xl">
        <SearchBox defaultValue={params.q} id="search-page-q" />
      </div>
      {outcome ? <Results outcome={outcome} /> : <StartHere />}
      <p className="mt-8 border-t border-navy-100 pt-4">
        <FeedbackLink category="search" page={isBlank(params) ? "/search" : searchHref(params)} className="font-semibold text-navy-800 underline">
          {tFeedback("searchLink")}
        </FeedbackLink>
      </p>
    </div>
  );
}

async function StartHere() {
  const [t, tc] = await Promise.all([getTranslations("search.start"), getTranslations("catalogue.marketPages")]);
  return (
    <section aria-labelledby="start-here" className="mt-8 rounded-lg border border-navy-100 bg-white p-6">
      <h2 id="start-here" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <MarketPageLinks intro={t("text")} names={(slug) => tc(`${slug}.name`)} />
    </section>
  );
}

async function Results({ outcome }: { outcome: SearchOutcome }) {
  const t = await getTranslations("search");
  const { db } = getDatabase();
  const cards = await loadListingCards(db, outcome.listingIds);
  const { params } = outcome;
  // Narrowed to a category, a buyer can follow it from here.
  const category = outcome.vocabulary.categories.find((candidate) => candidate.slug === params.category);
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[17rem_1fr]">
      <aside aria-label={t("filters.title")}>
        {/* Keyed by the search: on a phone, choosing a filter closes the panel and shows the results. */}
        <details key={searchHref(params)} className="group rounded-lg border border-navy-100 bg-white px-4 lg:border-0 lg:bg-transparent lg:px-0 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block">
          <summary className="flex min-h-12 cursor-pointer items-center font-semibold text-navy-900 lg:hidden">{t("filters.show")}</summary>
          <FilterPanel outcome={outcome} />
        </details>
      </aside>
      <section aria-labelledby="results-heading" className="min-w-0">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="results-heading" className="sr-only">
              {t("results")}
            </h2>
            <p className="text-lg font-semibold text-navy-900" aria-live="polite">
              {t("count", { total: outcome.total })}
            </p>
            <Notices outcome={outcome} />
          </div>
          <SortForm params={params} />
        </div>
        <div className="mt-3">
          <SelectedFilters outcome={outcome} />
        </div>
        {category ? (
          <div className="mt-3">
            <FollowCategoryButton category={category} returnTo={searchHref(params)} />
          </div>
        ) : null}
        {cards.length > 0 ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
            {cards.map((card) => (
              <li key={card.id}>
                <ListingCard listing={card} />
              </li>
            ))}
          </ul>
        ) : (
          <div className="mt-4">
            <NoResults />
          </div>
        )}
        <div className="mt-6">
          <Pagination page={params.page} pageCount={outcome.pageCount} hrefFor={(page) => searchHref(params, { page })} messages="search" />
        </div>
      </section>
    </div>
  );
}

async function Notices({ outcome }: { outcome: SearchOutcome }) {
  const t = await getTranslations("search");
  const { params, corrections } = outcome;
  if (corrections.length > 0) {
    const corrected = corrections.reduce((q, { from, to }) => q.replace(new RegExp(`\\b${from}\\b`, "i"), to), params.q.toLowerCase());
    return (
      <p className="mt-1 text-slate-700">
        {t.rich("correction", { corrected, strong: (chunks) => <strong className="font-semibold text-navy-900">{chunks}</strong> })}{" "}
        <Link href={searchHref(params, { verbatim: true })}>{t("searchInstead", { original: params.q })}</Link>
      </p>
    );
  }
  return outcome.matchedAnyWord ? <p className="mt-1 text-slate-700">{t("anyWord")}</p> : null;
}

async function SortForm({ params }: { params: SearchParams }) {
  const t = await getTranslations("search.sort");
  const carried = new URLSearchParams(searchHref(params, { sort: "relevance" }).split("?")[1] ?? "");
  return (
    <form action="/search" method="get" className="flex items-end gap-2">
      {[...carried.entries()].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="search-sort" className="block text-sm font-medium text-slate-700">
          {t("label")}
        </label>
        <select id="search-sort" name="sort" defaultValue={params.sort} className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base">
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(sort)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-navy-700 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50">
        {t("apply")}
      </button>
    </form>
  );
}
