import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { Badge } from "@/components/ui/badge";
import type { EquivalentOffer } from "@/lib/catalogue/compare-offers";
import { productPath } from "@/lib/catalogue/listing-cards";
import { formatRupees } from "@/lib/money/format";

// Equivalent offers, lowest first: a table on wider screens, a list of cards on phones.
export async function CompareOffersTable({ offers }: { offers: EquivalentOffer[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const c = (key: string, values?: Record<string, string | number>) => t(`product.compare.${key}`, values);
  const rows = offers.map((offer, index) => ({
    offer,
    rank: `L${index + 1}`,
    state: localName(locale, offer.seller.state),
    rating: offer.rating === null ? c("notRated") : `★ ${offer.rating.toFixed(1)} (${offer.ratingCount})`,
    makeInIndia: t(`catalogue.makeInIndia.${offer.makeInIndiaClass}`),
  }));
  const link = (offer: EquivalentOffer) =>
    offer.isThisListing ? (
      <Badge tone="info">{c("thisListing")}</Badge>
    ) : (
      <Link href={productPath(offer.id)} className="font-semibold text-navy-800 underline hover:no-underline" aria-label={c("viewOf", { seller: offer.seller.name })}>
        {c("view")}
      </Link>
    );
  return (
    <>
      <table className="hidden w-full border-collapse text-left md:table">
        <caption className="sr-only">{c("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-navy-200 text-sm text-slate-700">
            {["rank", "seller", "state", "price", "delivery", "rating", "makeInIndia", "offer"].map((key) => (
              <th key={key} scope="col" className={`px-3 py-2 font-semibold ${key === "price" ? "text-right" : ""}`}>
                {c(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ offer, rank, state, rating, makeInIndia }) => (
            <tr key={offer.id} className={`border-b border-navy-100 ${offer.isThisListing ? "bg-navy-50" : ""}`}>
              <td className="px-3 py-3 font-bold text-navy-900">{rank}</td>
              <th scope="row" className="px-3 py-3 font-semibold text-slate-900">
                {offer.seller.name}
              </th>
              <td className="px-3 py-3">{state}</td>
              <td className="px-3 py-3 text-right font-bold whitespace-nowrap tabular-nums text-navy-900">{formatRupees(offer.pricePaise)}</td>
              <td className="px-3 py-3">{c("days", { days: offer.deliveryDays })}</td>
              <td className="px-3 py-3 whitespace-nowrap">{rating}</td>
              <td className="px-3 py-3 text-sm">{makeInIndia}</td>
              <td className="px-3 py-3">{link(offer)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="space-y-3 md:hidden" aria-label={c("caption")}>
        {rows.map(({ offer, rank, state, rating, makeInIndia }) => (
          <li key={offer.id} className={`rounded-md border p-4 ${offer.isThisListing ? "border-navy-600 bg-navy-50" : "border-navy-100 bg-white"}`}>
            <div className="flex items-baseline justify-between gap-3">
              <p className="font-semibold text-slate-900">
                <span className="mr-2 font-bold text-navy-900">{rank}</span>
                {offer.seller.name}
              </p>
              <p className="font-bold tabular-nums text-navy-900">{formatRupees(offer.pricePaise)}</p>
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {state} · {c("days", { days: offer.deliveryDays })} · {rating}
            </p>
            <p className="mt-1 text-sm text-slate-700">{makeInIndia}</p>
            <div className="mt-2">{link(offer)}</div>
          </li>
        ))}
      </ol>
    </>
  );
}
