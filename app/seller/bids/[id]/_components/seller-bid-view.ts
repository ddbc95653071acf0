import type { getBidForSeller } from "@/lib/bids/bid-views";

// What the bid's page reads once (getBidForSeller) and hands to its parts.
export type SellerBidView = Awaited<ReturnType<typeof getBidForSeller>>;
export type SellerBid = SellerBidView["bid"];
export type SellerOffer = NonNullable<SellerBidView["offer"]>;
