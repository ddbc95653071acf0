import "server-only";
import type { Db, Tx } from "../db/client";
import { rankOffers } from "./award-plan";

// A reverse auction as everyone watching it needs it: when it ends, the current L1, the least
// the next bid must undercut it by, and each taking part offer's current total and rank.
export type AuctionState = {
  bidId: number;
  status: "UPCOMING" | "LIVE" | "CLOSED";
  endsAt: string | null;
  serverNow: string;
  l1Paise: string | null;
  nextBidMaxPaise: string | null;
  decrementBps: number;
  offers: { offerId: number; sellerId: number; totalPaise: string; rank: number }[];
};

export async function readAuctionState(db: Db | Tx, bidId: number, now: Date): Promise<AuctionState> {
  const bid = await db.bid.findUniqueOrThrow({
    where: { id: bidId },
    select: { status: true, auctionStartedAt: true, auctionEndsAt: true, auctionDecrementBps: true },
  });
  const offers = await db.bidOffer.findMany({
    where: { bidId, isInAuction: true, status: "QUALIFIED" },
    select: { id: true, sellerId: true, finalTotalPaise: true, finalAt: true },
  });
  const ranked = rankOffers(
    offers.map((offer) => ({ offerId: offer.id, sellerId: offer.sellerId, at: offer.finalAt ?? new Date(0), isMse: false, isClassI: false, lineTotals: new Map([[0, offer.finalTotalPaise ?? 0n]]) })),
    [0],
  );
  const l1 = ranked[0]?.totalPaise ?? null;
  const decrementBps = bid.auctionDecrementBps ?? 0;
  const live = bid.status === "REVERSE_AUCTION" && bid.auctionEndsAt !== null && bid.auctionEndsAt > now;
  return {
    bidId,
    status: bid.auctionStartedAt === null ? "UPCOMING" : live ? "LIVE" : "CLOSED",
    endsAt: bid.auctionEndsAt?.toISOString() ?? null,
    serverNow: now.toISOString(),
    l1Paise: l1?.toString() ?? null,
    nextBidMaxPaise: l1 === null ? null : nextBidMax(l1, decrementBps).toString(),
    decrementBps,
    offers: ranked.map((offer) => ({ offerId: offer.offerId, sellerId: offer.sellerId, totalPaise: offer.totalPaise.toString(), rank: offer.rank })),
  };
}

// The highest total a new bid may have: the current L1 less the minimum decrement (rounded
// up to the paisa, so the step is never smaller than asked).
export function nextBidMax(l1Paise: bigint, decrementBps: number): bigint {
  return l1Paise - (l1Paise * BigInt(decrementBps) + 9_999n) / 10_000n;
}
