import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
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

// The year's GMV month by month, April to March (IST), with the year's total below.
export async function MonthlyTable({ months, caption }: { months: MonthFigure[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("dashboards.table"), getLocale()]);
  const monthName = new Intl.DateTimeFormat(`${locale}-IN`, { month: "long", year: "numeric", timeZone: TIME_ZONE });
  const orders = months.reduce((sum, month) => sum + month.orders, 0);
  const gmvPaise = months.reduce((sum, month) => sum + month.gmvPaise, 0n);
  return (
    <DataTable
      caption={caption}
      rows={months}
      rowKey={(month) => month.monthStart.toISOString()}
      columns={[
        { header: t("month"), cell: (month) => monthName.format(month.monthStart) },
        { header: t("orders"), numeric: true, cell: (month) => formatIndianNumber(month.orders) },
        { header: t("value"), numeric: true, cell: (month) => formatRupees(month.gmvPaise) },
      ]}
      footer={{ label: t("total"), cells: [formatIndianNumber(orders), formatRupees(gmvPaise)] }}
    />
  );
}
