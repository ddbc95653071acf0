import { getTranslations } from "next-intl/server";
import { LiveAuction } from "@/components/bids/live-auction";
import { Card } from "@/components/ui/card";
import type { SellerBidView } from "./seller-bid-view";

// The running reverse auction: live for an offer taking part (the domain hands over only this
// seller's part of it), otherwise why not.
export async function AuctionPanel({ view: { bid, offer, auction }, canBid }: { view: SellerBidView; canBid: boolean }) {
  if (bid.status !== "REVERSE_AUCTION") return null;
  if (offer?.isInAuction && auction) return <LiveAuction bidId={bid.id} initial={auction} viewer={{ kind: "seller", offerId: offer.id, canBid }} />;
  const [t, tb] = await Promise.all([getTranslations("sellerBids.auction"), getTranslations("bids.reverseAuctionRule")]);
  return (
    <Card aria-labelledby="auction-title">
      <h2 id="auction-title" className="mb-2 text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("notIn", { rule: bid.reverseAuctionRule ? tb(bid.reverseAuctionRule) : "" })}</p>
    </Card>
  );
}
