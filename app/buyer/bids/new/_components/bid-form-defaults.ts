import { AUCTION_DECREMENT_BPS, AUCTION_MINUTES, DAY_MS } from "@/lib/bids/bid-rules";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { paiseToRupeesInput } from "@/lib/money/parse-rupees";

// Five rows to fill, or one per cart line when there are more.
export const itemRowCount = (lines: number) => Math.max(5, lines);

export type RequirementLine = { title: string; quantity: number; unitPricePaise: bigint; gstRateBps: number; categoryId: number };

// A datetime-local value ("2026-12-05T17:00") for the given time of the day, in India, `days`
// days after now.
function istDayAt(now: Date, days: number, time: string): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(now.getTime() + days * DAY_MS));
  return `${day}T${time}`;
}

// What the new-bid form starts with: the cart's lines that need a bid as its items, and
// dates that leave sellers more than the minimum 10 days (questions for 5 days, offers until
// day 12 at 17:00, opened half an hour later).
export function bidFormDefaults(now: Date, lines: RequirementLine[]): Record<string, string | string[]> {
  const rows = itemRowCount(lines.length);
  const column = (cell: (line: RequirementLine) => string, blank: string) => Array.from({ length: rows }, (_, row) => {
    const line = lines[row];
    return line ? cell(line) : blank;
  });
  return {
    type: "CATALOGUE",
    categoryId: lines[0] ? String(lines[0].categoryId) : "",
    itemTitles: column((line) => line.title, ""),
    itemQuantities: column((line) => String(line.quantity), ""),
    itemUnits: column(() => "Nos", "Nos"),
    itemEstimates: column((line) => paiseToRupeesInput(line.unitPricePaise), ""),
    itemGstRates: column((line) => String(line.gstRateBps), "1800"),
    deliveryDays: "30",
    isMseExemptFromCriteria: "true",
    isStartupExemptFromCriteria: "true",
    evaluationMethod: "TOTAL_VALUE",
    hasReverseAuction: "false",
    reverseAuctionRule: "LOWEST_HALF",
    auctionMinutes: String(AUCTION_MINUTES.default),
    auctionDecrementPercent: String(AUCTION_DECREMENT_BPS.default / 100),
    hasMsePreference: "true",
    hasMakeInIndiaPreference: "true",
    minOffers: "3",
    clarificationDeadline: istDayAt(now, 5, "17:00"),
    submissionDeadline: istDayAt(now, 12, "17:00"),
    openingAt: istDayAt(now, 12, "17:30"),
  };
}
