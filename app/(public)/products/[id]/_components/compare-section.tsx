import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import type { EquivalentOffers } from "@/lib/catalogue/compare-offers";
import { L1_MINIMUM_OFFERS } from "@/lib/catalogue/equivalence";
import type { ProductSpecification } from "@/lib/catalogue/get-product";
import { CompareOffersTable } from "@/components/catalogue/compare-offers-table";

// "Same product from other sellers": the equivalent offers (lib/catalogue/equivalence.ts),
// and a plain word when there are too few for L1 purchase.
export async function CompareSection({ result, specifications, place }: { result: EquivalentOffers; specifications: ProductSpecification[]; place: string | null }) {
  const [t, locale] = await Promise.all([getTranslations("product.compare"), getLocale()]);
  const specs = specifications
    .filter((spec) => spec.isKey)
    .map((spec) => `${locale === "hi" ? spec.labelHi : spec.label}: ${spec.value}`)
    .join("; ");
  const comparable = result.keySpecifications !== null;
  return (
    <Card aria-labelledby="compare">
      <SectionHeading id="compare" note={comparable ? (place ? t("introTo", { specs, place }) : t("intro", { specs })) : undefined}>
        {t("title")}
      </SectionHeading>
      {comparable ? null : <p className="mb-4 text-slate-800">{t("notComparable")}</p>}
      {comparable && result.offers.length < L1_MINIMUM_OFFERS ? (
        <p className="mb-4 rounded-md border-l-4 border-navy-600 bg-navy-50 p-3 text-slate-800">{t("fewer", { minimum: L1_MINIMUM_OFFERS })}</p>
      ) : null}
      {result.offers.length > 0 ? <CompareOffersTable offers={result.offers} /> : null}
    </Card>
  );
}
