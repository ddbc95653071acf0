import { getTranslations } from "next-intl/server";
import { ListingCard } from "@/components/catalogue/listing-card";
import { ButtonLink } from "@/components/ui/button-link";
import { loadListingCards } from "@/lib/catalogue/listing-cards";
import type { MarketPageSlug } from "@/lib/catalogue/market-pages";
import { getDatabase } from "@/lib/db/client";
import { marketSearchPath } from "./market-search-path";
import { EmptyState } from "@/components/ui/empty-state";

export async function FeaturedListings({ slug, listingIds, listingCount }: { slug: MarketPageSlug; listingIds: number[]; listingCount: number }) {
  const [t, tPage, listings] = await Promise.all([getTranslations("market.featured"), getTranslations(`catalogue.marketPages.${slug}`), loadListingCards(getDatabase().db, listingIds)]);
  return (
    <section aria-labelledby="featured-title">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-x-6 gap-y-3">
        <div>
          <h2 id="featured-title" className="text-2xl font-bold text-navy-900">
            {t("title")}
          </h2>
          <p className="mt-1 text-slate-700">{t("intro")}</p>
        </div>
        {listingCount > 0 ? (
          <ButtonLink href={marketSearchPath(slug)} variant="secondary">
            {t("seeAll", { name: tPage("name") })}
          </ButtonLink>
        ) : null}
      </div>
      {listings.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {listings.map((listing) => (
            <li key={listing.id}>
              <ListingCard listing={listing} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
