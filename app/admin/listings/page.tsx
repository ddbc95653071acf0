import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/portal/pagination";
import { localName } from "@/components/portal/local-name";
import { listListingsForReview, listRootCategories } from "@/lib/admin/listing-review";
import { ListingQueueFiltersSchema, SELLER_TYPES } from "@/lib/admin/listing-review-schemas";
import { requirePortal } from "@/lib/auth/require";
import { MARKET_PAGES } from "@/lib/catalogue/market-pages";
import { getDatabase } from "@/lib/db/client";
import { FilterForm, FilterInput, FilterSelect } from "../_components/filter-controls";
import { orRefuse } from "@/app/_lib/or-refuse";
import { readSearchParams, withParam, type SearchParams } from "../_components/search-params";
import { ListingQueue } from "./_components/listing-queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("listingReview");
  return { title: t("title") };
}

// The three markets of the category tree, named as their market pages.
const MARKETS = MARKET_PAGES.filter((page) => page.market !== null);

export default async function ListingQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("admin", "/admin/listings");
  const params = await readSearchParams(searchParams);
  const filters = ListingQueueFiltersSchema.parse(params);
  const { db } = getDatabase();
  const [t, locale, queue, categories] = await Promise.all([
    getTranslations(),
    getLocale(),
    orRefuse(listListingsForReview(db, { actor, ip: null }, filters)),
    listRootCategories(db),
  ]);
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("listingReview.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("listingReview.intro")}</p>
      </div>
      <FilterForm legend={t("adminPortal.filters")} action="/admin/listings" submitLabel={t("adminPortal.applyFilters")} clearLabel={t("adminPortal.clearFilters")}>
        <FilterSelect
          name="categoryId"
          label={t("listingReview.filters.category")}
          value={filters.categoryId ? String(filters.categoryId) : undefined}
          allLabel={t("adminPortal.all")}
          options={categories.map((category) => ({ value: String(category.id), label: localName(locale, category) }))}
        />
        <FilterSelect
          name="market"
          label={t("listingReview.filters.market")}
          value={filters.market}
          allLabel={t("adminPortal.all")}
          options={MARKETS.map((page) => ({ value: page.market as string, label: t(`catalogue.marketPages.${page.slug}.name`) }))}
        />
        <FilterSelect
          name="sellerType"
          label={t("listingReview.filters.sellerType")}
          value={filters.sellerType}
          allLabel={t("adminPortal.all")}
          options={SELLER_TYPES.map((type) => ({ value: type, label: t(`catalogue.sellerTypes.${type}`) }))}
        />
        <FilterInput name="q" label={t("listingReview.filters.search")} value={filters.q} />
      </FilterForm>
      <section aria-labelledby="queue-count" className="space-y-4">
        <h2 id="queue-count" className="text-xl font-bold text-navy-900">
          {t("listingReview.count", { count: queue.total })}
        </h2>
        <ListingQueue listings={queue.listings} locale={locale} />
        <Pagination page={queue.page} pageCount={queue.pageCount} hrefFor={(page) => withParam("/admin/listings", params, "page", String(page))} messages="adminPortal" />
      </section>
    </>
  );
}
