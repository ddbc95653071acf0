import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Tx } from "../db/client";
import { tellBidBuyers, tellBidSellers } from "./bid-notifications";
import { rankQualifiedOffers } from "./open-financial";

// The auction's end (bid-clock.ts): its last prices are final, and the qualified offers are
// ranked on them. Watchers learn of it from their streams' read at the end (auction-view.ts),
// after this commits.
export async function closeAuction(tx: Tx, bid: { id: number; number: string; title: string; buyerOrganisationId: number }, now: Date): Promise<void> {
  await tx.bid.update({ where: { id: bid.id }, data: { status: "FINANCIAL_EVALUATION" } });
  const ranked = await rankQualifiedOffers(tx, bid.id);
  await recordAudit(tx, { userId: null, role: "SYSTEM", ip: null, at: now }, {
    action: "bids.auction.close", entityType: "Bid", entityId: bid.id, organisationId: bid.buyerOrganisationId,
    after: { l1TotalPaise: ranked[0]?.totalPaise ?? null },
  });
  await tellBidBuyers(tx, bid, "auctionClosed", now);
  await tellBidSellers(tx, bid, ranked.map((offer) => offer.sellerId), "auctionClosed", now);
}
