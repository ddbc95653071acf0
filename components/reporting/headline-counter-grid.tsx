import { getTranslations } from "next-intl/server";
import { formatIndianNumber } from "@/lib/money/format";
import type { HeadlineCounters } from "@/lib/reporting/get-headline-counters";
import { CompactRupees } from "./money-amount";
import { StatGrid, type Stat } from "./stat-grid";

const COUNTS = ["sellers", "mseSellers", "buyerOrganisations", "listings", "orders"] as const;

// The six headline figures, used by the home page (national) and the admin portal (by scope).
export async function HeadlineCounterGrid({ counters, idPrefix }: { counters: HeadlineCounters; idPrefix: string }) {
  const t = await getTranslations("counters");
  const stats: Stat[] = [
    ...COUNTS.map((key) => ({ id: `${idPrefix}-${key}`, label: t(`${key}.label`), hint: t(`${key}.hint`), value: formatIndianNumber(counters[key]) })),
    { id: `${idPrefix}-gmv`, label: t("gmv.label"), hint: t("gmv.hint"), value: <CompactRupees paise={counters.gmvPaise} /> },
  ];
  return <StatGrid stats={stats} />;
}
