import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { DashboardYear, MonthFigure } from "@/lib/reporting/dashboard-figures";

// Parts shared by the seller's and the buyer organisation's dashboards.

const oneDecimal = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

// Basis points as a percentage with one decimal (6,667 bps: "66.7"), rounded on the whole
// number of basis points so that 16.85 % never turns into 16.8 through binary fractions.
export function formatBps(bps: number): string {
  return oneDecimal.format(Math.round(bps / 10) / 10);
}

// "27.4 %", or "None yet" when there is nothing to take a share of.
export async function PercentText({ bps }: { bps: number | null }) {
  const t = await getTranslations("dashboards");
  return <>{bps === null ? t("noFigure") : t("percent", { value: formatBps(bps) })}</>;
}

// A plain GET form, so choosing a year works without JavaScript and the URL can be shared.
export async function YearForm({ years, chosen }: { years: DashboardYear[]; chosen: DashboardYear }) {
  const t = await getTranslations("dashboards.year");
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
      <div>
        <label htmlFor="dashboard-year" className="block font-semibold text-slate-900">
          {t("label")}
        </label>
        <select id="dashboard-year" name="year" defaultValue={String(chosen.startYear)} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
          {years.map((year) => (
            <option key={year.startYear} value={year.startYear}>
              {year.label}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}

const cell = "px-4 py-2 text-right tabular-nums whitespace-nowrap";

// The year's GMV month by month, April to March (IST), with the year's total below.
export async function MonthlyTable({ months, caption }: { months: MonthFigure[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.table"), getLocale()]);
  const monthName = new Intl.DateTimeFormat(`${locale}-IN`, { month: "long", year: "numeric", timeZone: TIME_ZONE });
  const orders = months.reduce((sum, month) => sum + month.orders, 0);
  const gmvPaise = months.reduce((sum, month) => sum + month.gmvPaise, 0n);
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-navy-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              {t("month")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {t("orders")}
            </th>
            <th scope="col" className={`${cell} font-semibold`}>
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.monthStart.toISOString()} className="border-t border-navy-100">
              <th scope="row" className="px-4 py-2 font-normal whitespace-nowrap">
                {monthName.format(month.monthStart)}
              </th>
              <td className={cell}>{formatIndianNumber(month.orders)}</td>
              <td className={cell}>{formatRupees(month.gmvPaise)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-navy-200 font-semibold">
          <tr>
            <th scope="row" className="px-4 py-2">
              {t("total")}
            </th>
            <td className={cell}>{formatIndianNumber(orders)}</td>
            <td className={cell}>{formatRupees(gmvPaise)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
