// `npm run bench:auction`: reverse-auction bid latency with 50 sellers connected. A bid with
// 51 qualified sellers runs its auction (the highest is eliminated: 50 take part); each of the
// 50 and the buyer listen on the in-process feed (lib/bids/auction-feed.ts) and cut every state
// to their view (lib/bids/auction-view.ts) as the live stream does, ready to send. Then:
// 1. one bid at a time, each seller in turn undercutting L1 by the minimum decrement;
// 2. waves of sellers bidding at once: one wins each wave, the rest no longer undercut the new
//    L1 and are refused;
// 3. bids in the last minutes, each extending the end.
// Latency is from calling placeAuctionBid to the moment the last listener has the state with
// that bid. Also counted: pushes that reached the listeners out of order (an older state after
// a newer one), and whether the listeners' last state is the database's. On a scratch
// database of each kind: an in-memory PGlite, and a throw-away schema on DATABASE_URL when set.
import { loadActor, type Actor } from "../lib/auth/actor";
import type { ActionContext } from "../lib/auth/context";
import { subscribeToAuction } from "../lib/bids/auction-feed";
import { readAuctionState, type AuctionState } from "../lib/bids/auction-state";
import { auctionViewerOf, projectAuction, type AuctionViewer } from "../lib/bids/auction-view";
import { placeAuctionBid } from "../lib/bids/reverse-auction";
import type { Db } from "../lib/db/client";
import { FieldValidationError } from "../lib/errors";
import { buildAuction, type BidFixture } from "../tests/integration/bid-fixtures";
import { onScratchDatabases } from "./scratch-databases";

const SELLERS = 50;
const SEQUENTIAL_BIDS = 100;
const WAVES = 20;
const WAVE_SIZE = 10;
const LAST_MINUTE_BIDS = 5;
const MINUTE_MS = 60_000;

// 51 verified sellers of the bench's own, each with a seller administrator (no password: the
// bench signs no one in), a third of them micro enterprises.
async function benchSellers(db: Db, count: number): Promise<Actor[]> {
  const place = await db.seller.findFirstOrThrow({ where: { verificationStatus: "VERIFIED" }, select: { stateId: true, districtId: true, blockId: true } });
  const run = Date.now().toString(36).slice(-4).toUpperCase();
  const actors: Actor[] = [];
  for (let i = 0; i < count; i += 1) {
    const seller = await db.seller.create({
      data: {
        legalName: `Bench Supplies ${run}-${i}`, entityType: "PROPRIETORSHIP", pan: `BN${run}${String(i).padStart(3, "0")}Z`.slice(0, 10),
        addressLine: "1 Bench Road", pincode: "462001", ...place, verificationStatus: "VERIFIED", profileCompleteness: 100,
        mseClass: i % 3 === 0 ? "MICRO" : null,
      },
    });
    const user = await db.user.create({
      data: { email: `bench.seller.${run}.${i}@example.gov.in`, name: `Bench Seller ${i}`, passwordHash: "!", sellerId: seller.id, roles: { create: [{ role: "SELLER_ADMIN" }] } },
    });
    actors.push((await loadActor(db, user.id))!);
  }
  return actors;
}

type Pending = { offerId: number; totalPaise: bigint; startedAt: number; seenBy: Set<number>; deliveredAt?: number };

// The listeners: each projects every state for its viewer and serialises it, as a stream does,
// and notes the pending bids the state carries.
function listen(bidId: number, viewers: AuctionViewer[]) {
  const pending = new Set<Pending>();
  let last: AuctionState | null = null;
  let lowestSum: bigint | null = null;
  let outOfOrder = 0;
  let bytes = 0;
  const unsubscribes = viewers.map((viewer, listener) => subscribeToAuction(bidId, (state) => {
    bytes += JSON.stringify(projectAuction(state, viewer)).length;
    const totals = new Map(state.offers.map((offer) => [offer.offerId, BigInt(offer.totalPaise)]));
    for (const bid of pending) {
      const total = totals.get(bid.offerId);
      if (total === undefined || total > bid.totalPaise || bid.seenBy.has(listener)) continue;
      bid.seenBy.add(listener);
      if (bid.seenBy.size === viewers.length) {
        bid.deliveredAt = performance.now();
        pending.delete(bid);
      }
    }
    if (listener === 0) {
      const sum = state.offers.reduce((total, offer) => total + BigInt(offer.totalPaise), 0n);
      if (lowestSum !== null && sum > lowestSum) outOfOrder += 1;
      if (lowestSum === null || sum < lowestSum) lowestSum = sum;
      last = state;
    }
  }));
  return {
    track: (offerId: number, totalPaise: bigint): Pending => {
      const bid = { offerId, totalPaise, startedAt: performance.now(), seenBy: new Set<number>() };
      pending.add(bid);
      return bid;
    },
    untrack: (bid: Pending) => pending.delete(bid),
    stats: () => ({ outOfOrder, bytes, last }),
    stop: () => unsubscribes.forEach((unsubscribe) => unsubscribe()),
  };
}

type PhaseResult = { label: string; accepted: Pending[]; refused: number; otherErrors: number; seconds: number; extended: number };

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

async function run(db: Db, kind: string) {
  const built = performance.now();
  const actors = await benchSellers(db, SELLERS + 1);
  const bid: BidFixture = await buildAuction(db, {
    sellers: actors.map((actor, i) => ({ seller: { actor }, unitPrices: [String(7000 + i * 10)], localContentPercent: i % 4 === 0 ? 60 : 20 })),
    reverseAuctionRule: "ELIMINATE_HIGHEST", auctionMinutes: 480, auctionDecrementPercent: "0.1", minOffers: 3,
  });
  const startedAt = bid.times.auctionStartedAt!;
  const taking = bid.sellers.slice(0, SELLERS);
  const clockAt = (offsetMs: number) => new Date(startedAt.getTime() + MINUTE_MS + offsetMs);
  const t0 = performance.now();
  const nowCtx = (ctx: ActionContext, at?: Date) => ({ ...ctx, now: at ?? clockAt(performance.now() - t0) });
  const viewers = [await auctionViewerOf(db, bid.buyer, bid.bidId), ...await Promise.all(taking.map((seller) => auctionViewerOf(db, seller.ctx, bid.bidId)))];
  const buildSeconds = (performance.now() - built) / 1000;
  const listeners = listen(bid.bidId, viewers);
  let l1 = BigInt((await readAuctionState(db, bid.bidId, clockAt(0))).l1Paise!);
  const nextMax = (paise: bigint) => paise - (paise * 10n + 9_999n) / 10_000n;

  const attempt = async (result: PhaseResult, seller: (typeof taking)[number], total: bigint, at?: Date) => {
    const tracked = listeners.track(seller.offerId, total);
    try {
      const placed = await placeAuctionBid(db, nowCtx(seller.ctx, at), { bidId: bid.bidId, total });
      if (placed.extended) result.extended += 1;
      result.accepted.push(tracked);
      if (total < l1) l1 = total;
    } catch (error) {
      listeners.untrack(tracked);
      if (error instanceof FieldValidationError && error.fieldErrors.total === "bids.errors.decrementNotMet") result.refused += 1;
      else result.otherErrors += 1;
    }
  };
  const phase = async (label: string, body: (result: PhaseResult) => Promise<void>) => {
    const result: PhaseResult = { label, accepted: [], refused: 0, otherErrors: 0, seconds: 0, extended: 0 };
    const started = performance.now();
    await body(result);
    result.seconds = (performance.now() - started) / 1000;
    return result;
  };

  const results = [
    await phase(`one at a time (${SEQUENTIAL_BIDS})`, async (result) => {
      for (let i = 0; i < SEQUENTIAL_BIDS; i += 1) await attempt(result, taking[(SELLERS - 1 - (i % SELLERS))]!, nextMax(l1));
    }),
    await phase(`${WAVE_SIZE} at once x ${WAVES}`, async (result) => {
      for (let wave = 0; wave < WAVES; wave += 1) {
        const top = nextMax(l1);
        const bidders = Array.from({ length: WAVE_SIZE }, (_, i) => taking[(wave * WAVE_SIZE + i) % SELLERS]!);
        await Promise.all(bidders.map((seller, i) => attempt(result, seller, top - BigInt(i) * 100n)));
      }
    }),
    await phase(`last minutes (${LAST_MINUTE_BIDS})`, async (result) => {
      for (let i = 0; i < LAST_MINUTE_BIDS; i += 1) {
        const ends = (await db.bid.findUniqueOrThrow({ where: { id: bid.bidId }, select: { auctionEndsAt: true } })).auctionEndsAt!;
        await attempt(result, taking[i]!, nextMax(l1), new Date(ends.getTime() - 2 * MINUTE_MS));
      }
    }),
  ];
  listeners.stop();

  const { outOfOrder, bytes, last } = listeners.stats();
  const endsAt = (await db.bid.findUniqueOrThrow({ where: { id: bid.bidId }, select: { auctionEndsAt: true } })).auctionEndsAt!;
  const final = await readAuctionState(db, bid.bidId, new Date(endsAt.getTime() - 1000));
  const isConsistent = JSON.stringify((last as AuctionState | null)?.offers) === JSON.stringify(final.offers);

  console.log(`\n${kind}: ${SELLERS} sellers in the auction (${SELLERS + 1} qualified), ${viewers.length} listeners (the ${SELLERS} sellers and the buyer); set up in ${buildSeconds.toFixed(1)} s`);
  const header = ["phase", "bids", "refused", "median ms", "p95 ms", "max ms", "bids/s", "tries/s", "extended"];
  const rows = [...results, { label: "all", accepted: results.flatMap((r) => r.accepted), refused: results.reduce((s, r) => s + r.refused, 0), otherErrors: results.reduce((s, r) => s + r.otherErrors, 0), seconds: results.reduce((s, r) => s + r.seconds, 0), extended: results.reduce((s, r) => s + r.extended, 0) }].map((result) => {
    const latencies = result.accepted.map((p) => (p.deliveredAt ?? NaN) - p.startedAt);
    const tries = result.accepted.length + result.refused + result.otherErrors;
    return [
      result.label, String(result.accepted.length), String(result.refused + result.otherErrors),
      percentile(latencies, 0.5).toFixed(1), percentile(latencies, 0.95).toFixed(1), Math.max(...latencies).toFixed(1),
      (result.accepted.length / result.seconds).toFixed(1), (tries / result.seconds).toFixed(1), String(result.extended),
    ];
  });
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  rows.forEach((row) => console.log(line(row)));
  const undelivered = results.flatMap((r) => r.accepted).filter((p) => p.deliveredAt === undefined).length;
  const otherErrors = results.reduce((s, r) => s + r.otherErrors, 0);
  console.log(`refused = the bid no longer undercut L1 by the decrement${otherErrors ? ` (${otherErrors} refused for another reason)` : ""}; accepted bids never delivered to every listener: ${undelivered}`);
  console.log(`pushes out of order (a state older than one already received): ${outOfOrder}; listeners' last state is the database's: ${isConsistent ? "yes" : "NO"}`);
  console.log(`projected views serialised: ${(bytes / 1024).toFixed(0)} KiB; final L1 ${final.l1Paise} paise, end ${endsAt.toISOString()}`);
}

await onScratchDatabases(run);
