import { getLocale, getTranslations } from "next-intl/server";
import { localName } from "@/components/portal/local-name";
import { formatDate } from "@/components/reporting/format-date";
import { Badge } from "@/components/ui/badge";
import type { Product } from "@/lib/catalogue/get-product";
import { RatingText } from "./rating-text";

export async function SellerCard({ seller }: { seller: Product["seller"] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <div className="space-y-2">
      <p className="text-lg font-semibold text-navy-900">{seller.name}</p>
      <p className="text-slate-700">{t("product.seller.place", { district: localName(locale, seller.district), state: localName(locale, seller.state) })}</p>
      {seller.groups.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("product.seller.groups")}>
          {seller.groups.map((group) => (
            <li key={group}>
              <Badge tone="info">{t(`catalogue.sellerTypes.${group}`)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <RatingText rating={seller.rating} />
      </p>
      {seller.verifiedSince ? (
        <p className="flex items-center gap-1.5 text-sm text-green-700">
          <span aria-hidden="true">✓</span>
          {t("product.seller.verifiedSince", { date: formatDate(locale, seller.verifiedSince) })}
        </p>
      ) : null}
    </div>
  );
}
