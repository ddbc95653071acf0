import { getTranslations } from "next-intl/server";
import { DetailList, type Detail } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import { AUCTION_EXTENSION_MINUTES, CLASS_I_LOCAL_CONTENT_BPS, CLASS_I_MARGIN_BPS, MSE_MARGIN_BPS, MSE_SHARE_BPS } from "@/lib/bids/bid-rules";
import type { SellerBid } from "./seller-bid-view";

const percent = (bps: number | bigint) => Number(bps) / 100;

// How the price competition runs: the reverse auction, if any, and the purchase preferences.
export async function BidCompetition({ bid }: { bid: SellerBid }) {
  const [t, tb] = await Promise.all([getTranslations("sellerBids.competition"), getTranslations("bids")]);
  const auction: Detail[] =
    bid.hasReverseAuction && bid.reverseAuctionRule
      ? [
          { label: t("auctionRule"), value: tb(`reverseAuctionRule.${bid.reverseAuctionRule}`) },
          ...(bid.auctionMinutes ? [{ label: t("auctionLength"), value: t("auctionMinutes", { count: bid.auctionMinutes, extension: AUCTION_EXTENSION_MINUTES }) }] : []),
          ...(bid.auctionDecrementBps ? [{ label: t("decrement"), value: t("decrementValue", { percent: percent(bid.auctionDecrementBps) }) }] : []),
        ]
      : [{ label: t("auction"), value: t("noAuction") }];
  const preferences = [
    ...(bid.hasMsePreference ? [t("msePreference", { margin: percent(MSE_MARGIN_BPS), share: percent(MSE_SHARE_BPS) })] : []),
    ...(bid.hasMakeInIndiaPreference ? [t("makeInIndia", { localContent: percent(CLASS_I_LOCAL_CONTENT_BPS), margin: percent(CLASS_I_MARGIN_BPS) })] : []),
  ];
  return (
    <Card aria-labelledby="competition-title">
      <h2 id="competition-title" className="mb-4 text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <DetailList details={auction} columns={3} />
      <h3 className="mt-6 font-bold text-navy-900">{t("preferences")}</h3>
      {preferences.length === 0 ? (
        <p className="mt-1 text-slate-700">{t("noPreferences")}</p>
      ) : (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-900">
          {preferences.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
