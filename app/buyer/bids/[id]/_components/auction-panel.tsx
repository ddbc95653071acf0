import { LiveAuction } from "@/components/bids/live-auction";
import type { AuctionState } from "@/lib/bids/auction-state";
import { projectAuction } from "@/lib/bids/auction-view";
import type { OfferRow } from "@/lib/bids/sealed-offers";
import { sellerName } from "./seller-name";

// The running auction as the buyer watches it: every offer taking part, with its seller's name.
export function AuctionPanel({ bidId, auction, offers }: { bidId: number; auction: AuctionState; offers: OfferRow[] }) {
  const sellerNames = Object.fromEntries(offers.map((offer) => [offer.id, sellerName(offer.seller)]));
  return <LiveAuction bidId={bidId} initial={projectAuction(auction, { kind: "buyer", sellerNames })} viewer={{ kind: "buyer" }} />;
}
