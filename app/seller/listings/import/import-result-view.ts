import "server-only";
import { badRowsCsv } from "@/lib/catalogue/import/listing-csv-files";
import type { ListingImportResult } from "@/lib/catalogue/import/import-listings";
import type { ListingCsvFileError } from "@/lib/catalogue/import/parse-listing-csv";
import type { RowError } from "@/lib/catalogue/import/validate-listing-rows";
import type { ImportState } from "./import-state";

type Translate = (key: string, params?: Record<string, string>) => string;

// The result in the seller's language, with the bad rows as a CSV to fix and upload again.
export function importResultState(result: ListingImportResult, t: Translate): ImportState {
  const describe = (error: RowError) => t(error.message, error.params);
  const { invalid, columns, fileName, rowCount, importedCount, errorCount, status, repeated } = result;
  return {
    status: "done",
    result: {
      fileName,
      rowCount,
      importedCount,
      errorCount,
      status,
      repeated,
      badRows: invalid.map((row) => ({ row: row.row, errors: row.errors.map((error) => ({ column: error.column, message: describe(error) })) })),
      badRowsCsv: invalid.length > 0 ? badRowsCsv(columns, invalid, describe) : null,
    },
  };
}

// A refused file: the message key and its parameters ("price, mrp").
export function fileErrorState(error: ListingCsvFileError): ImportState {
  const { code, ...params } = error.problem;
  const texts = Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : String(value)]);
  return { status: "failed", message: `listingImport.fileErrors.${code}`, params: Object.fromEntries(texts) };
}
