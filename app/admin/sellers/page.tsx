import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { listSellersForReview } from "@/lib/admin/seller-review";
import { SELLER_QUEUE_STATUSES, SellerQueueFiltersSchema } from "@/lib/admin/schemas";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listPlaces } from "@/lib/geography/places";
import { FilterForm, FilterInput, FilterSelect } from "../_components/filter-controls";
import { Pagination } from "@/components/portal/pagination";
import { readSearchParams, withParam, type SearchParams } from "../_components/search-params";
import { SellerQueue } from "./_components/seller-queue";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSellers");
  return { title: t("title") };
}

export default async function SellerQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("admin", "/admin/sellers");
  const params = await readSearchParams(searchParams);
  const filters = SellerQueueFiltersSchema.parse(params);
  const { db } = getDatabase();
  const [t, locale, queue, places] = await Promise.all([
    getTranslations(),
    getLocale(),
    listSellersForReview(db, { actor, ip: null }, filters),
    listPlaces(db),
  ]);
  const level = actor.adminScope?.level;
  // Only the places the admin can see are offered: a state admin picks among their districts.
  const statesInScope = level === "NATIONAL" ? places : places.filter((state) => state.id === actor.adminScope?.stateId);
  const districtStates = level === "NATIONAL" && filters.stateId ? places.filter((state) => state.id === filters.stateId) : statesInScope;

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("adminSellers.title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("adminSellers.intro")}</p>
      </div>
      <FilterForm legend={t("adminPortal.filters")} action="/admin/sellers" submitLabel={t("adminPortal.applyFilters")} clearLabel={t("adminPortal.clearFilters")}>
        <FilterSelect
          name="status"
          label={t("adminSellers.filters.status")}
          value={filters.status === "PENDING" ? "" : filters.status}
          allLabel={t("verificationStatus.PENDING")}
          options={SELLER_QUEUE_STATUSES.filter((status) => status !== "PENDING").map((status) => ({
            value: status,
            label: status === "ALL" ? t("adminSellers.status.ALL") : t(`verificationStatus.${status}`),
          }))}
        />
        {level === "NATIONAL" ? (
          <FilterSelect
            name="stateId"
            label={t("adminSellers.filters.state")}
            value={filters.stateId ? String(filters.stateId) : undefined}
            allLabel={t("adminPortal.all")}
            options={places.map((state) => ({ value: String(state.id), label: localName(locale, state) }))}
          />
        ) : null}
        {level === "NATIONAL" || level === "STATE" ? (
          <FilterSelect
            name="districtId"
            label={t("adminSellers.filters.district")}
            value={filters.districtId ? String(filters.districtId) : undefined}
            allLabel={t("adminPortal.all")}
            groups={districtStates.map((state) => ({
              label: localName(locale, state),
              options: state.districts.map((district) => ({ value: String(district.id), label: localName(locale, district) })),
            }))}
          />
        ) : null}
        <FilterInput name="q" label={t("adminSellers.filters.search")} hint={t("adminSellers.filters.searchHint")} value={filters.q} />
      </FilterForm>
      <section aria-labelledby="queue-count" className="space-y-4">
        <h2 id="queue-count" className="text-xl font-bold text-navy-900">
          {t("adminSellers.count", { count: queue.total })}
        </h2>
        <SellerQueue sellers={queue.sellers} locale={locale} />
        <Pagination page={queue.page} pageCount={queue.pageCount} hrefFor={(page) => withParam("/admin/sellers", params, "page", String(page))} messages="adminPortal" />
      </section>
    </>
  );
}
