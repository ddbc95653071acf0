import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/components/catalogue/follow-button";
import { MarketMotif } from "@/components/catalogue/market-motif";
import type { MarketPageSlug } from "@/lib/catalogue/market-pages";
import { formatIndianNumber } from "@/lib/money/format";

// The banner: the page's name, tagline and who sells there, what is on sale now, and Follow.
export async function MarketHero({ slug, listingCount, sellerCount }: { slug: MarketPageSlug; listingCount: number; sellerCount: number }) {
  const [t, tPage] = await Promise.all([getTranslations("market"), getTranslations(`catalogue.marketPages.${slug}`)]);
  const name = tPage("name");
  return (
    <section aria-labelledby="market-title" className="on-dark relative overflow-hidden bg-navy-900 text-white">
      <MarketMotif slug={slug} className="absolute inset-y-0 right-0 h-full w-full opacity-40 sm:w-3/5 sm:opacity-100 [mask-image:linear-gradient(to_right,transparent,black_35%)]" />
      <div className="relative mx-auto max-w-6xl px-4 py-10 sm:px-6 sm:py-14">
        <nav aria-label={t("breadcrumb")}>
          <ol className="flex flex-wrap gap-2 text-sm text-navy-100">
            <li>
              <Link href="/market" className="text-navy-100 underline-offset-4 hover:text-white">
                {t("index.title")}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="font-semibold text-white">
              {name}
            </li>
          </ol>
        </nav>
        <h1 id="market-title" className="mt-4 max-w-2xl text-3xl font-bold leading-tight sm:text-5xl">
          {name}
        </h1>
        <p className="mt-3 max-w-2xl text-lg font-semibold text-saffron-400 sm:text-xl">{tPage("tagline")}</p>
        <p className="mt-4 max-w-2xl text-navy-100">{tPage("about")}</p>
        <div className="mt-6 flex flex-wrap items-center gap-x-8 gap-y-4">
          <dl className="flex gap-6">
            <div>
              <dt className="text-sm text-navy-100">{t("stats.products")}</dt>
              <dd className="text-3xl font-bold tabular-nums">{formatIndianNumber(listingCount)}</dd>
            </div>
            <div className="border-l border-white/30 pl-6">
              <dt className="text-sm text-navy-100">{t("stats.sellers")}</dt>
              <dd className="text-3xl font-bold tabular-nums">{formatIndianNumber(sellerCount)}</dd>
            </div>
          </dl>
          <FollowButton target={{ marketPage: slug }} name={name} returnTo={`/market/${slug}`} tone="onDark" />
        </div>
      </div>
      <div className="relative h-1.5 bg-saffron-400" aria-hidden="true" />
    </section>
  );
}
