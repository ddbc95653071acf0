import { csvResponse } from "@/app/_lib/csv-response";
import { statesCsv } from "@/app/_lib/public-statistics-csv";
import { getDatabase } from "@/lib/db/client";
import { getPublicStatistics, readStatisticsYear } from "@/lib/reporting/public-statistics";

// The public figures by seller's state for `?year=2025` (FY 2025-26) or `?year=all`; any
// other value is the current year, as on the page. No sign-in.
export async function GET(request: Request) {
  const now = new Date();
  const year = readStatisticsYear(new URL(request.url).searchParams.get("year"), now);
  const table = statesCsv(await getPublicStatistics(getDatabase().db, { year, now }));
  return csvResponse(table.filename, table.header, table.rows);
}
