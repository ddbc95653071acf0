import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { buyerOfBid, publishedBid, sellerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { tellBidSellers } from "./bid-notifications";
import { AUCTION_EXTENSION_MINUTES, MINUTE_MS } from "./bid-rules";
import type { AuctionBidInput } from "./bid-schemas";
import { publishAuctionState } from "./auction-feed";
import { nextBidMax, readAuctionState } from "./auction-state";

// Who takes part in the reverse auction, from the qualified offers ranked on their sealed
// prices: the lowest half (rounded up), or all but the highest; never fewer than two. With
// fewer than two qualified offers there is no auction.
export function auctionParticipants<T>(ranked: T[], rule: "LOWEST_HALF" | "ELIMINATE_HIGHEST"): T[] {
  if (ranked.length < 2) return [];
  const count = rule === "LOWEST_HALF" ? Math.ceil(ranked.length / 2) : ranked.length - 1;
  return ranked.slice(0, Math.max(2, count));
}

// The buyer starts the auction after the financial opening; it runs for the bid's minutes.
export async function startAuction(db: Db, ctx: ActionContext, bidId: number): Promise<void> {
  const { role } = await buyerOfBid(db, ctx, bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, bidId, now);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId } });
    if (bid.status !== "FINANCIAL_EVALUATION" || !bid.hasReverseAuction || bid.auctionStartedAt || !bid.reverseAuctionRule || !bid.auctionMinutes) {
      throw new FieldValidationError({ form: "bids.errors.noAuction" });
    }
    const ranked = await tx.bidOffer.findMany({ where: { bidId, status: "QUALIFIED" }, orderBy: { rank: "asc" }, select: { id: true, sellerId: true } });
    const participants = auctionParticipants(ranked, bid.reverseAuctionRule);
    if (participants.length === 0) throw new FieldValidationError({ form: "bids.errors.auctionTooFew" });
    const endsAt = new Date(now.getTime() + bid.auctionMinutes * MINUTE_MS);
    await tx.bidOffer.updateMany({ where: { id: { in: participants.map((offer) => offer.id) } }, data: { isInAuction: true } });
    await tx.bid.update({ where: { id: bidId }, data: { status: "REVERSE_AUCTION", auctionStartedAt: now, auctionEndsAt: endsAt } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "bids.auction.start", entityType: "Bid", entityId: bidId, organisationId: bid.buyerOrganisationId,
      after: { endsAt, participants: participants.length },
    });
    await tellBidSellers(tx, bid, participants.map((offer) => offer.sellerId), "auctionStarted", now, { date: endsAt });
  });
  publishAuctionState(await readAuctionState(db, bidId, now));
}

export type AuctionBidResult = { totalPaise: bigint; rank: number; endsAt: Date; extended: boolean };

// A seller taking part bids below the current L1 by at least the bid's decrement, before the
// end. A bid in the last AUCTION_EXTENSION_MINUTES moves the end to that many minutes after
// it. Bids on one auction are taken one at a time (the bid's row lock).
export async function placeAuctionBid(db: Db, ctx: ActionContext, input: AuctionBidInput): Promise<AuctionBidResult> {
  const { role, sellerId } = sellerOfBid(ctx, "write");
  await publishedBid(db, input.bidId);
  const now = nowOf(ctx);
  const result = await db.$transaction(async (tx) => {
    await settleBid(tx, input.bidId, now);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: input.bidId }, select: { status: true, auctionEndsAt: true, auctionDecrementBps: true } });
    if (bid.status !== "REVERSE_AUCTION" || !bid.auctionEndsAt || bid.auctionEndsAt <= now) throw new FieldValidationError({ total: "bids.errors.auctionClosed" });
    const offer = await tx.bidOffer.findUnique({ where: { bidId_sellerId: { bidId: input.bidId, sellerId } }, select: { id: true, isInAuction: true, status: true } });
    if (!offer?.isInAuction || offer.status !== "QUALIFIED") throw new FieldValidationError({ total: "bids.errors.notInAuction" });
    const state = await readAuctionState(tx, input.bidId, now);
    const highestAllowed = nextBidMax(BigInt(state.l1Paise ?? "0"), bid.auctionDecrementBps ?? 0);
    if (input.total > highestAllowed) throw new FieldValidationError({ total: "bids.errors.decrementNotMet" });
    const extended = bid.auctionEndsAt.getTime() - now.getTime() <= AUCTION_EXTENSION_MINUTES * MINUTE_MS;
    const endsAt = extended ? new Date(now.getTime() + AUCTION_EXTENSION_MINUTES * MINUTE_MS) : bid.auctionEndsAt;
    await tx.bidAuctionBid.create({ data: { bidId: input.bidId, offerId: offer.id, totalPaise: input.total, createdAt: now } });
    await tx.bidOffer.update({ where: { id: offer.id }, data: { finalTotalPaise: input.total, finalAt: now } });
    if (extended) await tx.bid.update({ where: { id: input.bidId }, data: { auctionEndsAt: endsAt } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "bids.auction.bid", entityType: "BidOffer", entityId: offer.id, sellerId, data: { bidId: input.bidId, totalPaise: input.total, extended },
    });
    return { offerId: offer.id, endsAt, extended };
  });
  const state = await readAuctionState(db, input.bidId, now);
  publishAuctionState(state);
  const rank = state.offers.find((offer) => offer.offerId === result.offerId)?.rank ?? 0;
  return { totalPaise: input.total, rank, endsAt: result.endsAt, extended: result.extended };
}
