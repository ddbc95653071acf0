import { parse } from "csv-parse/sync";
import { COMMENT_MARK, COMMON_COLUMNS, ERRORS_COLUMN, MAX_BYTES, MAX_ROWS, SPEC_PREFIX } from "./csv-columns";

// One data row of the file: its number as a spreadsheet shows it (the header is row 1) and
// its cells by lower-case column name (headers are matched whatever their case).
export type CsvRow = { row: number; cells: Record<string, string> };

// csv-parse's record with `info: true`: info.records is the record's 1-based position.
type CsvRecord = { record: string[]; info: { records: number } };

export type ParsedCsv = { columns: string[]; rows: CsvRow[] };

// Why a whole file is refused before any row is looked at (i18n keys under listingImport.fileErrors).
export type FileProblem =
  | { code: "empty" | "tooLarge" | "notUtf8" | "unreadable" }
  | { code: "tooManyRows"; count: number }
  | { code: "missingColumns" | "unknownColumns" | "duplicateColumns"; columns: string[] };

export class ListingCsvFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(`Listing CSV refused: ${problem.code}`);
    this.name = "ListingCsvFileError";
  }
}

const REQUIRED_COLUMNS = ["category", "title", "price", "mrp", "gst_rate", "stock", "delivery_states"];

// Reads a file as Excel writes it: UTF-8 with or without a byte order mark, CRLF line ends,
// a comma or (in locales with a decimal comma) a semicolon between cells, quoted cells with
// line breaks, rows padded or cut short, and blank rows at the end. The template's help row
// (category cell starting with "#") is skipped.
export function parseListingCsv(bytes: Uint8Array): ParsedCsv {
  if (bytes.byteLength > MAX_BYTES) throw new ListingCsvFileError({ code: "tooLarge" });
  const text = decodeUtf8(bytes);
  if (text.trim() === "") throw new ListingCsvFileError({ code: "empty" });
  let records: CsvRecord[];
  try {
    records = parse(text, { bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as CsvRecord[];
  } catch {
    throw new ListingCsvFileError({ code: "unreadable" });
  }
  const [header, ...data] = records;
  if (!header) throw new ListingCsvFileError({ code: "empty" });
  const columns = header.record.map((name) => name.trim());
  const keys = columns.map((name) => name.toLowerCase());
  checkColumns(keys);
  const rows: CsvRow[] = [];
  for (const { record, info } of data) {
    if (record.every((cell) => cell.trim() === "")) continue;
    // Excel may add nameless columns after the last one; they are ignored.
    const cells = Object.fromEntries(keys.flatMap((key, index) => (key === "" ? [] : [[key, unguarded((record[index] ?? "").trim())]])));
    if ((cells.category ?? "").startsWith(COMMENT_MARK)) continue;
    rows.push({ row: info.records, cells });
  }
  if (rows.length === 0) throw new ListingCsvFileError({ code: "empty" });
  if (rows.length > MAX_ROWS) throw new ListingCsvFileError({ code: "tooManyRows", count: rows.length });
  return { columns, rows };
}

// The apostrophe our bad-rows file put before a cell Excel would read as a formula.
function unguarded(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ListingCsvFileError({ code: "notUtf8" });
  }
}

// Excel saves "CSV" with semicolons where the decimal separator is a comma.
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
}

function checkColumns(columns: string[]) {
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new ListingCsvFileError({ code: "missingColumns", columns: missing });
  const known = new Set<string>([...COMMON_COLUMNS, ERRORS_COLUMN]);
  const unknown = columns.filter((column) => column !== "" && !known.has(column) && !(column.startsWith(SPEC_PREFIX) && column.length > SPEC_PREFIX.length));
  if (unknown.length > 0) throw new ListingCsvFileError({ code: "unknownColumns", columns: unknown });
  const duplicates = columns.filter((column, index) => column !== "" && columns.indexOf(column) !== index);
  if (duplicates.length > 0) throw new ListingCsvFileError({ code: "duplicateColumns", columns: [...new Set(duplicates)] });
}
