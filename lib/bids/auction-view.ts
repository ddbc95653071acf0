import "server-only";
import { hasRole } from "../auth/actor";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { publishAuctionState, subscribeToAuction } from "./auction-feed";
import { readAuctionState, type AuctionState } from "./auction-state";
import { settleBid } from "./bid-clock";

// Who watches a reverse auction live, and what each of them sees of it. The bid's buyers see
// every taking part offer with its seller, total and rank; a seller taking part sees the end,
// L1, the highest total it may bid, its own total and rank and how many take part, never who
// the others are (no other seller's id, offer id or name). Anyone else: "not found".

export type AuctionViewer =
  | { kind: "buyer"; sellerNames: Record<number, string> }
  | { kind: "seller"; sellerId: number; offerId: number };

export type AuctionViewOffer = { offerId: number; sellerId: number; sellerName: string | null; totalPaise: string; rank: number };

// One watcher's part of an AuctionState. It keeps AuctionState's shape (a seller's list holds
// its own offer only), so a page can hand it to the browser where an AuctionState is expected.
export type AuctionView = Omit<AuctionState, "offers"> & { participants: number; offers: AuctionViewOffer[] };

export async function auctionViewerOf(db: Db, ctx: ActionContext, bidId: number): Promise<AuctionViewer> {
  const actor = ctx.actor;
  const bid = actor ? await db.bid.findUnique({ where: { id: bidId }, select: { status: true, buyerOrganisationId: true } }) : null;
  if (actor && bid) {
    if (hasRole(actor, "BUYER") && actor.organisationId === bid.buyerOrganisationId) {
      // Sealed offers name no one, not even to the buyer (sealed-offers.ts).
      const sealed = bid.status === "DRAFT" || bid.status === "PUBLISHED";
      const offers = sealed ? [] : await db.bidOffer.findMany({
        where: { bidId, status: "QUALIFIED" },
        select: { id: true, seller: { select: { legalName: true, tradeName: true } } },
      });
      return { kind: "buyer", sellerNames: Object.fromEntries(offers.map((offer) => [offer.id, offer.seller.tradeName ?? offer.seller.legalName])) };
    }
    if (hasRole(actor, "SELLER_ADMIN", "SELLER_STAFF") && actor.sellerId !== null && bid.status !== "DRAFT") {
      const offer = await db.bidOffer.findUnique({ where: { bidId_sellerId: { bidId, sellerId: actor.sellerId } }, select: { id: true, isInAuction: true, status: true } });
      if (offer?.isInAuction && offer.status === "QUALIFIED") return { kind: "seller", sellerId: actor.sellerId, offerId: offer.id };
    }
  }
  throw new NotFoundError("Auction");
}

// The watcher, and the auction as they see it now (the bid's clock settled first, so an
// auction whose end has passed is closed).
export async function auctionViewFor(db: Db, ctx: ActionContext, bidId: number): Promise<{ viewer: AuctionViewer; state: AuctionState; view: AuctionView }> {
  const viewer = await auctionViewerOf(db, ctx, bidId);
  const now = nowOf(ctx);
  await db.$transaction((tx) => settleBid(tx, bidId, now));
  const state = await readAuctionState(db, bidId, now);
  return { viewer, state, view: projectAuction(state, viewer) };
}

// One state, as one watcher sees it. Pure: a stream projects every pushed state with it.
export function projectAuction(state: AuctionState, viewer: AuctionViewer): AuctionView {
  const { offers, ...common } = state;
  if (viewer.kind === "buyer") {
    return { ...common, participants: offers.length, offers: offers.map((offer) => ({ ...offer, sellerName: viewer.sellerNames[offer.offerId] ?? null })) };
  }
  const own = offers.find((offer) => offer.offerId === viewer.offerId);
  return {
    ...common,
    participants: offers.length,
    offers: own ? [{ offerId: own.offerId, sellerId: viewer.sellerId, sellerName: null, totalPaise: own.totalPaise, rank: own.rank }] : [],
  };
}

// States can reach a stream out of order: two bids commit one after the other, but the second
// may read and publish its state before the first does, and a catch-up read may finish after a
// newer push. Within an auction every accepted bid lowers its seller's total (it undercuts L1,
// which is at most that seller's own total), so the sum of the totals orders the states; the end
// only moves later; and with both equal, a closed state follows a live one. A state is stale
// when it comes before the last one shown.
export function isStaleAuctionState(next: AuctionState, last: AuctionState | null): boolean {
  if (!last || next.bidId !== last.bidId) return false;
  if ((next.status === "UPCOMING") !== (last.status === "UPCOMING")) return next.status === "UPCOMING";
  const [nextSum, lastSum] = [totalOf(next), totalOf(last)];
  if (nextSum !== lastSum) return nextSum > lastSum;
  const [nextEnd, lastEnd] = [Date.parse(next.endsAt ?? "") || 0, Date.parse(last.endsAt ?? "") || 0];
  if (nextEnd !== lastEnd) return nextEnd < lastEnd;
  return next.status === "LIVE" && last.status === "CLOSED";
}

function totalOf(state: AuctionState): bigint {
  return state.offers.reduce((sum, offer) => sum + BigInt(offer.totalPaise), 0n);
}

// The state a stream re-reads to catch up. Once the end has passed the bid is settled first:
// the auction closes (its final ranking is published) even when no one else touches the bid.
export async function refreshAuctionState(db: Db, bidId: number, now: Date): Promise<AuctionState> {
  const bid = await db.bid.findUnique({ where: { id: bidId }, select: { status: true, auctionEndsAt: true } });
  if (bid?.status === "REVERSE_AUCTION" && bid.auctionEndsAt && bid.auctionEndsAt <= now) await db.$transaction((tx) => settleBid(tx, bidId, now));
  return readAuctionState(db, bidId, now);
}

// The catch-up read, every CATCH_UP_MS, and just after the end so the close reaches every
// watcher at once. One poller per bid in this process serves all its streams: it publishes
// what it reads on the feed (auction-feed.ts) like a bid does. Another process's bids reach
// this one's streams this way too, at most CATCH_UP_MS late.
export const CATCH_UP_MS = 5_000;

type Poller = { watchers: number; timer: ReturnType<typeof setTimeout> | null };
const holder = globalThis as unknown as { krayaAuctionPollers?: Map<number, Poller> };
const pollers = (holder.krayaAuctionPollers ??= new Map());

export function watchAuction(db: Db, bidId: number, clock: () => Date, listener: (state: AuctionState) => void, known?: AuctionState): () => void {
  const unsubscribe = subscribeToAuction(bidId, listener);
  let poller = pollers.get(bidId);
  if (!poller) {
    poller = { watchers: 0, timer: null };
    pollers.set(bidId, poller);
    schedulePoll(db, bidId, clock, poller, known ? nextPollIn(known) : CATCH_UP_MS);
  }
  poller.watchers += 1;
  const watched = poller;
  let isWatching = true;
  return () => {
    if (!isWatching) return;
    isWatching = false;
    unsubscribe();
    watched.watchers -= 1;
    if (watched.watchers > 0) return;
    if (watched.timer) clearTimeout(watched.timer);
    if (pollers.get(bidId) === watched) pollers.delete(bidId);
  };
}

function schedulePoll(db: Db, bidId: number, clock: () => Date, poller: Poller, delayMs: number): void {
  poller.timer = setTimeout(async () => {
    let next = CATCH_UP_MS;
    try {
      const state = await refreshAuctionState(db, bidId, clock());
      if (pollers.get(bidId) !== poller) return;
      publishAuctionState(state);
      next = nextPollIn(state);
    } catch (error) {
      console.error(`Reverse auction ${bidId}: the catch-up read failed`, error);
    }
    if (pollers.get(bidId) === poller) schedulePoll(db, bidId, clock, poller, next);
  }, delayMs);
  poller.timer.unref?.();
}

function nextPollIn(state: AuctionState): number {
  if (state.status !== "LIVE" || !state.endsAt) return CATCH_UP_MS;
  return Math.max(50, Math.min(CATCH_UP_MS, Date.parse(state.endsAt) - Date.parse(state.serverNow) + 50));
}
