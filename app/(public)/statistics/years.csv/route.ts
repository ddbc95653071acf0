import { csvResponse } from "@/app/_lib/csv-response";
import { yearsCsv } from "@/app/_lib/public-statistics-csv";
import { getDatabase } from "@/lib/db/client";
import { getPublicStatistics } from "@/lib/reporting/public-statistics";

// Read at every request: the figures change with every order.
export const dynamic = "force-dynamic";

// The public figures of every financial year, with their total. No sign-in.
export async function GET() {
  const table = yearsCsv(await getPublicStatistics(getDatabase().db, { year: "all", now: new Date() }));
  return csvResponse(table.filename, table.header, table.rows);
}
