import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { orRefuse } from "@/app/_lib/or-refuse";
import { SectionHeading } from "@/components/portal/section-heading";
import { CompactRupees } from "@/components/reporting/money-amount";
import { StatGrid } from "@/components/reporting/stat-grid";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { bpsAsPercent, formatIndianNumber } from "@/lib/money/format";
import { getInclusionDashboard } from "@/lib/reporting/inclusion-dashboard";
import { readSearchParams, type SearchParams } from "../../_components/search-params";
import { ReportNav } from "../_components/report-nav";
import { InclusionFilters } from "./_components/inclusion-filters";
import { placeTitle } from "./_components/inclusion-names";
import { InclusionParamsSchema, queryOf } from "./_components/inclusion-params";
import { InclusionTable } from "./_components/inclusion-table";
import { PlaceTrail } from "./_components/place-trail";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inclusion");
  return { title: t("title") };
}

export default async function InclusionDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePortal("admin", "/admin/reports/inclusion");
  const params = InclusionParamsSchema.parse(await readSearchParams(searchParams));
  const [t, locale, dashboard] = await Promise.all([getTranslations("inclusion"), getLocale(), orRefuse(getInclusionDashboard(getDatabase().db, actor, queryOf(params)))]);
  const { totals } = dashboard;
  const group = t(`groups.${dashboard.group}`);
  const count = (value: number) => formatIndianNumber(value);

  return (
    <>
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
      </div>
      <div>
        <ReportNav />
        <PlaceTrail dashboard={dashboard} actor={actor} />
        <p className="mt-2 text-slate-700">{dashboard.year ? t("period.year", { group, year: dashboard.year.label }) : t("period.all", { group })}</p>
      </div>
      <InclusionFilters dashboard={dashboard} />
      <section aria-labelledby="inclusion-figures" className="break-inside-avoid">
        <SectionHeading id="inclusion-figures">{t("figures.title", { place: placeTitle(t, locale, dashboard.place) })}</SectionHeading>
        <StatGrid
          stats={[
            { id: "inclusion-sellers", label: t("figures.sellers"), hint: t("figures.sellersHint"), value: count(totals.sellers) },
            { id: "inclusion-uploaded", label: t("figures.uploaded"), hint: t("figures.uploadedHint"), value: count(totals.productsUploaded) },
            { id: "inclusion-approved", label: t("figures.approved"), hint: t("figures.approvedHint"), value: count(totals.productsApproved) },
            { id: "inclusion-received", label: t("figures.received"), hint: t("figures.receivedHint"), value: count(totals.ordersReceived) },
            {
              id: "inclusion-fulfilled",
              label: t("figures.fulfilled"),
              hint: t("figures.fulfilledHint", { share: totals.fulfilledBps === null ? t("noShare") : t("percent", { value: bpsAsPercent(totals.fulfilledBps, 1) }) }),
              value: count(totals.ordersFulfilled),
            },
            { id: "inclusion-value", label: t("figures.value"), hint: t("figures.valueHint"), value: <CompactRupees paise={totals.valuePaise} /> },
          ]}
        />
      </section>
      <InclusionTable dashboard={dashboard} />
    </>
  );
}
