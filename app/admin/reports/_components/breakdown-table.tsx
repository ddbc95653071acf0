import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { Figures } from "@/lib/reporting/read-figures";
import { croreOf, mseShare, percentText, savingsShare } from "./report-format";

export type FigureTableRow = { key: string; label: string; href?: string; figures: Figures };

// One breakdown: a chart of the largest rows and the table of all of them, whose names narrow
// the page; the CSV link downloads the same rows.
export async function BreakdownTable({ id, title, rows, csvHref, chartRows = 10, chart = "rows" }: { id: string; title: string; rows: FigureTableRow[]; csvHref: string; chartRows?: number; chart?: "rows" | "columns" }) {
  const t = await getTranslations("reports");
  const bars = rows.slice(0, chartRows).map((row) => ({ label: row.label, value: croreOf(row.figures.gmvPaise), display: formatRupees(row.figures.gmvPaise), href: row.href }));
  return (
    <section aria-labelledby={id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm print:break-inside-avoid sm:p-5">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-bold text-navy-900">{title}</h2>
        <a href={csvHref} className="text-sm font-semibold text-navy-700 underline print:hidden" download>
          {t("downloadCsv")}<span className="sr-only">: {title}</span>
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("noOrders")}</p>
      ) : (
        <>
          {rows.length > 1 ? <BarChartFigure bars={bars} layout={chart} /> : null}
          <div tabIndex={0} className="mt-3 overflow-x-auto">
            <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead className="bg-navy-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-semibold">{t("columns.name")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.gmv")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.orders")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.mseShare")}</th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">{t("columns.savings")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-t border-navy-100">
                    <th scope="row" className="px-3 py-2 font-medium">
                      {row.href ? <Link href={row.href} scroll={false} className="text-navy-700 underline">{row.label}</Link> : row.label}
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{formatRupees(row.figures.gmvPaise)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{formatIndianNumber(row.figures.orders)}</td>
                    <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{percentText(mseShare(row.figures))}</td>
                    <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">{percentText(savingsShare(row.figures))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
