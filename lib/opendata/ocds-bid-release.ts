import type { AwardReason } from "../bids/award-plan";
import { AUTOMATIC_EXTENSION_DAYS, CLASS_I_LOCAL_CONTENT_BPS, DAY_MS } from "../bids/bid-rules";
import type { Prisma } from "../db/generated/client";
import type { BidStatus, BidType } from "../db/generated/enums";
import { formatRupees } from "../money/format";
import { isMseClass } from "../reporting/definitions";
import { OCID_PREFIX, SCALES, paiseToRupees, toOcdsRelease, type ReleaseOrder } from "./ocds-release";

// One bid as one OCDS 1.1 release (docs/open-data.md, "Bids"): the tender while it runs and,
// after the award, its bids (the bid statistics and details extension), one award and one
// contract per order the award placed. Nothing of the offers is published before the opening,
// only their number until the award, and never a rejected offer's price.

export const BID_EXTENSION = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json";

export const RELEASE_BID = {
  id: true, number: true, type: true, status: true, title: true, estimatedValuePaise: true, deliveryDays: true,
  minTurnoverPaise: true, minExperienceYears: true, isMseExemptFromCriteria: true, isStartupExemptFromCriteria: true, emdPaise: true,
  evaluationMethod: true, hasReverseAuction: true, hasMsePreference: true, hasMakeInIndiaPreference: true, isDeadlineExtended: true,
  cancelReason: true, publishedAt: true, clarificationDeadline: true, submissionDeadline: true, openingAt: true, financialOpenedAt: true,
  auctionStartedAt: true, auctionEndsAt: true, awardedAt: true,
  buyerOrganisation: { select: { id: true, name: true } },
  category: { select: { slug: true, name: true, kind: true } },
  items: { orderBy: { id: "asc" }, select: { id: true, title: true, quantity: true, unit: true } },
} as const satisfies Prisma.BidSelect;

// Read only for awarded bids (list-ocds-bid-releases.ts).
export const RELEASE_OFFER = {
  id: true, bidId: true, sellerId: true, status: true, submittedAt: true, totalPaise: true, finalTotalPaise: true, isInAuction: true, rank: true,
  mseClass: true, localContentBps: true, rejectionReasonCode: true, rejectionNote: true,
  seller: { select: { legalName: true } },
} as const satisfies Prisma.BidOfferSelect;

export type ReleaseBid = Prisma.BidGetPayload<{ select: typeof RELEASE_BID }>;
export type ReleaseOffer = Prisma.BidOfferGetPayload<{ select: typeof RELEASE_OFFER }>;

// What the bid's release says beyond the bid's own row: when it was cancelled (the audit's
// time: a bid keeps no cancellation time), how many offers were opened (null while sealed),
// and after the award the evaluated offers, the orders and why each seller won.
export type BidOutcome = {
  cancelledAt: Date | null;
  numberOfTenderers: number | null;
  award: { offers: ReleaseOffer[]; orders: ReleaseOrder[]; reasons: Map<number, AwardReason[]> } | null;
};

// The ocid's identifier part may not hold slashes, which seeded numbers (KRY/2026/B/0000001) do.
export const bidOcid = (number: string) => `${OCID_PREFIX}-bid-${number.replaceAll("/", "-")}`;

const METHOD_DETAILS: Record<BidType, string> = { CATALOGUE: "Catalogue bid", BOQ: "BOQ bid", CUSTOM: "Custom bid" };

const TENDER_STATUS: Record<BidStatus, "active" | "complete" | "cancelled" | null> = {
  DRAFT: null, PUBLISHED: "active", TECHNICAL_EVALUATION: "active", FINANCIAL_EVALUATION: "active", REVERSE_AUCTION: "active",
  AWARDED: "complete", CANCELLED: "cancelled",
};

const AWARD_REASONS: Record<AwardReason, string> = {
  L1: "L1: the lowest evaluated price",
  CLASS_I_MATCH: "Make in India: a Class-I local supplier matched the L1 price",
  MSE_MATCH: "MSE purchase preference: matched the L1 price for 25 % of the quantity",
};


const inr = (paise: bigint) => ({ amount: paiseToRupees(paise), currency: "INR" });
const iso = (date: Date | null) => date?.toISOString();
const OPENED = new Set<BidStatus>(["TECHNICAL_EVALUATION", "FINANCIAL_EVALUATION", "REVERSE_AUCTION", "AWARDED"]);

export const isOpened = (status: BidStatus) => OPENED.has(status);

// Each step that changes what the release says is a new release of the ocid, dated when the
// step happened.
function stageOf(bid: ReleaseBid, cancelledAt: Date | null): { key: string; date: Date | null; tag: string[] } {
  switch (bid.status) {
    case "PUBLISHED":
      return bid.isDeadlineExtended && bid.submissionDeadline
        ? { key: "extended", date: new Date(bid.submissionDeadline.getTime() - AUTOMATIC_EXTENSION_DAYS * DAY_MS), tag: ["tenderUpdate"] }
        : { key: "published", date: bid.publishedAt, tag: ["tender"] };
    case "TECHNICAL_EVALUATION":
      return { key: "opened", date: bid.openingAt, tag: ["tenderUpdate"] };
    case "FINANCIAL_EVALUATION":
      return bid.auctionEndsAt ? { key: "auction-closed", date: bid.auctionEndsAt, tag: ["tenderUpdate"] } : { key: "prices-opened", date: bid.financialOpenedAt, tag: ["tenderUpdate"] };
    case "REVERSE_AUCTION":
      return { key: "reverse-auction", date: bid.auctionStartedAt, tag: ["tenderUpdate"] };
    case "AWARDED":
      return { key: "awarded", date: bid.awardedAt, tag: ["tender", "award", "contract"] };
    case "CANCELLED":
      return { key: "cancelled", date: cancelledAt, tag: ["tenderCancellation"] };
    default:
      return { key: "draft", date: null, tag: ["tender"] };
  }
}

function eligibilityOf(bid: ReleaseBid): string | undefined {
  const exempt = [bid.isMseExemptFromCriteria && "MSEs", bid.isStartupExemptFromCriteria && "startups"].filter(Boolean).join(" and ");
  const criteria = [
    bid.minTurnoverPaise !== null && `minimum turnover ${formatRupees(bid.minTurnoverPaise)}`,
    bid.minExperienceYears !== null && `at least ${bid.minExperienceYears} year(s) of experience`,
  ].filter(Boolean);
  const parts = [
    criteria.length > 0 && `${criteria.join("; ")}${exempt ? ` (${exempt} exempt)` : ""}`,
    bid.emdPaise !== null && `earnest money ${formatRupees(bid.emdPaise)} (MSEs and startups exempt)`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join("; ")}.` : undefined;
}

function awardCriteriaDetailsOf(bid: ReleaseBid): string {
  const preferences = [bid.hasMsePreference && "MSE purchase preference", bid.hasMakeInIndiaPreference && "Make in India (Class-I local supplier) preference"].filter(Boolean);
  const lots = bid.evaluationMethod === "ITEM_WISE" ? "each item to its lowest offer" : "all items to one seller, on the total value";
  return `L1, the lowest total price with GST: ${lots}${preferences.length > 0 ? `; with the ${preferences.join(" and the ")}` : ""}.`;
}

export function toOcdsBidRelease(bid: ReleaseBid, outcome: BidOutcome) {
  const stage = stageOf(bid, outcome.cancelledAt);
  const buyer = { id: `buyer-${bid.buyerOrganisation.id}`, name: bid.buyerOrganisation.name };
  const classification = bid.category ? { scheme: "x_KRAYA", id: bid.category.slug, description: bid.category.name } : undefined;
  const opened = isOpened(bid.status) && outcome.numberOfTenderers !== null;
  const { award } = outcome;
  const tender = {
    id: bid.number,
    title: bid.title,
    status: TENDER_STATUS[bid.status],
    x_kraya_status: bid.status,
    items: bid.items.map((item) => ({ id: String(item.id), description: item.title, ...(classification && { classification }), quantity: item.quantity, unit: { name: item.unit } })),
    value: inr(bid.estimatedValuePaise),
    procurementMethod: "open",
    procurementMethodDetails: `${METHOD_DETAILS[bid.type]}${bid.hasReverseAuction ? " with reverse auction" : ""}`,
    ...(bid.category && { mainProcurementCategory: bid.category.kind === "SERVICE" ? "services" : "goods" }),
    awardCriteria: "priceOnly",
    awardCriteriaDetails: awardCriteriaDetailsOf(bid),
    submissionMethod: ["electronicSubmission"],
    eligibilityCriteria: eligibilityOf(bid),
    tenderPeriod: { startDate: iso(bid.publishedAt), endDate: iso(bid.submissionDeadline) },
    enquiryPeriod: { startDate: iso(bid.publishedAt), endDate: iso(bid.clarificationDeadline) },
    milestones: bid.openingAt ? [{ id: "opening", title: "Opening of the offers", type: "assessment", dueDate: iso(bid.openingAt), status: opened ? "met" : "scheduled" }] : undefined,
    ...(opened && { numberOfTenderers: outcome.numberOfTenderers }),
    ...(award && { tenderers: award.offers.map((offer) => ({ id: `seller-${offer.sellerId}`, name: offer.seller.legalName })) }),
    ...(bid.status === "CANCELLED" && bid.cancelReason && { x_kraya_cancellationReason: bid.cancelReason }),
  };
  return {
    ocid: bidOcid(bid.number),
    id: `${bidOcid(bid.number).slice(OCID_PREFIX.length + 1)}-${stage.key}`,
    date: (stage.date ?? bid.publishedAt ?? new Date(0)).toISOString(),
    tag: stage.tag,
    initiationType: "tender",
    language: "en",
    parties: [{ ...buyer, roles: ["buyer"] }, ...(award ? tendererParties(award) : [])],
    buyer,
    tender,
    ...(opened && { bids: bidsOf(bid, outcome) }),
    ...(award && awardsAndContracts(award)),
  };
}

export type OcdsBidRelease = ReturnType<typeof toOcdsBidRelease>;

// The sellers that offered; those the award placed an order with are suppliers too, described
// like the order export describes them (the order's snapshot of the seller).
function tendererParties(award: NonNullable<BidOutcome["award"]>) {
  const supplierParties = new Map(award.orders.map((order) => [order.seller.id, toOcdsRelease(order).parties.find((party) => party.roles.includes("supplier"))!]));
  return award.offers.map((offer) => {
    const supplier = supplierParties.get(offer.sellerId);
    if (supplier) return { ...supplier, roles: ["tenderer", "supplier"] };
    return {
      id: `seller-${offer.sellerId}`,
      name: offer.seller.legalName,
      roles: ["tenderer"],
      details: { ...(offer.mseClass && { scale: SCALES[offer.mseClass] }), x_kraya_mseClass: offer.mseClass },
    };
  });
}

// The bid statistics and details extension: the count from the opening on; the details and
// the evaluation's counts after the award. A rejected offer has no value: its price is never
// published.
function bidsOf(bid: ReleaseBid, outcome: BidOutcome) {
  const count = { id: "bids", measure: "bids", value: outcome.numberOfTenderers ?? 0 };
  const { award } = outcome;
  if (!award) return { statistics: [count] };
  const valid = award.offers.filter((offer) => offer.status === "QUALIFIED");
  const finalOf = (offer: ReleaseOffer) => (bid.auctionStartedAt && offer.isInAuction ? (offer.finalTotalPaise ?? offer.totalPaise) : offer.totalPaise);
  const validTotals = valid.map(finalOf).filter((total): total is bigint => total !== null);
  const lowest = validTotals.reduce<bigint | null>((min, total) => (min === null || total < min ? total : min), null);
  return {
    statistics: [
      count,
      { id: "validBids", measure: "validBids", value: valid.length },
      { id: "disqualifiedBids", measure: "disqualifiedBids", value: award.offers.length - valid.length },
      ...(lowest === null ? [] : [{ id: "lowestValidBidValue", measure: "lowestValidBidValue", value: paiseToRupees(lowest), currency: "INR" }]),
    ],
    details: award.offers.map((offer) => {
      const isValid = offer.status === "QUALIFIED";
      const final = isValid ? finalOf(offer) : null;
      return {
        id: String(offer.id),
        date: iso(offer.submittedAt),
        status: isValid ? "valid" : "disqualified",
        tenderers: [{ id: `seller-${offer.sellerId}`, name: offer.seller.legalName }],
        ...(final !== null && { value: inr(final) }),
        ...(isValid && offer.rank !== null && { hasRank: true, rank: offer.rank }),
        ...(isValid && bid.auctionStartedAt && offer.isInAuction && offer.totalPaise !== null && { x_kraya_sealedValue: inr(offer.totalPaise) }),
        x_kraya_isMse: isMseClass(offer.mseClass),
        x_kraya_isClassI: (offer.localContentBps ?? 0) >= CLASS_I_LOCAL_CONTENT_BPS,
        ...(!isValid && { x_kraya_rejection: { reasonCode: offer.rejectionReasonCode ?? "OTHER", note: offer.rejectionNote } }),
      };
    }),
  };
}

// One award and one contract per order, as the order export states them (ocds-release.ts),
// tied to the offer they came from and saying why that seller won.
function awardsAndContracts(award: NonNullable<BidOutcome["award"]>) {
  const offerOf = new Map(award.offers.map((offer) => [offer.sellerId, String(offer.id)]));
  const released = award.orders.map((order) => {
    const reasons = award.reasons.get(order.seller.id) ?? [];
    const relatedBids = offerOf.has(order.seller.id) ? [offerOf.get(order.seller.id)!] : [];
    const { awards, contracts } = toOcdsRelease(order);
    return {
      award: { ...awards[0]!, ...(reasons.length > 0 && { description: reasons.map((reason) => AWARD_REASONS[reason]).join("; "), x_kraya_awardReasons: reasons }), relatedBids },
      contract: { ...contracts[0]!, relatedBids },
    };
  });
  return { awards: released.map((entry) => entry.award), contracts: released.map((entry) => entry.contract) };
}
