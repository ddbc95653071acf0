import type { SpecField } from "../spec-fields";

// The columns of the listing CSV. Headers are fixed English names (a file works whatever the
// seller's language); the template's help row explains each one in the seller's language.
export const COMMON_COLUMNS = [
  "category",
  "title",
  "description",
  "brand",
  "model",
  "price",
  "mrp",
  "gst_rate",
  "stock",
  "min_order",
  "delivery_days",
  "delivery_states",
  "country_of_origin",
  "local_content_percent",
] as const;

export type CommonColumn = (typeof COMMON_COLUMNS)[number];

export const SPEC_PREFIX = "spec:";

// The column the bad-rows file adds; ignored on upload, so that file can be fixed and re-sent.
export const ERRORS_COLUMN = "errors";

// A row whose category cell starts with this is a comment (the template's help row).
export const COMMENT_MARK = "#";

export const MAX_ROWS = 1_000;
export const MAX_BYTES = 2 * 1024 * 1024;

// ListingFields' field for each common column: a row error on a field is reported on its column.
export const FIELD_COLUMNS: Record<string, CommonColumn> = {
  categoryId: "category",
  title: "title",
  description: "description",
  brand: "brand",
  model: "model",
  price: "price",
  mrp: "mrp",
  gstRateBps: "gst_rate",
  stockQuantity: "stock",
  minOrderQuantity: "min_order",
  deliveryDays: "delivery_days",
  countryOfOrigin: "country_of_origin",
  localContentPercent: "local_content_percent",
};

export function specColumn(field: Pick<SpecField, "key">): string {
  return `${SPEC_PREFIX}${field.key}`;
}
