import { getLocale, getTranslations } from "next-intl/server";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { localName } from "@/components/portal/local-name";
import { Card } from "@/components/ui/card";
import { formatRupees } from "@/lib/money/format";
import type { SellerBid } from "./seller-bid-view";

// What is bought, by whom, where to, and how the offers are compared.
export async function BidTerms({ bid }: { bid: SellerBid }) {
  const [t, tb, locale] = await Promise.all([getTranslations("sellerBids.terms"), getTranslations("bids"), getLocale()]);
  const details: Detail[] = [
    { label: t("type"), value: tb(`type.${bid.type}`) },
    ...(bid.category ? [{ label: t("category"), value: localName(locale, bid.category) }] : []),
    { label: t("buyer"), value: bid.buyerOrganisation.name },
    { label: t("estimatedValue"), value: formatRupees(bid.estimatedValuePaise) },
    { label: t("delivery"), value: t("deliveryDays", { count: bid.deliveryDays }) },
    { label: t("deliveryAddress"), value: bid.deliveryAddress },
    ...(bid.consignee ? [{ label: t("consignee"), value: bid.consignee.name }] : []),
    { label: t("evaluationMethod"), value: tb(`evaluationMethod.${bid.evaluationMethod}`) },
    { label: t("minOffers"), value: bid.minOffers },
    ...(bid.justification ? [{ label: t("justification"), value: bid.justification }] : []),
  ];
  return (
    <Card aria-labelledby="terms-title">
      <h2 id="terms-title" className="mb-4 text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <DetailList details={details} columns={3} />
    </Card>
  );
}
