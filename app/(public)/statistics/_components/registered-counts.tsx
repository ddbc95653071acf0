import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { formatDate } from "@/components/reporting/format-date";
import { StatGrid } from "@/components/reporting/stat-grid";
import { formatIndianNumber } from "@/lib/money/format";
import type { DatedCounters } from "@/lib/reporting/get-public-headline-counters";

const COUNTS = ["sellers", "mseSellers", "buyerOrganisations", "listings"] as const;

// Who is on Kraya today: the home page's counts (the same minute-old reading), not by year.
export async function RegisteredCounts({ registered }: { registered: DatedCounters }) {
  const [t, counters, locale] = await Promise.all([getTranslations("statistics.registered"), getTranslations("counters"), getLocale()]);
  return (
    <section aria-labelledby="statistics-registered">
      <SectionHeading id="statistics-registered" note={t("note", { time: formatDate(locale, registered.asOf, { withTime: true }) })}>
        {t("title")}
      </SectionHeading>
      <StatGrid
        columns={2}
        stats={COUNTS.map((key) => ({
          id: `statistics-registered-${key}`,
          label: counters(`${key}.label`),
          hint: counters(`${key}.hint`),
          value: formatIndianNumber(registered.counters[key]),
        }))}
      />
    </section>
  );
}
