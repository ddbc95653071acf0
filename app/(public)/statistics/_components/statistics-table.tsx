import type { Summary } from "@/lib/reporting/public-statistics";
import { statisticsFormatters } from "./formatters";

export type TableRow = { key: string; label: string; summary: Summary };

const cell = "px-4 py-2 text-right tabular-nums whitespace-nowrap";

// One row per year or state: GMV, orders, MSE share and savings, with the total below.
export async function StatisticsTable({ caption, firstColumn, rows, total }: { caption: string; firstColumn: string; rows: TableRow[]; total: Summary }) {
  const { t, count, share, rupees } = await statisticsFormatters();
  const figures = (summary: Summary) => (
    <>
      <td className={cell}>{rupees(summary.gmvPaise)}</td>
      <td className={cell}>{count(summary.orders)}</td>
      <td className={cell}>{share(summary.mseBps)}</td>
      <td className={cell}>{share(summary.savingsBps)}</td>
    </>
  );
  return (
    <div tabIndex={0} role="region" aria-label={caption} className="overflow-x-auto rounded-lg border border-navy-100 bg-white shadow-sm">
      <table className="w-full border-collapse text-left">
        <caption className="px-4 py-2 text-left text-sm text-slate-700">{caption}</caption>
        <thead className="bg-navy-50 text-sm text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              {firstColumn}
            </th>
            {(["gmv", "orders", "mseShare", "savings"] as const).map((key) => (
              <th key={key} scope="col" className={`${cell} font-semibold`}>
                {t(`table.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-navy-100">
              <th scope="row" className="px-4 py-2 font-normal">
                {row.label}
              </th>
              {figures(row.summary)}
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-navy-200 font-semibold">
          <tr>
            <th scope="row" className="px-4 py-2">
              {t("table.total")}
            </th>
            {figures(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
