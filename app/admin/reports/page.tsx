import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { getProcurementReport, type Breakdown } from "@/lib/reporting/get-procurement-report";
import { ReportParamsSchema, withParam } from "@/lib/reporting/report-params";
import { BreakdownTable } from "./_components/breakdown-table";
import { FigureCards } from "./_components/figure-cards";
import { ModeTable } from "./_components/mode-table";
import { ReportFilters } from "./_components/report-filters";
import { ReportHeader } from "./_components/report-header";
import { BREAKDOWN_PARAM, rowLabel } from "./_components/report-labels";
import { TrendSection } from "./_components/trend-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("overview.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsOverviewPage({ searchParams }: Props) {
  const actor = await requirePortal("admin", "/admin/reports");
  const params = ReportParamsSchema.parse(await searchParams);
  const now = new Date();
  const [t, locale, report] = await Promise.all([getTranslations(), getLocale(), getProcurementReport(getDatabase().db, actor, params, now)]);
  const csv = (table: string) => `/admin/reports/csv/${table}${withParam(params, "year", params.year)}`;
  const label = (key: string) => t(key as Parameters<typeof t>[0]);
  const narrowings = report.narrowedBy.map((narrowing) => {
    const breakdown = (Object.keys(BREAKDOWN_PARAM) as Breakdown[]).find((key) => BREAKDOWN_PARAM[key] === narrowing.key) ?? "ministry";
    return { key: narrowing.key, label: `${t(`reports.narrow.${narrowing.key}`)}: ${rowLabel(label, locale, breakdown, narrowing)}` };
  });
  return (
    <>
      <ReportHeader title={t("reports.overview.title")} area={report.area} />
      <ReportFilters params={params} period={report.period} narrowings={narrowings} now={now} />
      <FigureCards totals={report.totals} registered={report.registered} />
      <TrendSection months={report.months} period={report.period} csvHref={csv("months")} />
      <ModeTable totals={report.totals} />
      <div className="mt-8 grid gap-6 xl:grid-cols-2">
        {(Object.keys(report.breakdowns) as Breakdown[]).map((breakdown) => (
          <BreakdownTable
            key={breakdown}
            id={`breakdown-${breakdown}`}
            title={t(`reports.breakdowns.${breakdown}`)}
            csvHref={csv(breakdown)}
            rows={(report.breakdowns[breakdown] ?? []).map((row) => ({
              key: row.param,
              label: rowLabel(label, locale, breakdown, row),
              href: withParam(params, BREAKDOWN_PARAM[breakdown], row.param),
              figures: row.figures,
            }))}
          />
        ))}
      </div>
    </>
  );
}
