import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { bpsAsPercent, formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { MonthFigure } from "@/lib/reporting/dashboard-figures";

// Parts shared by the seller's and the buyer organisation's dashboards.

const oneDecimal = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function formatOneDecimal(value: number): string {
  return oneDecimal.format(value);
}

// "27.4 %", or "None yet" when there is nothing to take a share of.
export async function PercentText({ bps }: { bps: number | null }) {
  const t = await getTranslations("dashboards");
  return <>{bps === null ? t("noFigure") : t("percent", { value: bpsAsPercent(bps, 1) })}</>;
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
