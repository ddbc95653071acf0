import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/components/reporting/format-date";
import { HeadlineCounterGrid } from "@/components/reporting/headline-counter-grid";
import { getDatabase } from "@/lib/db/client";
import { getPublicHeadlineCounters } from "@/lib/reporting/get-public-headline-counters";
import { AudienceCards } from "./_components/audience-cards";
import { HomeHero } from "./_components/home-hero";
import { MarketLinks } from "./_components/market-links";
import { OutreachLinks } from "./_components/outreach-links";

// The counters are live (at most a minute old, see getPublicHeadlineCounters), never prerendered.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, statistics, locale, { counters, asOf }] = await Promise.all([
    getTranslations("home"),
    getTranslations("statistics"),
    getLocale(),
    getPublicHeadlineCounters(getDatabase().db),
  ]);
  return (
    <>
      <HomeHero />
      <section aria-labelledby="live-figures" className="mx-auto max-w-6xl px-4 pt-12 sm:px-6">
        <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
          <div>
            <h2 id="live-figures" className="text-2xl font-bold text-navy-900">
              {t("figures.title")}
            </h2>
            <p className="mt-1 text-slate-700">{t("figures.intro")}</p>
          </div>
          <p className="flex items-center gap-2 text-sm text-slate-700">
            <span className="size-2.5 rounded-full bg-green-700" aria-hidden="true" />
            {t("figures.asOf", { time: formatDate(locale, asOf, { withTime: true }) })}
          </p>
        </div>
        <HeadlineCounterGrid counters={counters} idPrefix="home-counter" />
        <p className="mt-4">
          <Link href="/statistics">{statistics("homeLink")}</Link>
        </p>
      </section>
      <MarketLinks />
      <AudienceCards />
      <OutreachLinks />
    </>
  );
}
