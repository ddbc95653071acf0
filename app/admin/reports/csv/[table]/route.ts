import { getLocale, getTranslations } from "next-intl/server";
import { csvResponse } from "@/app/_lib/csv-response";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { getProcurementReport, type Breakdown } from "@/lib/reporting/get-procurement-report";
import { financialYearOf } from "@/lib/reporting/financial-year";
import { figuresCsv } from "@/lib/reporting/report-csv";
import { ReportParamsSchema } from "@/lib/reporting/report-params";
import { rowLabel } from "../../_components/report-labels";

// GET /admin/reports/csv/<table>?<the view's parameters>: one table of the overview as CSV,
// for the same admin scope, period and narrowings as the page.
export async function GET(request: Request, { params }: { params: Promise<{ table: string }> }) {
  const actor = await requirePortal("admin", "/admin/reports");
  const { table } = await params;
  const query = ReportParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [t, locale, report] = await Promise.all([getTranslations(), getLocale(), getProcurementReport(getDatabase().db, actor, query)]);
  const label = (key: string) => t(key as Parameters<typeof t>[0]);
  const monthName = new Intl.DateTimeFormat("en-IN", { month: "short", year: "numeric", timeZone: "UTC" });
  const rows =
    table === "months"
      ? report.months.map((row) => ({ label: report.period.year ? monthName.format(new Date(`${row.key}T00:00:00Z`)) : `${row.key} (${financialYearOf(new Date(`${row.key}T12:00:00Z`)).label})`, figures: row.figures }))
      : table in report.breakdowns
        ? (report.breakdowns[table as Breakdown] ?? []).map((row) => ({ label: rowLabel(label, locale, table as Breakdown, row), figures: row.figures }))
        : null;
  if (!rows) return new Response("Unknown table", { status: 404 });
  const columns = Object.fromEntries(["name", "gmv", "orders", "mseGmv", "mseShare", "mrp", "price", "savings", "savingsShare", "total"].map((key) => [key, label(`reports.csv.${key}`)]));
  const csv = figuresCsv(columns as Parameters<typeof figuresCsv>[0], rows, report.totals);
  const period = report.period.year?.label ?? "all-years";
  return csvResponse(`kraya-${table}-${period}.csv`, csv.header, csv.rows);
}
