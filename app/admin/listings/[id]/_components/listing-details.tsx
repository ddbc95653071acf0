import { getTranslations } from "next-intl/server";
import { DetailList } from "@/components/portal/detail-list";
import { localName } from "@/components/portal/local-name";
import { Card } from "@/components/ui/card";
import type { ListingForReview } from "@/lib/admin/listing-review";
import { listingImageUrl } from "@/lib/catalogue/image-urls";
import { describeSpecValue } from "@/lib/catalogue/spec-fields";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";

// Everything the seller entered, as the admin checks it against the category.
export async function ListingDetails({ listing, locale }: { listing: ListingForReview; locale: string }) {
  const t = await getTranslations("listingReview.detail");
  const tc = await getTranslations("catalogue");
  const countries = await getTranslations("listingEditor.countries");
  const saving = listing.mrpPaise > 0n ? Number(((listing.mrpPaise - listing.pricePaise) * 10_000n) / listing.mrpPaise) / 100 : 0;
  const states = listing.deliveryAreas.map((area) => (area.district ? `${localName(locale, area.district)}, ${localName(locale, area.state)}` : localName(locale, area.state)));
  const category = [listing.category.parent, listing.category].filter((node) => node !== null).map((node) => localName(locale, node)).join(" › ");
  return (
    <>
      <Card aria-labelledby="listing-facts">
        <h2 id="listing-facts" className="mb-4 text-xl font-bold text-navy-900">
          {t("listing")}
        </h2>
        <DetailList
          columns={3}
          details={[
            { label: t("category"), value: category },
            { label: t("kind"), value: t(`kinds.${listing.kind}`) },
            { label: t("brand"), value: listing.brand ?? "—" },
            { label: t("model"), value: listing.model ?? "—" },
            { label: t("price"), value: formatRupees(listing.pricePaise, { withPaise: true }) },
            { label: t("mrp"), value: formatRupees(listing.mrpPaise, { withPaise: true }) },
            { label: t("saving"), value: `${saving.toLocaleString("en-IN")} %` },
            { label: t("gst"), value: `${listing.gstRateBps / 100} %` },
            { label: t("stock"), value: `${formatIndianNumber(listing.stockQuantity)} ${listing.category.unit}` },
            { label: t("minOrder"), value: formatIndianNumber(listing.minOrderQuantity) },
            { label: t("deliveryDays"), value: t("days", { days: listing.deliveryDays }) },
            { label: t("deliveryAreas"), value: listing.deliversToAllStates ? t("allStates") : states.join("; ") || "—" },
            { label: t("origin"), value: countries.has(listing.countryOfOrigin) ? countries(listing.countryOfOrigin) : listing.countryOfOrigin },
            { label: t("localContent"), value: `${listing.localContentPercent} %` },
            { label: t("makeInIndia"), value: tc(`makeInIndia.${listing.makeInIndiaClass}`) },
          ]}
        />
        <h3 className="mt-6 text-sm text-slate-600">{t("description")}</h3>
        <p className="mt-1 whitespace-pre-line break-words text-slate-900">{listing.description || t("noDescription")}</p>
      </Card>
      <Card aria-labelledby="listing-specs">
        <h2 id="listing-specs" className="mb-4 text-xl font-bold text-navy-900">
          {t("specs")}
        </h2>
        <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          {listing.specs.map(({ field, value }) => (
            <div key={field.key} className="min-w-0">
              <dt className="text-sm text-slate-600">
                {locale === "hi" ? field.labelHi : field.label}
                {field.required ? ` (${t("required")})` : ""}
              </dt>
              <dd className={`font-semibold break-words ${value === null && field.required ? "text-red-800" : "text-slate-900"}`}>{describeSpecValue(field, value ?? undefined) ?? t("notStated")}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card aria-labelledby="listing-images">
        <h2 id="listing-images" className="mb-4 text-xl font-bold text-navy-900">
          {t("images")}
        </h2>
        {listing.images.length === 0 ? (
          <p className="text-slate-700">{t("noImages")}</p>
        ) : (
          <ul className="flex flex-wrap gap-4">
            {listing.images.map((image, index) => (
              <li key={image.id}>
                <a href={listingImageUrl(image.id, "large")} className="block size-36 overflow-hidden rounded-md border border-navy-100 bg-slate-50">
                  {/* eslint-disable-next-line @next/next/no-img-element -- served resized by our own route */}
                  <img src={listingImageUrl(image.id, "thumb")} alt={t("imageAlt", { number: index + 1, title: listing.title })} className="size-full object-contain" />
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
