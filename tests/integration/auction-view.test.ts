import { describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/api/bids/[id]/auction/route";
import type { ActionContext } from "@/lib/auth/context";
import { subscribeToAuction } from "@/lib/bids/auction-feed";
import type { AuctionState } from "@/lib/bids/auction-state";
import { auctionViewFor, isStaleAuctionState, projectAuction, refreshAuctionState, watchAuction, type AuctionView } from "@/lib/bids/auction-view";
import { placeAuctionBid } from "@/lib/bids/reverse-auction";
import { FieldValidationError, NotFoundError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, adminActor, contextOf } from "./admin-fixtures";
import { at, buildAuction, MINUTE_MS, type BidFixture, type BidSeller } from "./bid-fixtures";
import { setUpTestDatabase } from "../support/test-database";

// The route handler's session, database and clock.
const route = vi.hoisted(() => ({ ctx: null as ActionContext | null, db: null as unknown, now: new Date() }));
vi.mock("@/app/_lib/action-context", () => ({ actionContext: async () => route.ctx }));
vi.mock("@/lib/clock", () => ({ currentTime: () => route.now }));
vi.mock(import("@/lib/db/client"), async (importOriginal) => ({ ...(await importOriginal()), getDatabase: () => ({ db: route.db }) as never }));

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// Four sellers on 50 chairs at Rs 7,000 to 7,500 each (GST 18 %): the highest is eliminated,
// three take part. Totals: Rs 4,13,000, 4,24,800, 4,30,700; Rs 4,42,500 out.
const SELLERS = [
  { seller: "firm" as const, unitPrices: ["7000"] },
  { seller: "mse" as const, unitPrices: ["7200"] },
  { seller: "otherMse" as const, unitPrices: ["7300"] },
  { seller: "shg" as const, unitPrices: ["7500"] },
];

const minutesAfter = (date: Date | null, minutes: number) => new Date(date!.getTime() + minutes * MINUTE_MS);

// Every seller id, offer id and name the view holds anywhere.
function identitiesIn(view: AuctionView): { ids: number[]; text: string } {
  const ids: number[] = [];
  JSON.parse(JSON.stringify(view), (key, value) => {
    if ((key === "sellerId" || key === "offerId") && typeof value === "number") ids.push(value);
    return value;
  });
  return { ids, text: JSON.stringify(view) };
}

function expectNothingOf(view: AuctionView, others: BidSeller[]) {
  const { ids, text } = identitiesIn(view);
  for (const other of others) {
    expect(ids).not.toContain(other.sellerId);
    expect(ids).not.toContain(other.offerId);
    expect(text).not.toContain(other.name);
  }
}

async function auction(): Promise<BidFixture & { inAuction: BidSeller[]; out: BidSeller }> {
  const bid = await buildAuction(db(), { sellers: SELLERS });
  return { ...bid, inAuction: bid.sellers.slice(0, 3), out: bid.sellers[3]! };
}

describe("watching a reverse auction", () => {
  it("shows the buyer every offer with its seller, and each seller only its own rank and total", async () => {
    const bid = await auction();
    const now = minutesAfter(bid.times.auctionStartedAt, 1);

    const buyer = await auctionViewFor(db(), at(bid.buyer, now), bid.bidId);
    expect(buyer.viewer.kind).toBe("buyer");
    expect(buyer.view).toMatchObject({ status: "LIVE", participants: 3, l1Paise: "41300000", endsAt: bid.times.auctionEndsAt!.toISOString() });
    expect(buyer.view.offers.map((offer) => [offer.rank, offer.sellerName, offer.totalPaise])).toEqual([
      [1, bid.inAuction[0]!.name, "41300000"],
      [2, bid.inAuction[1]!.name, "42480000"],
      [3, bid.inAuction[2]!.name, "43070000"],
    ]);

    for (const [index, seller] of bid.inAuction.entries()) {
      const { viewer, view } = await auctionViewFor(db(), at(seller.ctx, now), bid.bidId);
      expect(viewer).toEqual({ kind: "seller", sellerId: seller.sellerId, offerId: seller.offerId });
      expect(view).toMatchObject({ status: "LIVE", participants: 3, l1Paise: "41300000", nextBidMaxPaise: "41093500", decrementBps: 50 });
      expect(view.offers).toEqual([{ offerId: seller.offerId, sellerId: seller.sellerId, sellerName: null, totalPaise: buyer.view.offers[index]!.totalPaise, rank: index + 1 }]);
      expectNothingOf(view, bid.sellers.filter((other) => other !== seller));
    }
  });

  it("is not found for anyone else: an eliminated seller, a seller without an offer, other roles, another organisation, anonymous", async () => {
    const bid = await auction();
    const now = minutesAfter(bid.times.auctionStartedAt, 1);
    const otherOrganisation = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: bid.buyer.actor!.organisationId! } }, select: { id: true } });
    const noOffer = await db().seller.findFirstOrThrow({ where: { verificationStatus: "VERIFIED", id: { notIn: bid.sellers.map((seller) => seller.sellerId) } }, select: { id: true } });
    const outsiders: ActionContext[] = [
      bid.out.ctx,
      contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: noOffer.id })),
      contextOf(bid.consignee),
      contextOf(bid.paying),
      contextOf(await actorWithRoles(db(), ["PRIMARY_BUYER"], { organisationId: bid.buyer.actor!.organisationId! })),
      contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrganisation.id })),
      contextOf(await adminActor(db(), "NATIONAL")),
      contextOf(null),
    ];
    for (const ctx of outsiders) await expect(auctionViewFor(db(), at(ctx, now), bid.bidId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(auctionViewFor(db(), at(bid.buyer, now), 999_999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pushes each bid to the watchers, refuses a bid that does not undercut L1 by the decrement, extends the end for a late bid and closes at the end", async () => {
    const bid = await auction();
    const [firm, mse, other] = bid.inAuction as [BidSeller, BidSeller, BidSeller];
    const endsAt = bid.times.auctionEndsAt!;
    const pushed: AuctionState[] = [];
    const unsubscribe = subscribeToAuction(bid.bidId, (state) => pushed.push(state));
    try {
      // The MSE (L2) bids the highest total allowed: Rs 4,13,000 less 0.5 % = Rs 4,10,935.
      const first = await placeAuctionBid(db(), at(mse.ctx, minutesAfter(bid.times.auctionStartedAt, 5)), { bidId: bid.bidId, total: 410_935_00n });
      expect(first).toMatchObject({ rank: 1, extended: false, endsAt });
      const afterFirst = pushed.at(-1)!;
      expect(afterFirst.l1Paise).toBe("41093500");
      const firmView = projectAuction(afterFirst, { kind: "seller", sellerId: firm.sellerId, offerId: firm.offerId });
      expect(firmView).toMatchObject({ l1Paise: "41093500", nextBidMaxPaise: "40888032", participants: 3, offers: [{ offerId: firm.offerId, rank: 2, totalPaise: "41300000" }] });
      expectNothingOf(firmView, [mse, other, bid.out]);

      // One paisa under L1 is not enough; neither is the seller's own price.
      for (const total of [410_934_99n, 413_000_00n]) {
        const refused = await placeAuctionBid(db(), at(firm.ctx, minutesAfter(bid.times.auctionStartedAt, 6)), { bidId: bid.bidId, total }).catch((error: unknown) => error);
        expect(refused).toBeInstanceOf(FieldValidationError);
        expect((refused as FieldValidationError).fieldErrors).toEqual({ total: "bids.errors.decrementNotMet" });
      }

      // Ten minutes before the end: no extension. Two minutes before: the end moves to 5 minutes after the bid.
      expect(await placeAuctionBid(db(), at(firm.ctx, minutesAfter(endsAt, -10)), { bidId: bid.bidId, total: 408_880_32n })).toMatchObject({ rank: 1, extended: false, endsAt });
      const late = minutesAfter(endsAt, -2);
      const extended = await placeAuctionBid(db(), at(other.ctx, late), { bidId: bid.bidId, total: 406_000_00n });
      expect(extended).toMatchObject({ rank: 1, extended: true, endsAt: minutesAfter(late, 5) });
      expect(pushed.at(-1)).toMatchObject({ status: "LIVE", endsAt: minutesAfter(late, 5).toISOString(), l1Paise: "40600000" });
      expect((await db().bid.findUniqueOrThrow({ where: { id: bid.bidId } })).auctionEndsAt).toEqual(minutesAfter(late, 5));
      expect(isStaleAuctionState(afterFirst, pushed.at(-1)!)).toBe(true);

      // At the old end the auction still runs; after the new one a watcher's catch-up read closes it.
      const buyerAtOldEnd = await auctionViewFor(db(), at(bid.buyer, minutesAfter(endsAt, 1)), bid.bidId);
      expect(buyerAtOldEnd.view.status).toBe("LIVE");
      const newEnd = minutesAfter(late, 5);
      const closed = new Promise<AuctionState>((resolve) => {
        const unwatch = watchAuction(db(), bid.bidId, () => minutesAfter(newEnd, 1), (state) => {
          if (state.status !== "CLOSED") return;
          unwatch();
          resolve(state);
        }, { ...pushed.at(-1)!, serverNow: new Date(newEnd.getTime() - 100).toISOString() });
      });
      const final = await closed;
      expect(final.offers.map((offer) => [offer.offerId, offer.rank])).toEqual([[other.offerId, 1], [firm.offerId, 2], [mse.offerId, 3]]);
      // closeAuction publishes from inside its transaction: the commit may follow the news.
      await vi.waitFor(async () => expect((await db().bid.findUniqueOrThrow({ where: { id: bid.bidId } })).status).toBe("FINANCIAL_EVALUATION"));
      expect((await db().bidOffer.findUniqueOrThrow({ where: { id: other.offerId } })).finalTotalPaise).toBe(406_000_00n);
      const tooLate = await placeAuctionBid(db(), at(mse.ctx, minutesAfter(newEnd, 2)), { bidId: bid.bidId, total: 400_000_00n }).catch((error: unknown) => error);
      expect((tooLate as FieldValidationError).fieldErrors).toEqual({ total: "bids.errors.auctionClosed" });
      expect((await refreshAuctionState(db(), bid.bidId, minutesAfter(newEnd, 3))).status).toBe("CLOSED");
    } finally {
      unsubscribe();
    }
  });
});

describe("ordering the states a stream receives", () => {
  const state = (status: AuctionState["status"], totals: string[], endsAt = "2026-12-05T10:00:00.000Z"): AuctionState => ({
    bidId: 1, status, endsAt, serverNow: "2026-12-05T09:00:00.000Z", l1Paise: totals[0] ?? null, nextBidMaxPaise: null, decrementBps: 50,
    offers: totals.map((totalPaise, index) => ({ offerId: index + 1, sellerId: index + 1, totalPaise, rank: index + 1 })),
  });

  it("keeps lower totals, later ends and the close; drops what came before them", () => {
    expect(isStaleAuctionState(state("LIVE", ["100", "200"]), null)).toBe(false);
    expect(isStaleAuctionState(state("LIVE", ["100", "200"]), state("LIVE", ["100", "190"]))).toBe(true);
    expect(isStaleAuctionState(state("LIVE", ["100", "190"]), state("LIVE", ["100", "200"]))).toBe(false);
    expect(isStaleAuctionState(state("LIVE", ["100", "190"], "2026-12-05T10:05:00.000Z"), state("LIVE", ["100", "190"]))).toBe(false);
    expect(isStaleAuctionState(state("LIVE", ["100", "190"]), state("LIVE", ["100", "190"], "2026-12-05T10:05:00.000Z"))).toBe(true);
    expect(isStaleAuctionState(state("LIVE", ["100", "190"]), state("CLOSED", ["100", "190"]))).toBe(true);
    expect(isStaleAuctionState(state("CLOSED", ["100", "190"]), state("LIVE", ["100", "190"]))).toBe(false);
    // A bid sent before the end but taken after a watcher saw the end reopens the auction.
    expect(isStaleAuctionState(state("LIVE", ["90", "190"], "2026-12-05T10:05:00.000Z"), state("CLOSED", ["100", "190"]))).toBe(false);
    expect(isStaleAuctionState(state("UPCOMING", []), state("LIVE", ["100", "200"]))).toBe(true);
    expect(isStaleAuctionState(state("LIVE", ["100", "200"]), state("UPCOMING", []))).toBe(false);
  });
});

describe("the live route", () => {
  const params = (id: number | string) => ({ params: Promise.resolve({ id: String(id) }) });
  const asUser = (ctx: ActionContext, now: Date) => Object.assign(route, { ctx: at(ctx, now), db: db(), now });
  const post = (id: number, body: string, type = "application/json") =>
    POST(new Request(`http://kraya.test/api/bids/${id}/auction`, { method: "POST", headers: { "content-type": type }, body }), params(id));

  // The data of each event on the stream, as the browser's EventSource reads them.
  function eventsOf(response: Response) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    return async function next(): Promise<AuctionView> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split("\n").filter((line) => line.startsWith("data: ")).map((line) => line.slice(6)).join("\n");
          if (data) return JSON.parse(data) as AuctionView;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("The stream ended");
        buffer += decoder.decode(value, { stream: true });
      }
    };
  }

  it("streams a seller its own part, pushes a bid at once, answers bids with 200, 422, 403, 404 or 415, and lets go when the reader leaves", async () => {
    const bid = await auction();
    const [firm, mse] = bid.inAuction as [BidSeller, BidSeller];
    const now = minutesAfter(bid.times.auctionStartedAt, 1);
    const feed = (globalThis as unknown as { krayaAuctionFeed: { listenerCount: (name: string) => number } }).krayaAuctionFeed;
    const pollers = (globalThis as unknown as { krayaAuctionPollers: Map<number, unknown> }).krayaAuctionPollers;

    asUser(firm.ctx, now);
    const reader = new AbortController();
    const response = await GET(new Request(`http://kraya.test/api/bids/${bid.bidId}/auction`, { signal: reader.signal }), params(bid.bidId));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const next = eventsOf(response);
    expect(await next()).toMatchObject({ status: "LIVE", participants: 3, l1Paise: "41300000", offers: [{ offerId: firm.offerId, rank: 1 }] });
    expect(feed.listenerCount(`bid:${bid.bidId}`)).toBe(1);
    expect(pollers.has(bid.bidId)).toBe(true);

    asUser(mse.ctx, minutesAfter(now, 1));
    const placed = await post(bid.bidId, JSON.stringify({ total: "4,10,935" }));
    expect(placed.status).toBe(200);
    expect(await placed.json()).toEqual({ totalPaise: "41093500", rank: 1, endsAt: bid.times.auctionEndsAt!.toISOString(), extended: false });
    const pushed = await next();
    expect(pushed).toMatchObject({ l1Paise: "41093500", offers: [{ offerId: firm.offerId, rank: 2, totalPaise: "41300000" }] });
    expectNothingOf(pushed, [mse, ...bid.sellers.slice(2)]);

    const again = await post(bid.bidId, JSON.stringify({ total: "4,10,935" }));
    expect([again.status, await again.json()]).toEqual([422, { fieldErrors: { total: "bids.errors.decrementNotMet" } }]);
    const notAnAmount = await post(bid.bidId, JSON.stringify({ total: "ten lakh" }));
    expect([notAnAmount.status, await notAnAmount.json()]).toEqual([422, { fieldErrors: { total: "bids.errors.amount" } }]);
    expect((await post(bid.bidId, "total=1", "application/x-www-form-urlencoded")).status).toBe(415);
    asUser(contextOf(await actorWithRoles(db(), ["SELLER_STAFF"], { sellerId: mse.sellerId })), minutesAfter(now, 2));
    expect((await post(bid.bidId, JSON.stringify({ total: "4,00,000" }))).status).toBe(403);
    asUser(bid.out.ctx, minutesAfter(now, 2));
    expect((await post(bid.bidId, JSON.stringify({ total: "4,00,000" }))).status).toBe(422);
    expect((await GET(new Request("http://kraya.test/"), params(bid.bidId))).status).toBe(404);
    expect((await GET(new Request("http://kraya.test/"), params("12abc"))).status).toBe(404);
    asUser(contextOf(null), minutesAfter(now, 2));
    expect((await post(bid.bidId, JSON.stringify({ total: "4,00,000" }))).status).toBe(401);

    reader.abort();
    await vi.waitFor(() => expect(feed.listenerCount(`bid:${bid.bidId}`)).toBe(0));
    expect(pollers.has(bid.bidId)).toBe(false);
  });
});
