import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MARKET_PAGES, type MarketPageSlug } from "@/lib/catalogue/market-pages";

export async function OtherMarkets({ current }: { current: MarketPageSlug }) {
  const t = await getTranslations();
  return (
    <nav aria-labelledby="other-markets-title" className="border-t border-navy-100 pt-8">
      <h2 id="other-markets-title" className="text-xl font-bold text-navy-900">
        {t("market.otherMarkets")}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-3">
        {MARKET_PAGES.filter((page) => page.slug !== current).map((page) => (
          <li key={page.slug}>
            <Link href={`/market/${page.slug}`} className="inline-flex min-h-11 items-center rounded-full border border-navy-200 bg-white px-4 font-semibold text-navy-800 no-underline hover:border-navy-700">
              {t(`catalogue.marketPages.${page.slug}.name`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
