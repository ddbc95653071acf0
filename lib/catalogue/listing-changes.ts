import { MATERIAL_FIELDS } from "./listing-schema";

// The listing's columns named as in MATERIAL_FIELDS (the form's "mrp" is the column mrpPaise).
const MATERIAL_COLUMNS = new Set<string>(MATERIAL_FIELDS.map((field) => (field === "mrp" ? "mrpPaise" : field)));

export type ListingChanges = { fields: string[]; isMaterial: boolean; before: Record<string, unknown>; after: Record<string, unknown> };

function comparable(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    return JSON.stringify(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  }
  return typeof value === "bigint" ? `${value}n` : JSON.stringify(value ?? null);
}

// Which of the new values differ from the stored ones, whether any of them is material,
// and the before and after of just those fields (for the audit trail).
export function listingChanges(stored: Record<string, unknown>, next: Record<string, unknown>): ListingChanges {
  const fields = Object.keys(next).filter((field) => comparable(stored[field]) !== comparable(next[field]));
  return {
    fields,
    isMaterial: fields.some((field) => MATERIAL_COLUMNS.has(field)),
    before: Object.fromEntries(fields.map((field) => [field, stored[field]])),
    after: Object.fromEntries(fields.map((field) => [field, next[field]])),
  };
}
