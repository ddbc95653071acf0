import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { localName } from "@/components/portal/local-name";
import { Button } from "@/components/ui/button";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { lastWholeMonth, listMinistrySavings } from "@/lib/reporting/ministry-savings";
import { areaOf } from "@/lib/reporting/report-params";
import { percentText, savingsPaise, savingsShare } from "../_components/report-format";
import { ReportHeader } from "../_components/report-header";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("ministries.title") };
}

const MonthSchema = z.object({ month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/).optional().catch(undefined) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MinistrySavingsPage({ searchParams }: Props) {
  const actor = await requirePortal("admin", "/admin/reports/ministries");
  const month = MonthSchema.parse(await searchParams).month ?? lastWholeMonth(new Date());
  const area = areaOf(actor, {});
  const [t, locale, rows] = await Promise.all([getTranslations("reports"), getLocale(), listMinistrySavings(getDatabase().db, area, month)]);
  const monthLabel = new Intl.DateTimeFormat(locale === "hi" ? "hi-IN" : "en-IN", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  const title = t("ministries.tableTitle", { month: monthLabel });
  return (
    <>
      <ReportHeader title={t("ministries.title")} area={area} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-navy-100 bg-white p-4 shadow-sm print:hidden">
        <div>
          <label htmlFor="report-month" className="block font-semibold text-slate-900">{t("ministries.month")}</label>
          <input id="report-month" type="month" name="month" defaultValue={month} min="2023-04" className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base" />
        </div>
        <Button type="submit">{t("filters.show")}</Button>
      </form>
      <section aria-labelledby="ministry-savings" className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5">
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="ministry-savings" className="text-lg font-bold text-navy-900">{title}</h2>
          <a href={`/admin/reports/ministries/csv?month=${month}`} download className="text-sm font-semibold text-navy-700 underline print:hidden">{t("downloadCsv")}<span className="sr-only">: {title}</span></a>
        </div>
        <p className="mb-3 text-sm text-slate-700">{t("ministries.note")}</p>
        {rows.length === 0 ? <p>{t("noOrders")}</p> : (
          <DataTable
            caption={title}
            rows={rows}
            rowKey={(row) => row.ministryId}
            columns={[
              { header: t("ministries.ministry"), cell: (row) => localName(locale, row) },
              { header: t("columns.savings"), numeric: true, cell: (row) => formatRupees(savingsPaise(row.figures)) },
              { header: t("ministries.savingsShare"), numeric: true, cell: (row) => percentText(savingsShare(row.figures)) },
              { header: t("ministries.mrp"), numeric: true, cell: (row) => formatRupees(row.figures.mrpPaise) },
              { header: t("columns.orders"), numeric: true, cell: (row) => formatIndianNumber(row.figures.orders) },
            ]}
          />
        )}
      </section>
    </>
  );
}
