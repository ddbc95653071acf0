import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { localName } from "@/components/portal/local-name";
import { formatOneDecimal } from "@/components/reporting/dashboard-parts";
import { StatGrid } from "@/components/reporting/stat-grid";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { getFeedbackInsights, INSIGHT_PERIODS } from "@/lib/feedback/feedback-insights";
import { formatIndianNumber } from "@/lib/money/format";
import { CommonWords } from "./_components/common-words";
import { InsightSection } from "./_components/insight-section";
import { VolumeTable, type VolumeRow } from "./_components/volume-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.insights");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<{ months?: string }> };

// What the feedback in the admin's area says: volume and ratings by month, category and
// state, where it stands, and the words it uses most.
export default async function FeedbackInsightsPage({ searchParams }: PageProps) {
  await requirePortal("admin", "/admin/feedback/insights");
  const [params, t, locale, ctx] = await Promise.all([searchParams, getTranslations("feedback"), getLocale(), actionContext()]);
  const months = INSIGHT_PERIODS.find((period) => String(period) === params.months) ?? 12;
  const insights = await getFeedbackInsights(getDatabase().db, ctx, { months });
  const monthName = new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { month: "short", year: "numeric", timeZone: "UTC" });
  const average = (value: number | null) => (value === null ? t("insights.noRating") : t("insights.averageOf", { average: formatOneDecimal(value) }));
  const bars = (rows: VolumeRow[]) => rows.map((row) => ({ label: row.label, value: row.count, display: formatIndianNumber(row.count) }));
  const byMonth: VolumeRow[] = insights.byMonth.map((row) => ({ ...row, key: row.month, label: monthName.format(new Date(`${row.month}-01T00:00:00Z`)) }));
  const byCategory: VolumeRow[] = insights.byCategory.map((row) => ({ ...row, key: row.category, label: t(`categories.${row.category}`) }));
  const byState: VolumeRow[] = insights.byState.map((row) => ({
    ...row, key: String(row.stateId), label: row.name && row.nameHi ? localName(locale, { name: row.name, nameHi: row.nameHi }) : t("insights.noState"),
  }));
  return (
    <>
      <div>
        <Link href="/admin/feedback" className="font-semibold text-navy-800 underline">
          {t("admin.detail.back")}
        </Link>
        <h1 className="mt-3 text-3xl font-bold text-navy-900">{t("insights.title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("insights.intro")}</p>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="insights-months" className="block font-semibold text-slate-900">
            {t("insights.period")}
          </label>
          <select id="insights-months" name="months" defaultValue={String(months)} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
            {INSIGHT_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t("insights.lastMonths", { count: period })}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("insights.show")}
        </Button>
      </form>
      <StatGrid
        stats={[
          { id: "stat-total", label: t("insights.total"), value: formatIndianNumber(insights.total.count) },
          { id: "stat-average", label: t("insights.average"), hint: t("insights.ratedCount", { count: insights.total.rated, formatted: formatIndianNumber(insights.total.rated) }), value: average(insights.total.averageRating) },
          { id: "stat-open", label: t("insights.open"), value: formatIndianNumber(insights.byStatus.filter((row) => row.status === "NEW").reduce((sum, row) => sum + row.count, 0)) },
        ]}
      />
      <InsightSection id="by-month" title={t("insights.byMonth")} bars={bars(byMonth)} layout="columns">
        <VolumeTable rows={byMonth} caption={t("insights.byMonth")} nameHeader={t("insights.columns.month")} />
      </InsightSection>
      <InsightSection id="by-category" title={t("insights.byCategory")} bars={bars(byCategory)} layout="rows">
        <VolumeTable rows={byCategory} caption={t("insights.byCategory")} nameHeader={t("insights.columns.category")} />
      </InsightSection>
      <InsightSection id="by-state" title={t("insights.byState")} bars={bars(byState)} layout="rows">
        <VolumeTable rows={byState} caption={t("insights.byState")} nameHeader={t("insights.columns.state")} />
      </InsightSection>
      <section aria-labelledby="by-status" className="space-y-3">
        <h2 id="by-status" className="text-xl font-bold text-navy-900">
          {t("insights.byStatus")}
        </h2>
        <DataTable
          caption={t("insights.byStatus")}
          named={false}
          rows={insights.byStatus}
          rowKey={(row) => row.status}
          columns={[
            { header: t("insights.columns.status"), cell: (row) => t(`status.${row.status}`) },
            { header: t("insights.columns.count"), numeric: true, cell: (row) => formatIndianNumber(row.count) },
          ]}
        />
      </section>
      <CommonWords words={insights.words} />
    </>
  );
}
