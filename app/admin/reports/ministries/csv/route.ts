import { getTranslations } from "next-intl/server";
import { csvResponse } from "@/app/_lib/csv-response";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { lastWholeMonth, listMinistrySavings } from "@/lib/reporting/ministry-savings";
import { sumFigures } from "@/lib/reporting/read-figures";
import { figuresCsv, type CsvColumns } from "@/lib/reporting/report-csv";
import { areaOf } from "@/lib/reporting/report-params";

// GET /admin/reports/ministries/csv?month=YYYY-MM: ministry savings of a month.
export async function GET(request: Request) {
  const actor = await requirePortal("admin", "/admin/reports/ministries");
  const asked = new URL(request.url).searchParams.get("month") ?? "";
  const month = /^20\d\d-(0[1-9]|1[0-2])$/.test(asked) ? asked : lastWholeMonth(new Date());
  const [t, rows] = await Promise.all([getTranslations("reports.csv"), listMinistrySavings(getDatabase().db, areaOf(actor, {}), month)]);
  const columns = Object.fromEntries(["name", "gmv", "orders", "mseGmv", "mseShare", "mrp", "price", "savings", "savingsShare", "total"].map((key) => [key, t(key as "name")])) as CsvColumns;
  const csv = figuresCsv(columns, rows.map((row) => ({ label: row.name, figures: row.figures })), sumFigures(rows.map((row) => row.figures)));
  return csvResponse(`kraya-ministry-savings-${month}.csv`, csv.header, csv.rows);
}
