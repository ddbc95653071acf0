import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { formatDate } from "@/components/reporting/format-date";
import { YearForm } from "@/components/reporting/year-form";
import { getDatabase } from "@/lib/db/client";
import { getPublicHeadlineCounters } from "@/lib/reporting/get-public-headline-counters";
import { getPublicStatistics, readStatisticsYear } from "@/lib/reporting/public-statistics";
import { DownloadsSection } from "./_components/downloads-section";
import { HeadlineFigures } from "./_components/headline-figures";
import { RegisteredCounts } from "./_components/registered-counts";
import { StatisticsTable } from "./_components/statistics-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("statistics");
  return { title: t("title"), description: t("intro") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Read from the database on every request, never prerendered while building: a prerender
// would open the embedded database in a build worker and hold its lock.
export const dynamic = "force-dynamic";

// Public (issue 6): anyone may read it, signed in or not; proxy.ts guards the portals only.
export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const now = new Date();
  const { db } = getDatabase();
  const year = readStatisticsYear((await searchParams).year, now);
  const [t, locale, statistics, registered] = await Promise.all([
    getTranslations("statistics"),
    getLocale(),
    getPublicStatistics(db, { year, now }),
    getPublicHeadlineCounters(db),
  ]);
  const { years, chosenLabel } = statistics;
  const period = chosenLabel === null ? t("period.all") : t("period.year", { year: chosenLabel });
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <p className="mt-2 text-sm text-slate-700">{t("asOf", { time: formatDate(locale, statistics.asOf, { withTime: true }) })}</p>
      </div>
      <div className="space-y-2">
        <YearForm id="statistics-year" messages="statistics.year" years={years} chosen={String(statistics.chosen)} withAll />
        <p className="text-slate-700">
          {chosenLabel === null ? t("year.noteAll", { first: years.at(-1)!.label, last: years[0]!.label }) : t("year.noteYear", { year: chosenLabel })}
        </p>
      </div>
      <HeadlineFigures headline={statistics.headline} period={period} />
      <RegisteredCounts registered={registered} />
      <section aria-labelledby="statistics-by-year">
        <SectionHeading id="statistics-by-year">{t("byYear.title")}</SectionHeading>
        <StatisticsTable
          caption={t("byYear.caption")}
          firstColumn={t("byYear.year")}
          rows={statistics.byYear.rows.map((row) => ({ key: String(row.startYear), label: row.label, summary: row }))}
          total={statistics.byYear.total}
        />
      </section>
      <section aria-labelledby="statistics-by-state">
        <SectionHeading id="statistics-by-state" note={t("byState.note")}>
          {t("byState.title")}
        </SectionHeading>
        <StatisticsTable
          caption={t("byState.caption", { period })}
          firstColumn={t("byState.state")}
          rows={statistics.byState.rows.map((row) => ({ key: String(row.stateId), label: locale === "hi" ? row.nameHi : row.name, summary: row }))}
          total={statistics.byState.total}
        />
      </section>
      <DownloadsSection chosen={statistics.chosen} period={period} />
    </div>
  );
}
