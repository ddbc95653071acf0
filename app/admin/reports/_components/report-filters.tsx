import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { financialYearsBetween, startYearOf } from "@/lib/reporting/financial-year";
import { REPORTS_SINCE, withParam, type ReportParams, type ReportPeriod } from "@/lib/reporting/report-params";

export type Narrowing = { key: keyof ReportParams; label: string };

// The period (a GET form, so it works without JavaScript and the address can be shared) and
// the narrowings in force, each with a link that removes it.
export async function ReportFilters({ params, period, narrowings, now }: { params: ReportParams; period: ReportPeriod; narrowings: Narrowing[]; now: Date }) {
  const t = await getTranslations("reports.filters");
  const years = financialYearsBetween(REPORTS_SINCE, now);
  const chosen = period.year ? String(startYearOf(period.year)) : "all";
  const kept = Object.entries(params).filter(([key, value]) => key !== "year" && value !== undefined);
  return (
    <div className="mb-6 flex flex-col gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:flex-row sm:items-end sm:justify-between print:border-0 print:p-0 print:shadow-none">
      <form method="get" className="flex flex-wrap items-end gap-3 print:hidden">
        {kept.map(([key, value]) => <input key={key} type="hidden" name={key} value={String(value)} />)}
        <div>
          <label htmlFor="report-year" className="block font-semibold text-slate-900">{t("period")}</label>
          <select id="report-year" name="year" defaultValue={chosen} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base">
            {years.map((year) => (
              <option key={year.label} value={String(startYearOf(year))}>{t("financialYear", { label: year.label })}</option>
            ))}
            <option value="all">{t("allYears")}</option>
          </select>
        </div>
        <Button type="submit">{t("show")}</Button>
      </form>
      <div>
        <p className="hidden font-semibold print:block">{period.year ? t("financialYear", { label: period.year.label }) : t("allYears")}</p>
        {narrowings.length > 0 ? (
          <ul aria-label={t("narrowedBy")} className="flex flex-wrap gap-2">
            {narrowings.map((narrowing) => (
              <li key={narrowing.key} className="flex items-center gap-2 rounded-full bg-navy-50 py-1 pr-1 pl-3 text-sm font-semibold text-navy-900">
                {narrowing.label}
                <Link href={withParam(params, narrowing.key, undefined) || "?"} scroll={false} aria-label={`${t("remove")}: ${narrowing.label}`} className="rounded-full px-2 py-1 text-navy-700 underline print:hidden">
                  {t("remove")}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">{t("clickToNarrow")}</p>
        )}
      </div>
    </div>
  );
}
