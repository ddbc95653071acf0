import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getMarketPageSummary } from "@/lib/catalogue/market-page";
import { findMarketPage } from "@/lib/catalogue/market-pages";
import { getDatabase } from "@/lib/db/client";
import { FeaturedListings } from "../_components/featured-listings";
import { MarketCategories } from "../_components/market-categories";
import { MarketHero } from "../_components/market-hero";
import { OtherMarkets } from "../_components/other-markets";

// Counts and featured listings change with every approval: read on each request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = findMarketPage((await params).slug);
  if (!page) return {};
  const t = await getTranslations(`catalogue.marketPages.${page.slug}`);
  return { title: t("name"), description: t("tagline") };
}

export default async function MarketPage({ params }: Props) {
  const page = findMarketPage((await params).slug);
  if (!page) notFound();
  const summary = await getMarketPageSummary(getDatabase().db, page);
  return (
    <>
      <MarketHero slug={page.slug} listingCount={summary.listingCount} sellerCount={summary.sellerCount} />
      <div className="mx-auto max-w-6xl space-y-12 px-4 py-10 sm:px-6">
        <FeaturedListings slug={page.slug} listingIds={summary.featuredListingIds} listingCount={summary.listingCount} />
        <MarketCategories slug={page.slug} groups={summary.categoryGroups} isTop={page.market === null} />
        <OtherMarkets current={page.slug} />
      </div>
    </>
  );
}
