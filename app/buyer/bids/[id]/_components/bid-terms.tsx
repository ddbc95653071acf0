import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DetailList } from "@/components/portal/detail-list";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";
import type { BidDetails } from "@/lib/bids/bid-views";
import { formatIndianNumber, formatRupees } from "@/lib/money/format";
import { textRecord } from "./text-record";

// The terms sellers offer on: who receives, who may offer, how offers are judged.
export async function BidTerms({ bid }: { bid: BidDetails }) {
  const [t, bids] = await Promise.all([getTranslations("buyerBids.terms"), getTranslations("bids")]);
  const rupees = (paise: bigint | null) => (paise === null ? t("none") : formatRupees(paise));
  const exempt = [bid.isMseExemptFromCriteria ? t("mse") : null, bid.isStartupExemptFromCriteria ? t("startups") : null].filter(Boolean).join(", ");
  const preferences = [bid.hasMsePreference ? t("msePreference") : null, bid.hasMakeInIndiaPreference ? t("makeInIndia") : null].filter(Boolean).join(", ");
  const auction =
    bid.hasReverseAuction && bid.reverseAuctionRule
      ? t("auctionTerms", { rule: bids(`reverseAuctionRule.${bid.reverseAuctionRule}`), minutes: bid.auctionMinutes ?? 0, percent: (bid.auctionDecrementBps ?? 0) / 100 })
      : t("no");
  return (
    <Card aria-labelledby="bid-terms">
      <SectionHeading id="bid-terms">{t("title")}</SectionHeading>
      <DetailList
        details={[
          { label: t("organisation"), value: bid.buyerOrganisation.name },
          { label: t("consignee"), value: bid.consignee?.name ?? t("none") },
          { label: t("deliveryAddress"), value: <span className="whitespace-pre-line">{bid.deliveryAddress}</span> },
          { label: t("deliveryDays"), value: t("days", { count: bid.deliveryDays }) },
          { label: t("minTurnover"), value: rupees(bid.minTurnoverPaise) },
          { label: t("minExperience"), value: bid.minExperienceYears === null ? t("none") : t("years", { count: bid.minExperienceYears }) },
          { label: t("exempt"), value: exempt || t("none") },
          { label: t("emd"), value: rupees(bid.emdPaise) },
          { label: t("method"), value: bids(`evaluationMethod.${bid.evaluationMethod}`) },
          { label: t("auction"), value: auction },
          { label: t("preferences"), value: preferences || t("none") },
          { label: t("minOffers"), value: bid.minOffers },
          ...(bid.justification ? [{ label: t("justification"), value: <span className="whitespace-pre-line">{bid.justification}</span> }] : []),
        ]}
      />
    </Card>
  );
}

export async function BidItems({ bid }: { bid: BidDetails }) {
  const t = await getTranslations("buyerBids.items");
  return (
    <section aria-labelledby="bid-items">
      <SectionHeading id="bid-items">{t("title")}</SectionHeading>
      <DataTable
        caption={t("caption")}
        named={false}
        rows={bid.items}
        rowKey={(item) => item.id}
        columns={[
          { header: t("item"), cell: (item) => item.title },
          { header: t("quantity"), numeric: true, cell: (item) => `${formatIndianNumber(item.quantity)} ${item.unit}` },
          { header: t("estimate"), numeric: true, cell: (item) => (item.estimatedUnitPricePaise === null ? "—" : formatRupees(item.estimatedUnitPricePaise, { withPaise: true })) },
          { header: t("gst"), numeric: true, cell: (item) => `${item.gstRateBps / 100} %` },
          {
            header: t("specifications"),
            cell: (item) => {
              const specifications = Object.entries(textRecord(item.specifications));
              return specifications.length === 0 ? "—" : (
                <ul>
                  {specifications.map(([name, value]) => (
                    <li key={name}>{`${name}: ${value}`}</li>
                  ))}
                </ul>
              );
            },
          },
        ]}
      />
    </section>
  );
}
