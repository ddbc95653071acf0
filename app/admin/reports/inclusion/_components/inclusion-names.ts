import { localName } from "@/components/portal/local-name";
import type { InclusionPlace, PlaceName } from "@/lib/reporting/inclusion-scope";
import type { InclusionRow } from "@/lib/reporting/inclusion-dashboard";

type Translate = (key: "india" | "table.noBlock") => string;

// A place or seller in the page's language; blocks and sellers have one name only.
export function nameIn(locale: string, place: Pick<PlaceName, "name" | "nameHi">): string {
  return place.nameHi === null ? place.name : localName(locale, { name: place.name, nameHi: place.nameHi });
}

// The null row gathers what has no block recorded; an unnamed id cannot occur (foreign keys)
// but would still show, so that the rows always add up to the total.
export function rowName(t: Translate, locale: string, row: InclusionRow): string {
  if (row.name !== null) return nameIn(locale, { name: row.name, nameHi: row.nameHi });
  return row.id === null ? t("table.noBlock") : `#${row.id}`;
}

// "Bhopal, Madhya Pradesh": the narrowest place first; India for the nation.
export function placeTitle(t: Translate, locale: string, place: InclusionPlace): string {
  const parts = [place.block, place.district, place.state].filter((part): part is PlaceName => part !== null);
  return parts.length === 0 ? t("india") : parts.map((part) => nameIn(locale, part)).join(", ");
}
