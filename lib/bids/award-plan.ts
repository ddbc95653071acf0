import { CLASS_I_MARGIN_BPS, MSE_MARGIN_BPS, MSE_SHARE_BPS } from "./bid-rules";

// Ranking and the purchase preferences, as pure functions of the qualified offers.
//
// Offers are ranked on their total (with GST) for the lot: the whole bid when it is evaluated
// on total value, each item when item-wise. The tie rule: of equal totals, the price reached
// first ranks higher (the sealed offer's submission, or the reverse-auction bid's time), then
// the lower offer id.
//
// The award of a lot, in this order:
// 1. L1, the lowest, wins the lot.
// 2. Make in India: when L1 is not a Class-I local supplier, the best-ranked Class-I offer
//    within L1 + 20 % matches L1's price and wins the lot instead.
// 3. MSE: when the winner is not an MSE, the best-ranked other MSE offer within L1 + 15 %
//    matches L1's price for 25 % of each item's quantity (rounded down); the winner keeps the
//    rest. Both parts are priced from L1's lines, so together they cost exactly L1's total.

export type OfferForAward = {
  offerId: number;
  at: Date;
  isMse: boolean;
  isClassI: boolean;
  lineTotals: Map<number, bigint>;
};

export type AwardReason = "L1" | "CLASS_I_MATCH" | "MSE_MATCH";
export type AwardLine = { offerId: number; itemId: number; quantity: number; linePaise: bigint; reason: AwardReason };

export function lotTotal(offer: OfferForAward, itemIds: number[]): bigint {
  return itemIds.reduce((sum, id) => sum + (offer.lineTotals.get(id) ?? 0n), 0n);
}

export function rankOffers<T extends OfferForAward>(offers: T[], itemIds: number[]): (T & { totalPaise: bigint; rank: number })[] {
  return offers
    .map((offer) => ({ ...offer, totalPaise: lotTotal(offer, itemIds) }))
    .sort((a, b) => (a.totalPaise !== b.totalPaise ? (a.totalPaise < b.totalPaise ? -1 : 1) : a.at.getTime() - b.at.getTime() || a.offerId - b.offerId))
    .map((offer, index) => ({ ...offer, rank: index + 1 }));
}

export function lotsOf(items: { id: number }[], method: "TOTAL_VALUE" | "ITEM_WISE"): number[][] {
  return method === "TOTAL_VALUE" ? [items.map((item) => item.id)] : items.map((item) => [item.id]);
}

const within = (total: bigint, l1: bigint, marginBps: bigint) => total * 10_000n <= l1 * (10_000n + marginBps);

export type AwardInputs = {
  items: { id: number; quantity: number }[];
  method: "TOTAL_VALUE" | "ITEM_WISE";
  hasMsePreference: boolean;
  hasMakeInIndiaPreference: boolean;
  offers: OfferForAward[];
};

export function planAward(input: AwardInputs): AwardLine[] {
  const lines: AwardLine[] = [];
  for (const itemIds of lotsOf(input.items, input.method)) {
    const ranked = rankOffers(input.offers, itemIds);
    const l1 = ranked[0];
    if (!l1) continue;
    let winner = l1;
    let reason: AwardReason = "L1";
    if (input.hasMakeInIndiaPreference && !l1.isClassI) {
      const classI = ranked.find((offer) => offer.isClassI && within(offer.totalPaise, l1.totalPaise, CLASS_I_MARGIN_BPS));
      if (classI) [winner, reason] = [classI, "CLASS_I_MATCH"];
    }
    const mse = input.hasMsePreference && !winner.isMse
      ? ranked.find((offer) => offer.isMse && offer.offerId !== winner.offerId && within(offer.totalPaise, l1.totalPaise, MSE_MARGIN_BPS))
      : undefined;
    for (const itemId of itemIds) {
      const quantity = input.items.find((item) => item.id === itemId)?.quantity ?? 0;
      const l1Line = l1.lineTotals.get(itemId) ?? 0n;
      const mseQuantity = mse ? Math.floor((quantity * MSE_SHARE_BPS) / 10_000) : 0;
      const mseLine = (l1Line * BigInt(mseQuantity) * 2n + BigInt(quantity)) / (2n * BigInt(quantity));
      if (mse && mseQuantity > 0) lines.push({ offerId: mse.offerId, itemId, quantity: mseQuantity, linePaise: mseLine, reason: "MSE_MATCH" });
      lines.push({ offerId: winner.offerId, itemId, quantity: quantity - mseQuantity, linePaise: l1Line - (mseQuantity > 0 ? mseLine : 0n), reason });
    }
  }
  return lines;
}
