import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/portal/pagination";
import { Badge } from "@/components/ui/badge";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { BUYER_MSE_PAGE_SIZE, listBuyerMseShares } from "@/lib/reporting/buyer-mse-table";
import { MSE_TARGET_BPS } from "@/lib/reporting/definitions";
import { startYearOf } from "@/lib/reporting/financial-year";
import { areaOf, periodOf, ReportParamsSchema, withParam } from "@/lib/reporting/report-params";
import { percentText } from "../_components/report-format";
import { ReportFilters } from "../_components/report-filters";
import { ReportHeader } from "../_components/report-header";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("buyers.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BuyerMseReportPage({ searchParams }: Props) {
  const actor = await requirePortal("admin", "/admin/reports/buyers");
  const raw = await searchParams;
  const parsed = ReportParamsSchema.parse(raw);
  // The target is annual: this view is always one financial year.
  const params = { year: parsed.year === "all" ? undefined : parsed.year };
  const page = Math.max(1, Number(raw.page) || 1);
  const now = new Date();
  const period = periodOf(params, now);
  const year = period.year!;
  const [t, table] = await Promise.all([getTranslations("reports"), listBuyerMseShares(getDatabase().db, actor, startYearOf(year), { page })]);
  const title = t("buyers.tableTitle", { year: year.label });
  return (
    <>
      <ReportHeader title={t("buyers.title")} area={areaOf(actor, {})} />
      <ReportFilters params={params} period={period} narrowings={[]} now={now} />
      <section aria-labelledby="buyer-mse" className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5">
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="buyer-mse" className="text-lg font-bold text-navy-900">{title}</h2>
          <a href={`/admin/reports/buyers/csv${withParam(params, "year", startYearOf(year))}`} download className="text-sm font-semibold text-navy-700 underline print:hidden">{t("downloadCsv")}<span className="sr-only">: {title}</span></a>
        </div>
        <p className="mb-3 text-slate-800">{t("buyers.summary", { below: formatIndianNumber(table.belowTarget), total: formatIndianNumber(table.total), target: percentText(MSE_TARGET_BPS.mse) })}</p>
        {table.rows.length === 0 ? <p>{t("noOrders")}</p> : (
          <DataTable
            caption={title}
            rows={table.rows}
            rowKey={(row) => row.organisationId}
            columns={[
              { header: t("buyers.organisation"), cell: (row) => row.name },
              { header: t("columns.mseShare"), numeric: true, cell: (row) => (
                <span className="inline-flex items-center gap-2">{percentText(row.mseShareBps)}<Badge tone={row.mseShareBps >= MSE_TARGET_BPS.mse ? "success" : "warning"}>{row.mseShareBps >= MSE_TARGET_BPS.mse ? t("buyers.met") : t("buyers.below")}</Badge></span>
              ) },
              { header: t("buyers.mseGmv"), numeric: true, cell: (row) => formatRupees(row.mseGmvPaise) },
              { header: t("columns.gmv"), numeric: true, cell: (row) => formatRupees(row.gmvPaise) },
              { header: t("columns.orders"), numeric: true, cell: (row) => formatIndianNumber(row.orders) },
            ]}
          />
        )}
        <div className="mt-4"><Pagination page={page} pageCount={Math.ceil(table.total / BUYER_MSE_PAGE_SIZE)} messages="reports.buyers" hrefFor={(next) => `${withParam(params, "year", startYearOf(year))}&page=${next}`} /></div>
      </section>
    </>
  );
}
