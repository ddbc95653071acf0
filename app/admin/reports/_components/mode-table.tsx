import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { shareBps } from "@/lib/reporting/definitions";
import type { Figures } from "@/lib/reporting/read-figures";
import { percentText } from "./report-format";

// GMV by buying mode (GFR 149: direct purchase, L1, bid).
export async function ModeTable({ totals }: { totals: Figures }) {
  const t = await getTranslations("reports");
  const modes = [
    { key: "DIRECT", orders: totals.directOrders, gmv: totals.directGmvPaise },
    { key: "L1", orders: totals.l1Orders, gmv: totals.l1GmvPaise },
    { key: "BID", orders: totals.bidOrders, gmv: totals.bidGmvPaise },
  ] as const;
  return (
    <section aria-labelledby="by-mode" className="mt-8 rounded-lg border border-navy-100 bg-white p-4 shadow-sm print:break-inside-avoid sm:p-5">
      <h2 id="by-mode" className="mb-3 text-lg font-bold text-navy-900">{t("breakdowns.mode")}</h2>
      <DataTable
        caption={t("breakdowns.mode")}
        named={false}
        rows={[...modes]}
        rowKey={(mode) => mode.key}
        columns={[
          { header: t("columns.mode"), cell: (mode) => t(`mode.${mode.key}`) },
          { header: t("columns.gmv"), numeric: true, cell: (mode) => formatRupees(mode.gmv) },
          { header: t("columns.orders"), numeric: true, cell: (mode) => formatIndianNumber(mode.orders) },
          { header: t("columns.gmvShare"), numeric: true, cell: (mode) => percentText(shareBps(mode.gmv, totals.gmvPaise)) },
        ]}
      />
    </section>
  );
}
