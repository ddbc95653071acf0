import { parse } from "csv-parse/sync";
import { rupeesToPaise } from "../money/parse-rupees";

// A bill of quantities as a CSV file: a header row, then one row per item with its title,
// quantity, unit, estimated unit price in rupees (without GST), GST rate in per cent and,
// optionally, its specifications as "Key: Value; Key: Value". Header names are matched loosely.
export type BoqRow = { title: string; quantity: string; unit: string; estimate: string; gstRate: string; specifications: string };

const COLUMNS: Record<keyof BoqRow, RegExp> = {
  title: /item|title|description/i,
  quantity: /qty|quantity/i,
  unit: /unit(?!.*price)/i,
  estimate: /price|rate|estimate/i,
  gstRate: /gst|tax/i,
  specifications: /spec/i,
};

// The rows, or null when the file is not a CSV with the four required columns.
export function readBoqCsv(text: string): BoqRow[] | null {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch {
    return null;
  }
  const [header, ...rows] = records;
  if (!header || rows.length === 0) return null;
  const index = {} as Record<keyof BoqRow, number>;
  for (const [name, pattern] of Object.entries(COLUMNS) as [keyof BoqRow, RegExp][]) {
    index[name] = header.findIndex((cell, position) => pattern.test(cell) && !Object.values(index).includes(position));
  }
  if ([index.title, index.quantity, index.unit, index.estimate].some((position) => position < 0)) return null;
  return rows.map((row) => ({
    title: row[index.title] ?? "",
    quantity: row[index.quantity] ?? "",
    unit: row[index.unit] ?? "",
    estimate: row[index.estimate] ?? "",
    gstRate: index.gstRate >= 0 ? (row[index.gstRate] ?? "18").replace("%", "").trim() : "18",
    specifications: index.specifications >= 0 ? (row[index.specifications] ?? "").split(";").join("\n") : "",
  }));
}

// "Key: Value" lines -> { Key: "Value" }; lines without a colon are left out.
export function readSpecifications(text: string): Record<string, string> {
  const specifications: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (key && value) specifications[key] = value;
  }
  return specifications;
}

export function estimatePaise(text: string): bigint | null {
  const paise = rupeesToPaise(text);
  return paise === null || paise <= 0 ? null : BigInt(paise);
}
