import { getTranslations } from "next-intl/server";
import { csvResponse, csvRupees } from "@/app/_lib/csv-response";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { listBuyerMseShares } from "@/lib/reporting/buyer-mse-table";
import { startYearOf } from "@/lib/reporting/financial-year";
import { periodOf, ReportParamsSchema } from "@/lib/reporting/report-params";

// Every organisation in one file: a nation has tens of thousands, a spreadsheet holds a million rows.
const ALL_ROWS = 1_000_000;

// GET /admin/reports/buyers/csv?year=2025: every organisation of the admin's area with its
// MSE share in the year, the furthest behind first.
export async function GET(request: Request) {
  const actor = await requirePortal("admin", "/admin/reports/buyers");
  const parsed = ReportParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const year = periodOf({ year: parsed.year === "all" ? undefined : parsed.year }, new Date()).year!;
  const { db } = getDatabase();
  const t = await getTranslations("reports");
  const table = await listBuyerMseShares(db, actor, startYearOf(year), { pageSize: ALL_ROWS });
  const rows = table.rows.map((row) => [row.name, (row.mseShareBps / 100).toFixed(2), csvRupees(row.mseGmvPaise), csvRupees(row.gmvPaise), row.orders]);
  return csvResponse(`kraya-buyer-mse-${year.label}.csv`, [t("buyers.organisation"), t("csv.mseShare"), t("buyers.mseGmv"), t("csv.gmv"), t("csv.orders")], rows);
}
