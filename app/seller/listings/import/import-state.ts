import type { ListingStatus } from "@/lib/db/generated/enums";

// What the upload form shows: nothing yet, a refused file (message key and parameters), or
// the import's result with each bad row's messages already in the seller's language.
export type ImportResultView = {
  fileName: string;
  rowCount: number;
  importedCount: number;
  errorCount: number;
  status: ListingStatus;
  repeated: boolean;
  badRows: { row: number; errors: { column: string; message: string }[] }[];
  badRowsCsv: string | null;
};

export type ImportState = { status: "idle" } | { status: "failed"; message: string; params?: Record<string, string> } | { status: "done"; result: ImportResultView };
