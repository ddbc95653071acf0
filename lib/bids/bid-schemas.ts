import { z } from "zod";
import { rupeesToPaise } from "../money/parse-rupees";
import { AUCTION_DECREMENT_BPS, AUCTION_MINUTES, REJECTION_REASONS } from "./bid-rules";

// The bid forms, shared by the browser and the server actions. The domain checks what a form
// cannot know: the dates against the clock, the category, the consignee, who may act and when.

const required = { error: "forms.errors.required" };
const choose = { error: "forms.errors.choose" };
const text = (min: number, max: number) => z.string(required).trim().min(min, required).max(max, { error: "forms.errors.tooLong" });
const id = z.coerce.number(choose).int(choose).positive(choose);
const key = z.string(required).regex(/^[A-Za-z0-9_-]{16,64}$/, required);
const rupees = z.string(required).trim().transform((value, issues) => {
  const paise = rupeesToPaise(value);
  if (paise === null || paise <= 0) {
    issues.addIssue({ code: "custom", message: "bids.errors.amount" });
    return z.NEVER;
  }
  return BigInt(paise);
});
const optionalRupees = rupees.optional();
const wholeNumber = (min: number, max: number) =>
  z.coerce.number({ error: "bids.errors.wholeNumber" }).int({ error: "bids.errors.wholeNumber" }).min(min, { error: "bids.errors.range" }).max(max, { error: "bids.errors.range" });

// "2026-12-05T17:00" in India Standard Time, as the browser's datetime-local field sends it.
const istDateTime = z.string(required).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "bids.errors.dateTime" }).transform((value) => new Date(`${value}:00+05:30`));

export const BID_TYPES = ["CATALOGUE", "BOQ", "CUSTOM"] as const;
export const GST_RATES_BPS = [0, 500, 1200, 1800, 2800] as const;

// One line of the requirement; a BOQ bid's lines come from its CSV file (boq-csv.ts).
export const BidItemSchema = z.object({
  title: text(3, 200),
  quantity: wholeNumber(1, 10_000_000),
  unit: text(1, 30),
  estimatedUnitPricePaise: z.bigint().positive(),
  gstRateBps: z.coerce.number().refine((rate) => (GST_RATES_BPS as readonly number[]).includes(rate), choose),
  specifications: z.record(z.string(), z.string()),
});
export type BidItemInput = z.output<typeof BidItemSchema>;

// The bid form: repeated item fields (one entry per line) for catalogue and custom bids, the
// CSV text for a BOQ bid.
export const BidDraftSchema = z
  .object({
    idempotencyKey: key,
    type: z.enum(BID_TYPES, choose),
    title: text(5, 200),
    categoryId: id,
    justification: text(20, 2000).optional(),
    itemTitles: z.array(z.string().trim()),
    itemQuantities: z.array(z.string().trim()),
    itemUnits: z.array(z.string().trim()),
    itemEstimates: z.array(z.string().trim()),
    itemGstRates: z.array(z.string().trim()),
    itemSpecifications: z.array(z.string()),
    boqCsv: z.string().max(200_000, { error: "forms.errors.tooLong" }).optional(),
    consigneeUserId: id,
    deliveryAddress: text(10, 500),
    deliveryDays: wholeNumber(1, 365),
    minTurnover: optionalRupees,
    minExperienceYears: wholeNumber(1, 50).optional(),
    isMseExemptFromCriteria: z.boolean(),
    isStartupExemptFromCriteria: z.boolean(),
    emd: optionalRupees,
    evaluationMethod: z.enum(["TOTAL_VALUE", "ITEM_WISE"], choose),
    hasReverseAuction: z.boolean(),
    reverseAuctionRule: z.enum(["LOWEST_HALF", "ELIMINATE_HIGHEST"], choose).optional(),
    auctionMinutes: wholeNumber(AUCTION_MINUTES.min, AUCTION_MINUTES.max).optional(),
    auctionDecrementPercent: z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/, { error: "bids.errors.percent" }).optional(),
    hasMsePreference: z.boolean(),
    hasMakeInIndiaPreference: z.boolean(),
    minOffers: wholeNumber(1, 10),
    clarificationDeadline: istDateTime,
    submissionDeadline: istDateTime,
    openingAt: istDateTime,
  })
  .superRefine((bid, issues) => {
    if (bid.type === "CUSTOM" && !bid.justification) issues.addIssue({ code: "custom", path: ["justification"], message: "bids.errors.justification" });
    if (bid.type === "BOQ" && !bid.boqCsv?.trim()) issues.addIssue({ code: "custom", path: ["boqCsv"], message: "bids.errors.boqCsv" });
    if (bid.type !== "BOQ" && bid.itemTitles.every((title) => title === "")) issues.addIssue({ code: "custom", path: ["itemTitles", 0], message: "bids.errors.noItems" });
    if (bid.hasReverseAuction) {
      if (!bid.reverseAuctionRule) issues.addIssue({ code: "custom", path: ["reverseAuctionRule"], message: "forms.errors.choose" });
      if (bid.auctionMinutes === undefined) issues.addIssue({ code: "custom", path: ["auctionMinutes"], message: "forms.errors.required" });
      const bps = decrementBps(bid.auctionDecrementPercent);
      if (bps === null) issues.addIssue({ code: "custom", path: ["auctionDecrementPercent"], message: "bids.errors.decrement" });
      if (bid.evaluationMethod === "ITEM_WISE") issues.addIssue({ code: "custom", path: ["hasReverseAuction"], message: "bids.errors.auctionItemWise" });
    }
    if (bid.submissionDeadline <= bid.clarificationDeadline) issues.addIssue({ code: "custom", path: ["submissionDeadline"], message: "bids.errors.afterClarification" });
    if (bid.openingAt < bid.submissionDeadline) issues.addIssue({ code: "custom", path: ["openingAt"], message: "bids.errors.afterSubmission" });
  });
export type BidDraftInput = z.output<typeof BidDraftSchema>;

// "0.5" (per cent) -> 50 basis points, within the allowed range; null otherwise.
export function decrementBps(percent: string | undefined): number | null {
  if (!percent) return null;
  const bps = Math.round(Number(percent) * 100);
  return bps >= AUCTION_DECREMENT_BPS.min && bps <= AUCTION_DECREMENT_BPS.max ? bps : null;
}

const bidId = z.coerce.number().int().positive();
export const BidStepSchema = z.object({ bidId });

export const CancelBidSchema = z.object({ bidId, reason: text(10, 1000) });

export const ClarificationSchema = z.object({ bidId, question: text(10, 2000) });
export const ClarificationAnswerSchema = z.object({ clarificationId: id, answer: text(5, 2000) });

// The seller's offer: its declarations, compliance with each specification ("yes" or what
// differs), and a unit price (without GST) for each of the bid's items, in the order of itemIds.
export const OfferSchema = z.object({
  bidId,
  declaredTurnover: optionalRupees,
  declaredExperienceYears: wholeNumber(0, 100).optional(),
  emdReference: text(4, 80).optional(),
  localContentPercent: wholeNumber(0, 100),
  complianceKeys: z.array(z.string()),
  complianceValues: z.array(z.string().trim().max(500, { error: "forms.errors.tooLong" })),
  itemIds: z.array(z.coerce.number().int().positive()).min(1, required),
  unitPrices: z.array(z.string().trim()).min(1, required),
});
export type OfferInput = z.output<typeof OfferSchema>;

export const EvaluationSchema = z
  .object({ offerId: id, decision: z.enum(["QUALIFY", "REJECT"], choose), reasonCode: z.enum(REJECTION_REASONS, choose).optional(), note: text(10, 1000).optional() })
  .superRefine((input, issues) => {
    if (input.decision !== "REJECT") return;
    if (!input.reasonCode) issues.addIssue({ code: "custom", path: ["reasonCode"], message: "forms.errors.choose" });
    if (!input.note) issues.addIssue({ code: "custom", path: ["note"], message: "bids.errors.rejectionNote" });
  });
export type EvaluationInput = z.output<typeof EvaluationSchema>;

export const RepresentationSchema = z.object({ offerId: id, representation: text(20, 2000) });
export const RepresentationReplySchema = z.object({ offerId: id, upheld: z.enum(["yes", "no"], choose), reply: text(10, 2000) });

export const AuctionBidSchema = z.object({ bidId, total: rupees });
export type AuctionBidInput = z.output<typeof AuctionBidSchema>;

export const AwardSchema = z.object({ bidId, idempotencyKey: key, payingAuthorityUserId: id, budgetHead: text(2, 120) });
export type AwardInput = z.output<typeof AwardSchema>;
