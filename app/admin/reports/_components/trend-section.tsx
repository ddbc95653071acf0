import { getLocale, getTranslations } from "next-intl/server";
import { financialYearOf } from "@/lib/reporting/financial-year";
import { sumFigures, type FigureRow } from "@/lib/reporting/read-figures";
import type { ReportPeriod } from "@/lib/reporting/report-params";
import { BreakdownTable } from "./breakdown-table";

// GMV month by month in a financial year; over all years, year by year.
export async function TrendSection({ months, period, csvHref }: { months: FigureRow[]; period: ReportPeriod; csvHref: string }) {
  const [t, locale] = await Promise.all([getTranslations("reports"), getLocale()]);
  const monthName = new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { month: "short", year: "numeric", timeZone: "UTC" });
  if (period.year) {
    const rows = months.map((row) => ({ key: String(row.key), label: monthName.format(new Date(`${row.key}T00:00:00Z`)), figures: row.figures }));
    return <BreakdownTable id="trend" title={t("trend.months")} rows={rows} csvHref={csvHref} chartRows={12} chart="columns" nameHeader={t("columns.month")} />;
  }
  const years = new Map<string, FigureRow["figures"][]>();
  for (const row of months) {
    const label = financialYearOf(new Date(`${row.key}T12:00:00Z`)).label;
    years.set(label, [...(years.get(label) ?? []), row.figures]);
  }
  const rows = [...years].map(([label, figures]) => ({ key: label, label, figures: sumFigures(figures) }));
  return <BreakdownTable id="trend" title={t("trend.years")} rows={rows} csvHref={csvHref} nameHeader={t("columns.year")} />;
}
