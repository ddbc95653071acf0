import type { z } from "zod";
import type { CatalogueKind } from "../../db/generated/enums";
import { ListingFields, type ListingFieldValues } from "../listing-schema";
import { specificationsSchema, type SpecField, type Specifications } from "../spec-fields";
import { FIELD_COLUMNS, SPEC_PREFIX, specColumn } from "./csv-columns";
import type { CsvRow, ParsedCsv } from "./parse-listing-csv";

export type ImportCategory = { id: number; kind: CatalogueKind; specFields: SpecField[] };

// What the rows are checked against: leaf categories by slug, states by code ("KA").
export type ImportReference = { categories: Map<string, ImportCategory>; stateIds: Map<string, number> };

// message is an i18n key; params fill it in (e.g. the allowed values).
export type RowError = { column: string; message: string; params?: Record<string, string> };

export type ValidRow = { row: number; fields: ListingFieldValues; specifications: Specifications; kind: CatalogueKind; stateIds: number[] };

export type InvalidRow = { row: number; cells: Record<string, string>; errors: RowError[] };

// Every row is checked on its own with the seller form's rules (ListingFields and the
// category's specificationsSchema), and every problem of a row is reported, not the first.
export function validateListingRows(csv: ParsedCsv, reference: ImportReference): { valid: ValidRow[]; invalid: InvalidRow[] } {
  const valid: ValidRow[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of csv.rows) {
    const outcome = validateRow(row, reference);
    if ("errors" in outcome) invalid.push({ row: row.row, cells: row.cells, errors: outcome.errors });
    else valid.push(outcome);
  }
  return { valid, invalid };
}

function validateRow({ row, cells }: CsvRow, reference: ImportReference): ValidRow | { errors: RowError[] } {
  const errors: RowError[] = [];
  const category = reference.categories.get((cells.category ?? "").toLowerCase());
  if (!category) errors.push({ column: "category", message: cells.category ? "listingImport.rowErrors.unknownCategory" : "forms.errors.required" });

  const fields = ListingFields.safeParse(listingInput(cells, category));
  if (!fields.success) errors.push(...issuesOn(fields.error, (field) => FIELD_COLUMNS[field] ?? "category").filter((error) => category || error.column !== "category"));

  const stateIds = deliveryStates(cells.delivery_states ?? "", reference.stateIds, errors);

  let specifications: Specifications = {};
  if (category) {
    const own = new Set(category.specFields.map((field) => specColumn(field).toLowerCase()));
    for (const [column, value] of Object.entries(cells)) {
      if (column.startsWith(SPEC_PREFIX) && !own.has(column) && value !== "") errors.push({ column, message: "listingImport.rowErrors.specNotInCategory" });
    }
    const specs = specificationsSchema(category.specFields).safeParse(Object.fromEntries(category.specFields.map((field) => [field.key, specInput(field, cells[specColumn(field).toLowerCase()] ?? "")])));
    if (specs.success) specifications = specs.data;
    else errors.push(...specErrors(specs.error, category.specFields));
  }

  if (errors.length > 0 || !fields.success || !category) return { errors };
  return { row, fields: fields.data, specifications, kind: category.kind, stateIds };
}

// Cells as the form would send them: blank is absent, "18%" GST is 1800 basis points, and
// the thousands separators and per-cent signs Excel adds to numbers are dropped.
function listingInput(cells: Record<string, string>, category: ImportCategory | undefined) {
  const blankToAbsent = (value: string | undefined) => (value === undefined || value === "" ? undefined : value);
  const count = (value: string | undefined) => blankToAbsent(value?.replace(/[,\s]/g, ""));
  const percent = (value: string | undefined) => count(value?.replace(/%$/, ""));
  const gst = percent(cells.gst_rate);
  return {
    categoryId: category?.id,
    title: blankToAbsent(cells.title),
    description: cells.description ?? "",
    brand: blankToAbsent(cells.brand),
    model: blankToAbsent(cells.model),
    price: blankToAbsent(cells.price),
    mrp: blankToAbsent(cells.mrp),
    gstRateBps: gst === undefined || !/^\d+(\.\d+)?$/.test(gst) ? gst : Math.round(Number(gst) * 100),
    stockQuantity: count(cells.stock),
    minOrderQuantity: count(cells.min_order) ?? 1,
    deliveryDays: count(cells.delivery_days) ?? 7,
    countryOfOrigin: blankToAbsent(cells.country_of_origin) ?? "IN",
    localContentPercent: percent(cells.local_content_percent) ?? 100,
  };
}

// A choice typed in another case ("cotton") is the allowed value ("Cotton").
function specInput(field: SpecField, cell: string): string {
  if (field.type !== "enum") return cell;
  return field.values?.find((value) => value.toLowerCase() === cell.toLowerCase()) ?? cell;
}

// "ALL", or state codes separated by ";" (or commas or spaces): "KA;MH".
function deliveryStates(cell: string, stateIds: Map<string, number>, errors: RowError[]): number[] {
  const value = cell.trim().toUpperCase();
  if (value === "") {
    errors.push({ column: "delivery_states", message: "forms.errors.required" });
    return [];
  }
  if (value === "ALL") return [...stateIds.values()];
  const codes = [...new Set(value.split(/[;,\s|]+/).filter(Boolean))];
  const unknown = codes.filter((code) => !stateIds.has(code));
  if (unknown.length > 0) {
    errors.push({ column: "delivery_states", message: "listingImport.rowErrors.unknownStates", params: { codes: unknown.join(", ") } });
    return [];
  }
  return codes.map((code) => stateIds.get(code) as number);
}

function issuesOn(error: z.ZodError, columnOf: (field: string) => string): RowError[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const column = columnOf(String(issue.path[0] ?? "categoryId"));
    if (seen.has(column)) return [];
    seen.add(column);
    return [{ column, message: issue.message }];
  });
}

// A choice outside the allowed values says which values are allowed.
function specErrors(error: z.ZodError, specFields: SpecField[]): RowError[] {
  return issuesOn(error, (key) => `${SPEC_PREFIX}${key}`).map((rowError) => {
    const field = specFields.find((candidate) => specColumn(candidate) === rowError.column);
    if (field?.type === "enum" && rowError.message === "forms.errors.choose") {
      return { column: rowError.column, message: "listingImport.rowErrors.oneOf", params: { values: (field.values ?? []).join(" | ") } };
    }
    return rowError;
  });
}
