import { describe, expect, it } from "vitest";
import { planAward, rankOffers, type OfferForAward } from "@/lib/bids/award-plan";
import { offerLineTotals, scaleLines, sumLines } from "@/lib/bids/offer-prices";
import { nextBidMax } from "@/lib/bids/auction-state";
import { auctionParticipants } from "@/lib/bids/reverse-auction";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 21, 6, minute));
const offer = (offerId: number, total: bigint, flags: Partial<OfferForAward> = {}): OfferForAward => ({
  offerId, at: at(offerId), isMse: false, isClassI: false, lineTotals: new Map([[1, total]]), ...flags,
});
const items = [{ id: 1, quantity: 100 }];
const plan = (offers: OfferForAward[], prefs = { hasMsePreference: true, hasMakeInIndiaPreference: true }) =>
  planAward({ items, method: "TOTAL_VALUE", offers, ...prefs });

describe("ranking", () => {
  it("ranks on the total, the earlier price first on a tie, then the lower offer id", () => {
    const ranked = rankOffers([offer(3, 100n, { at: at(5) }), offer(1, 90n), offer(2, 100n, { at: at(1) }), offer(4, 100n, { at: at(1) })], [1]);
    expect(ranked.map((o) => [o.offerId, o.rank])).toEqual([[1, 1], [2, 2], [4, 3], [3, 4]]);
  });
});

describe("purchase preferences", () => {
  it("gives L1 the whole quantity when no preference applies", () => {
    expect(plan([offer(1, 1_000_00n), offer(2, 1_200_00n, { isMse: true })])).toEqual([{ offerId: 1, itemId: 1, quantity: 100, linePaise: 1_000_00n, reason: "L1" }]);
  });

  it("lets an MSE within L1 + 15 % match L1 for 25 % of the quantity, priced from L1's line", () => {
    const lines = plan([offer(1, 1_000_00n), offer(2, 1_150_00n, { isMse: true })]);
    expect(lines).toEqual([
      { offerId: 2, itemId: 1, quantity: 25, linePaise: 250_00n, reason: "MSE_MATCH" },
      { offerId: 1, itemId: 1, quantity: 75, linePaise: 750_00n, reason: "L1" },
    ]);
    expect(lines.reduce((sum, line) => sum + line.linePaise, 0n)).toBe(1_000_00n);
  });

  it("does not apply the MSE preference beyond 15 %, when L1 is an MSE, or when switched off", () => {
    expect(plan([offer(1, 1_000_00n), offer(2, 1_150_01n, { isMse: true })])).toHaveLength(1);
    expect(plan([offer(1, 1_000_00n, { isMse: true }), offer(2, 1_050_00n, { isMse: true })])).toHaveLength(1);
    expect(plan([offer(1, 1_000_00n), offer(2, 1_050_00n, { isMse: true })], { hasMsePreference: false, hasMakeInIndiaPreference: true })).toHaveLength(1);
  });

  it("lets a Class-I local supplier within L1 + 20 % match L1 and win when L1 is not Class-I", () => {
    expect(plan([offer(1, 1_000_00n), offer(2, 1_200_00n, { isClassI: true })])).toEqual([{ offerId: 2, itemId: 1, quantity: 100, linePaise: 1_000_00n, reason: "CLASS_I_MATCH" }]);
    expect(plan([offer(1, 1_000_00n), offer(2, 1_200_01n, { isClassI: true })])[0]?.offerId).toBe(1);
    expect(plan([offer(1, 1_000_00n), offer(2, 1_100_00n, { isClassI: true })], { hasMsePreference: true, hasMakeInIndiaPreference: false })[0]?.offerId).toBe(1);
  });

  it("applies the MSE share after the Make in India match", () => {
    const lines = plan([offer(1, 1_000_00n), offer(2, 1_100_00n, { isClassI: true }), offer(3, 1_140_00n, { isMse: true })]);
    expect(lines.map((line) => [line.offerId, line.quantity, line.reason])).toEqual([[3, 25, "MSE_MATCH"], [2, 75, "CLASS_I_MATCH"]]);
  });

  it("ranks and awards each item on its own when evaluated item-wise", () => {
    const a = { ...offer(1, 0n), lineTotals: new Map([[1, 100n], [2, 500n]]) };
    const b = { ...offer(2, 0n), lineTotals: new Map([[1, 200n], [2, 400n]]) };
    const lines = planAward({ items: [{ id: 1, quantity: 1 }, { id: 2, quantity: 1 }], method: "ITEM_WISE", hasMsePreference: false, hasMakeInIndiaPreference: false, offers: [a, b] });
    expect(lines.map((line) => [line.itemId, line.offerId])).toEqual([[1, 1], [2, 2]]);
  });
});

describe("offer prices", () => {
  it("adds GST per line and keeps a reverse auction's total exact across lines", () => {
    const lines = offerLineTotals([{ id: 1, quantity: 3, gstRateBps: 1800 }, { id: 2, quantity: 7, gstRateBps: 1200 }], new Map([[1, 1_000_00n], [2, 333_33n]]));
    expect(lines.get(1)).toBe(3_540_00n);
    expect(lines.get(2)).toBe(2_613_31n);
    const scaled = scaleLines(lines, 5_999_99n);
    expect(sumLines(scaled)).toBe(5_999_99n);
  });
});

describe("reverse auction", () => {
  it("takes the lowest half (at least two) or all but the highest", () => {
    expect(auctionParticipants([1, 2, 3, 4, 5], "LOWEST_HALF")).toEqual([1, 2, 3]);
    expect(auctionParticipants([1, 2, 3], "LOWEST_HALF")).toEqual([1, 2]);
    expect(auctionParticipants([1, 2], "ELIMINATE_HIGHEST")).toEqual([1, 2]);
    expect(auctionParticipants([1, 2, 3, 4], "ELIMINATE_HIGHEST")).toEqual([1, 2, 3]);
    expect(auctionParticipants([1], "LOWEST_HALF")).toEqual([]);
  });

  it("asks the next bid to undercut L1 by at least the decrement, rounded up to the paisa", () => {
    expect(nextBidMax(10_000_00n, 50)).toBe(9_950_00n);
    expect(nextBidMax(333n, 50)).toBe(331n);
  });
});
