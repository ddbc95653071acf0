import { localName } from "@/components/portal/local-name";
import type { Breakdown, BreakdownRow, Name } from "@/lib/reporting/get-procurement-report";

type Translate = (key: string) => string;

// What a breakdown's row is called on the page and in its CSV: a place, ministry or category
// by its name in the page's language, an enumeration by its translated label.
export function rowLabel(t: Translate, locale: string, breakdown: Breakdown | "state", row: { param: string; name: Name | null }): string {
  if (breakdown === "buyerType") return t(`organisationType.${row.param}`);
  if (breakdown === "sellerKind") return t(`reports.sellerKind.${row.param}`);
  if (breakdown === "ministry" && row.param === "0") return t("reports.noMinistry");
  return row.name ? localName(locale, row.name) : row.param;
}

export const BREAKDOWN_PARAM = {
  ministry: "ministry", sellerState: "state", district: "district", buyerType: "buyerType", category: "category", sellerKind: "sellerKind",
} as const satisfies Record<Breakdown, string>;

export type LabelledRow = BreakdownRow & { label: string };
