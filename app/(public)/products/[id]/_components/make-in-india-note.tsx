import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { Product } from "@/lib/catalogue/get-product";

// The Make in India class badge with what it means for the buyer (purchase preference).
export async function MakeInIndiaNote({ product }: { product: Product }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const country = new Intl.DisplayNames([locale === "hi" ? "hi-IN" : "en-IN"], { type: "region" }).of(product.countryOfOrigin) ?? product.countryOfOrigin;
  return (
    <div className="rounded-md border border-navy-100 bg-navy-50/60 p-4">
      <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-navy-900">
        {t("product.makeInIndia.title")}
        <Badge tone={product.makeInIndiaClass === "NON_LOCAL" ? "neutral" : "success"}>{t(`catalogue.makeInIndia.${product.makeInIndiaClass}`)}</Badge>
      </p>
      <p className="mt-2 text-sm text-slate-800">
        {t("product.makeInIndia.localContent", { percent: product.localContentPercent, country })} {t(`product.makeInIndia.${product.makeInIndiaClass}`)}
      </p>
    </div>
  );
}
