import { lineGstPaise } from "../money/gst";

// What an offer's unit prices (without GST) come to: each line's value with its GST, and the
// offer's total, the figure offers are ranked on.
export type PricedItem = { id: number; quantity: number; gstRateBps: number };

export function offerLineTotals(items: PricedItem[], unitPricesPaise: Map<number, bigint>): Map<number, bigint> {
  const lines = new Map<number, bigint>();
  for (const item of items) {
    const unit = unitPricesPaise.get(item.id);
    if (unit === undefined) throw new Error(`No price for item ${item.id}`);
    const value = unit * BigInt(item.quantity);
    lines.set(item.id, value + lineGstPaise(value, item.gstRateBps));
  }
  return lines;
}

export function sumLines(lines: Map<number, bigint>): bigint {
  let total = 0n;
  for (const value of lines.values()) total += value;
  return total;
}

// A reverse auction lowers an offer's total; its lines keep their proportions. Each line gets
// its share rounded down, and the paise left over go one each to the lines with the largest
// remainders, so the lines add up to the new total exactly.
export function scaleLines(lines: Map<number, bigint>, newTotal: bigint): Map<number, bigint> {
  const oldTotal = sumLines(lines);
  if (oldTotal === newTotal || oldTotal === 0n) return new Map(lines);
  const shares = [...lines].map(([id, value]) => ({ id, floor: (value * newTotal) / oldTotal, remainder: (value * newTotal) % oldTotal }));
  let left = newTotal - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (b.remainder === a.remainder ? a.id - b.id : b.remainder > a.remainder ? 1 : -1));
  const scaled = new Map(shares.map((share) => [share.id, share.floor]));
  for (const share of byRemainder) {
    if (left === 0n) break;
    scaled.set(share.id, share.floor + 1n);
    left -= 1n;
  }
  return scaled;
}
