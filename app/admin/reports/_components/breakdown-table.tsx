import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { DataTable } from "@/components/ui/data-table";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import type { Figures } from "@/lib/reporting/read-figures";
import { croreOf, mseShare, percentText, savingsShare } from "./report-format";

export type FigureTableRow = { key: string; label: string; href?: string; figures: Figures };

// One breakdown: a chart of the largest rows and the table of all of them, whose names narrow
// the page; the CSV link downloads the same rows.
export async function BreakdownTable({ id, title, rows, csvHref, chartRows = 10, chart = "rows", nameHeader }: { id: string; title: string; rows: FigureTableRow[]; csvHref: string; chartRows?: number; chart?: "rows" | "columns"; nameHeader?: string }) {
  const t = await getTranslations("reports");
  const bars = rows.slice(0, chartRows).map((row) => ({ label: row.label, value: croreOf(row.figures.gmvPaise), display: formatRupees(row.figures.gmvPaise), href: row.href }));
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-navy-100 bg-white p-4 shadow-sm print:break-inside-avoid sm:p-5">
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
          <div className="mt-3">
            <DataTable
              caption={title}
              named={false}
              rows={rows}
              rowKey={(row) => row.key}
              columns={[
                { header: nameHeader ?? t("columns.name"), cell: (row) => (row.href ? <Link href={row.href} scroll={false} className="text-navy-700 underline">{row.label}</Link> : row.label) },
                { header: t("columns.gmv"), numeric: true, cell: (row) => formatRupees(row.figures.gmvPaise) },
                { header: t("columns.orders"), numeric: true, cell: (row) => formatIndianNumber(row.figures.orders) },
                { header: t("columns.mseShare"), numeric: true, cell: (row) => percentText(mseShare(row.figures)) },
                { header: t("columns.savings"), numeric: true, cell: (row) => percentText(savingsShare(row.figures)) },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
