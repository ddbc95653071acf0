import { paiseToRupeesInput } from "@/lib/money/parse-rupees";
import type { SellerBid, SellerOffer } from "./seller-bid-view";
import { specificationsOf } from "./specifications";

// The answer that says the offer meets a specification (submit-offer.ts).
const COMPLIES = "Yes";

// What the offer form starts with: the seller's sent offer when revising it, otherwise every
// specification answered "Yes" and the prices empty.
export function offerFormValues(items: SellerBid["items"], offer: SellerOffer | null): Record<string, string | string[]> {
  const compliance = (offer?.technicalCompliance ?? {}) as Record<string, unknown>;
  const prices = new Map(offer?.items.map((line) => [line.bidItemId, line.unitPricePaise]));
  const answers = items.flatMap((item) => specificationsOf(item.specifications).map(([name]) => String(compliance[`${item.id}:${name}`] ?? COMPLIES)));
  return {
    declaredTurnover: offer?.declaredTurnoverPaise == null ? "" : paiseToRupeesInput(offer.declaredTurnoverPaise),
    declaredExperienceYears: offer?.declaredExperienceYears?.toString() ?? "",
    emdReference: offer?.emdReference ?? "",
    localContentPercent: offer?.localContentBps == null ? "" : String(offer.localContentBps / 100),
    complianceValues: answers,
    unitPrices: items.map((item) => {
      const price = prices.get(item.id);
      return price === undefined ? "" : paiseToRupeesInput(price);
    }),
  };
}
