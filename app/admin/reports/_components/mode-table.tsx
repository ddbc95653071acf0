import { getTranslations } from "next-intl/server";
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
      <div tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[24rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t("breakdowns.mode")}</caption>
          <thead className="bg-navy-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t("columns.mode")}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.gmv")}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.orders")}</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.gmvShare")}</th>
            </tr>
          </thead>
          <tbody>
            {modes.map((mode) => (
              <tr key={mode.key} className="border-t border-navy-100">
                <th scope="row" className="px-3 py-2 font-medium">{t(`mode.${mode.key}`)}</th>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{formatRupees(mode.gmv)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatIndianNumber(mode.orders)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{percentText(shareBps(mode.gmv, totals.gmvPaise))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
