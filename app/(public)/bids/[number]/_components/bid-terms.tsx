import { getTranslations } from "next-intl/server";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import type { PublicBid } from "@/lib/bids/public-bids";
import { formatRupees } from "@/lib/money/format";

// The conditions sellers offer under: how the bid is judged, who may offer, what is delivered.
export async function BidTerms({ bid }: { bid: PublicBid["bid"] }) {
  const [t, tb] = await Promise.all([getTranslations("publicBids.detail.terms"), getTranslations("bids")]);
  const preferences = [bid.hasMsePreference && t("msePreference"), bid.hasMakeInIndiaPreference && t("makeInIndiaPreference")].filter((value) => typeof value === "string");
  const exemptions = [bid.isMseExemptFromCriteria && t("mseExempt"), bid.isStartupExemptFromCriteria && t("startupExempt")].filter((value) => typeof value === "string");
  const auction = bid.hasReverseAuction && bid.reverseAuctionRule
    ? t("reverseAuctionDetails", { rule: tb(`reverseAuctionRule.${bid.reverseAuctionRule}`), minutes: bid.auctionMinutes ?? 0, decrement: (bid.auctionDecrementBps ?? 0) / 100 })
    : t("noReverseAuction");
  const details: Detail[] = [
    { label: t("type"), value: tb(`type.${bid.type}`) },
    { label: t("estimatedValue"), value: formatRupees(bid.estimatedValuePaise, { withPaise: true }) },
    { label: t("evaluationMethod"), value: tb(`evaluationMethod.${bid.evaluationMethod}`) },
    { label: t("reverseAuction"), value: auction },
    { label: t("preferences"), value: preferences.length > 0 ? preferences.join("; ") : t("noPreferences") },
    ...(bid.minTurnoverPaise !== null ? [{ label: t("minTurnover"), value: formatRupees(bid.minTurnoverPaise) }] : []),
    ...(bid.minExperienceYears !== null ? [{ label: t("minExperience"), value: t("years", { years: bid.minExperienceYears }) }] : []),
    ...(bid.minTurnoverPaise !== null || bid.minExperienceYears !== null ? [{ label: t("exemptions"), value: exemptions.length > 0 ? exemptions.join(", ") : t("noExemption") }] : []),
    { label: t("emd"), value: bid.emdPaise !== null ? formatRupees(bid.emdPaise) : t("notRequired") },
    { label: t("deliveryDays"), value: t("days", { days: bid.deliveryDays }) },
    ...(bid.deliveryAddress ? [{ label: t("deliveryAddress"), value: bid.deliveryAddress }] : []),
    { label: t("minOffers"), value: bid.minOffers },
    ...(bid.justification ? [{ label: t("justification"), value: bid.justification }] : []),
  ];
  return (
    <Card aria-labelledby="bid-terms">
      <SectionHeading id="bid-terms">{t("title")}</SectionHeading>
      <DetailList details={details} columns={2} />
    </Card>
  );
}
