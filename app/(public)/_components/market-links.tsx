import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MarketCards } from "@/components/catalogue/market-cards";

// The home page's way into the market pages of weavers, artisans, SHGs, women and startups.
export async function MarketLinks() {
  const t = await getTranslations("market.home");
  return (
    <section aria-labelledby="home-markets" className="mx-auto max-w-6xl px-4 pt-14 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h2 id="home-markets" className="text-2xl font-bold text-navy-900">
            {t("title")}
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <Link href="/market" className="font-semibold">
          {t("all")}
        </Link>
      </div>
      <MarketCards headingLevel={3} className="mt-6" />
    </section>
  );
}
