import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getMarketPageCounts } from "@/lib/catalogue/market-page";
import { MARKET_PAGES } from "@/lib/catalogue/market-pages";
import { getDatabase } from "@/lib/db/client";
import { formatIndianNumber } from "@/lib/money/format";
import { MarketMotif } from "./market-motif";

// The five market pages as cards, each with its motif, tagline and what is on sale (the
// market index page and the home page).
export async function MarketCards({ headingLevel, className = "" }: { headingLevel: 2 | 3; className?: string }) {
  const [t, counts] = await Promise.all([getTranslations(), getMarketPageCounts(getDatabase().db)]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className={`grid gap-5 sm:grid-cols-2 lg:grid-cols-3 ${className}`}>
      {MARKET_PAGES.map(({ slug }) => {
        const { listingCount, sellerCount } = counts[slug];
        return (
          <li key={slug}>
            <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-navy-100 bg-white shadow-sm transition hover:shadow-md">
              <div className="relative h-28 bg-navy-900">
                <MarketMotif slug={slug} className="absolute inset-0 size-full" />
              </div>
              <div className="flex flex-1 flex-col gap-2 border-t-4 border-saffron-400 p-5">
                <Heading className="text-xl font-bold text-navy-900">
                  <Link href={`/market/${slug}`} className="after:absolute after:inset-0 hover:underline focus-visible:underline">
                    {t(`catalogue.marketPages.${slug}.name`)}
                  </Link>
                </Heading>
                <p className="flex-1 text-slate-700">{t(`catalogue.marketPages.${slug}.tagline`)}</p>
                <p className="text-sm font-semibold text-navy-800">
                  {t("market.summary", { productCount: listingCount, products: formatIndianNumber(listingCount), sellerCount, sellers: formatIndianNumber(sellerCount) })}
                </p>
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
