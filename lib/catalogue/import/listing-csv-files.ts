import { stringify } from "csv-stringify/sync";
import type { SpecField } from "../spec-fields";
import { COMMENT_MARK, COMMON_COLUMNS, ERRORS_COLUMN, specColumn, type CommonColumn } from "./csv-columns";
import type { InvalidRow, RowError } from "./validate-listing-rows";

// Files a seller opens in Excel: UTF-8 with a byte order mark (so Excel shows Hindi), CRLF.
// Cells that echo what someone typed have a leading =, +, -, @ guarded with an apostrophe, so
// Excel never runs them as formulas (parse-listing-csv.ts removes it again on upload).
function toCsv(records: string[][], options: { escapeFormulas?: boolean } = {}): string {
  return stringify(records, { bom: true, record_delimiter: "windows", escape_formulas: options.escapeFormulas ?? false });
}

export type TemplateCategory = { slug: string; name: string; specFields: SpecField[] };

// The help row's text for each column, in the seller's language.
export type TemplateHelp = { commentLead: string; common: Record<CommonColumn, string>; spec: (field: SpecField) => string };

// Header, a help row (skipped on upload: its first cell starts with "#") and one example
// row the seller overwrites.
export function listingTemplateCsv(category: TemplateCategory, help: TemplateHelp): string {
  const columns = [...COMMON_COLUMNS, ...category.specFields.map(specColumn)];
  const helpRow = [
    `${COMMENT_MARK} ${help.commentLead} ${help.common.category}`,
    ...COMMON_COLUMNS.slice(1).map((column) => help.common[column]),
    ...category.specFields.map(help.spec),
  ];
  const example: Record<CommonColumn, string> = {
    category: category.slug,
    title: `${category.name} (example)`,
    description: "",
    brand: "",
    model: "",
    price: "1000",
    mrp: "1200",
    gst_rate: "18",
    stock: "100",
    min_order: "1",
    delivery_days: "7",
    delivery_states: "ALL",
    country_of_origin: "IN",
    local_content_percent: "100",
  };
  const exampleRow = [...COMMON_COLUMNS.map((column) => example[column]), ...category.specFields.map(exampleValue)];
  return toCsv([columns, helpRow, exampleRow]);
}

function exampleValue(field: SpecField): string {
  if (field.type === "enum") return field.values?.[0] ?? "";
  return field.type === "number" ? "1" : "Example";
}

// The bad rows as uploaded, with an "errors" column saying what to fix ("price: ..."), to
// correct and upload again (the importer ignores that column).
export function badRowsCsv(columns: string[], rows: InvalidRow[], describe: (error: RowError) => string): string {
  const kept = columns.filter((column) => column !== "" && column.toLowerCase() !== ERRORS_COLUMN);
  return toCsv([
    [...kept, ERRORS_COLUMN],
    ...rows.map((row) => [...kept.map((column) => row.cells[column.toLowerCase()] ?? ""), row.errors.map((error) => `${error.column}: ${describe(error)}`).join("; ")]),
  ], { escapeFormulas: true });
}
