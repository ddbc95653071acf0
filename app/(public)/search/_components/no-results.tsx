import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MARKET_PAGES } from "@/lib/catalogue/market-pages";

// What to try when nothing matched.
export async function NoResults() {
  const [t, tc] = await Promise.all([getTranslations("search.empty"), getTranslations("catalogue.marketPages")]);
  return (
    <section aria-labelledby="no-results" className="rounded-lg border border-navy-100 bg-white p-6">
      <h2 id="no-results" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-700">
        <li>{t("spelling")}</li>
        <li>{t("fewerFilters")}</li>
        <li>{t("hindi")}</li>
      </ul>
      <MarketPageLinks intro={t("browse")} names={(slug) => tc(`${slug}.name`)} />
    </section>
  );
}

export function MarketPageLinks({ intro, names }: { intro: string; names: (slug: (typeof MARKET_PAGES)[number]["slug"]) => string }) {
  return (
    <>
      <p className="mt-4 font-semibold text-navy-900">{intro}</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {MARKET_PAGES.map((page) => (
          <li key={page.slug}>
            <Link href={`/market/${page.slug}`} className="inline-flex min-h-10 items-center rounded-md border border-navy-700 bg-white px-3 font-semibold text-navy-800 no-underline hover:bg-navy-50">
              {names(page.slug)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
