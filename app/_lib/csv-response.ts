import { stringify } from "csv-stringify/sync";

// A CSV download that spreadsheets open as they should: UTF-8 with a byte order mark (so
// Excel shows Hindi names), CRLF line ends, and amounts as plain numbers (rupees with two
// decimals, no digit grouping), so that a column's sum equals the total on the screen.
export function csvResponse(filename: string, header: string[], rows: (string | number)[][]): Response {
  const body = `\uFEFF${stringify([header, ...rows], { record_delimiter: "\r\n" })}`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // Header values are Latin-1: "2026–27" (an en dash) becomes "2026-27".
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, "-").replace(/"/g, "")}"`,
      "Cache-Control": "no-store",
    },
  });
}

// Amount columns: rupees with two decimals (lib/reporting/report-csv.ts).
export { csvRupees } from "@/lib/reporting/report-csv";
