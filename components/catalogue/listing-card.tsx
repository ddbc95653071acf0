import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localName } from "@/components/portal/local-name";
import { listingImageUrl } from "@/lib/catalogue/image-urls";
import { productPath, savingPercent, type ListingCardData } from "@/lib/catalogue/listing-cards";
import { formatRupees } from "@/lib/money/format";

// One listing in a grid of results: picture, title, price against MRP, seller and place,
// the seller's groups, Make in India class, rating and delivery time.
export async function ListingCard({ listing, headingLevel = 3 }: { listing: ListingCardData; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const saving = savingPercent(listing.pricePaise, listing.mrpPaise);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const categoryName = localName(locale, listing.category);
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-lg border border-navy-100 bg-white shadow-sm transition hover:shadow-md">
      <div className="aspect-[4/3] bg-navy-50">
        {listing.imageId ? (
          // eslint-disable-next-line @next/next/no-img-element -- served resized by our own route
          <img src={listingImageUrl(listing.imageId, "thumb")} alt="" loading="lazy" className="size-full object-cover" />
        ) : (
          <div className="flex size-full items-center justify-center p-4 text-center text-sm font-semibold text-navy-700" aria-hidden="true">
            {categoryName}
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-2 p-4">
        <Heading className="text-base leading-snug font-semibold text-navy-900">
          <Link href={productPath(listing.id)} className="after:absolute after:inset-0 hover:underline focus-visible:underline">
            {listing.title}
          </Link>
        </Heading>
        <p className="text-sm text-slate-600">{categoryName}</p>
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="text-xl font-bold text-navy-900 tabular-nums">{formatRupees(listing.pricePaise)}</span>
          <span className="text-sm text-slate-600">{t("catalogue.card.perUnit", { unit: listing.unit })}</span>
        </p>
        {saving > 0 ? (
          <p className="text-sm">
            <span className="text-slate-600 line-through">
              {t(listing.kind === "SERVICE" ? "catalogue.card.marketPrice" : "catalogue.card.mrp", { amount: formatRupees(listing.mrpPaise) })}
            </span>{" "}
            <span className="font-semibold text-green-700">{t("catalogue.card.saving", { percent: saving })}</span>
          </p>
        ) : null}
        <p className="text-sm text-slate-700">{t("catalogue.card.soldBy", { seller: listing.seller.name, state: localName(locale, listing.seller.state) })}</p>
        <ul className="flex flex-wrap gap-1.5" aria-label={t("catalogue.card.badges")}>
          {listing.sellerGroups.map((group) => (
            <li key={group}>
              <Badge tone="info">{t(`catalogue.sellerTypes.${group}`)}</Badge>
            </li>
          ))}
          {listing.makeInIndiaClass !== "NON_LOCAL" ? (
            <li>
              <Badge tone="success">{t(`catalogue.makeInIndia.${listing.makeInIndiaClass}`)}</Badge>
            </li>
          ) : null}
        </ul>
        <div className="mt-auto flex flex-wrap justify-between gap-x-3 gap-y-1 pt-2 text-sm text-slate-700">
          <span>
            {listing.rating === null ? (
              t("catalogue.card.notRated")
            ) : (
              <>
                <span aria-hidden="true" className="text-saffron-500">★ </span>
                <span className="sr-only">{t("catalogue.card.rating", { rating: listing.rating.toFixed(1), count: listing.ratingCount })}</span>
                <span aria-hidden="true">
                  {listing.rating.toFixed(1)} ({listing.ratingCount})
                </span>
              </>
            )}
          </span>
          <span>{t("catalogue.card.deliveryIn", { days: listing.deliveryDays })}</span>
        </div>
      </div>
    </article>
  );
}
