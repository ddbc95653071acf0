import "server-only";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { isMseClass } from "../reporting/definitions";
import { planAward, type AwardReason } from "./award-plan";
import { CLASS_I_LOCAL_CONTENT_BPS, REJECTION_REASONS, type RejectionReason } from "./bid-rules";
import { getPublicBid } from "./bid-views";
import { listClarifications } from "./clarifications";
import { qualifiedOffers } from "./open-financial";

// What anyone, signed in or not, reads of bids (issue 7, transparency): the terms while a bid
// runs and, once it is awarded, its whole result. Nothing of an offer is public before the
// award, and a rejected offer's prices never are: its price was not a competing price.

// A bid number from the address. Seeded numbers hold slashes (KRY/2026/B/0000001), so links
// encode them; whether a framework hands the segment over decoded or not, decoding once more
// is harmless because bid numbers never contain "%".
export function bidNumberOfParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export const publicBidPath = (number: string) => `/bids/${encodeURIComponent(number)}`;

// The latest awarded bids, with the value awarded: the sum of the orders the award placed.
export async function listRecentAwards(db: Db, limit = 20) {
  const bids = await db.bid.findMany({
    where: { status: "AWARDED" },
    orderBy: [{ awardedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, number: true, title: true, awardedAt: true, buyerOrganisation: { select: { name: true } }, orders: { select: { totalPaise: true } } },
  });
  return bids.map((bid) => ({
    id: bid.id,
    number: bid.number,
    title: bid.title,
    buyerOrganisation: bid.buyerOrganisation.name,
    awardedAt: bid.awardedAt,
    awardedValuePaise: bid.orders.reduce((sum, order) => sum + order.totalPaise, 0n),
  }));
}

export type RecentAward = Awaited<ReturnType<typeof listRecentAwards>>[number];

const REASON_ORDER: AwardReason[] = ["L1", "CLASS_I_MATCH", "MSE_MATCH"];

// Why each awarded seller won its share, by seller id. The award is recomputed with the award
// plan from the qualified offers' final prices, which the award froze, so it is the plan the
// award followed (award-bid.ts places one order per seller of the same plan).
export async function awardReasonsBySeller(
  db: Db,
  bid: { id: number; evaluationMethod: "TOTAL_VALUE" | "ITEM_WISE"; hasMsePreference: boolean; hasMakeInIndiaPreference: boolean },
): Promise<Map<number, AwardReason[]>> {
  const { items, offers } = await qualifiedOffers(db, bid.id);
  const plan = planAward({ items, method: bid.evaluationMethod, hasMsePreference: bid.hasMsePreference, hasMakeInIndiaPreference: bid.hasMakeInIndiaPreference, offers });
  const sellerOf = new Map(offers.map((offer) => [offer.offerId, offer.sellerId]));
  const reasons = new Map<number, Set<AwardReason>>();
  for (const line of plan) {
    const sellerId = sellerOf.get(line.offerId)!;
    reasons.set(sellerId, (reasons.get(sellerId) ?? new Set()).add(line.reason));
  }
  // The plan must name exactly the sellers the award placed orders with; when it does not
  // (data written around the award, such as imported history), no reason is given rather than a wrong one.
  const ordered = await db.order.findMany({ where: { bidId: bid.id }, distinct: ["sellerId"], select: { sellerId: true } });
  if (ordered.length !== reasons.size || ordered.some((order) => !reasons.has(order.sellerId))) return new Map();
  return new Map([...reasons].map(([sellerId, set]) => [sellerId, REASON_ORDER.filter((reason) => set.has(reason))]));
}

const isRejectionReason = (code: string | null): code is RejectionReason => (REJECTION_REASONS as readonly (string | null)[]).includes(code);

// One bid as the public page shows it. The terms are picked field by field, so what the
// buyer's portal reads (the consignee's name, the organisation's id) stays out.
export async function readPublicBid(db: Db, number: string, now: Date) {
  const view = await getPublicBid(db, number, now);
  const { bid } = view;
  // A draft cancelled before publication was never public (getPublicBid lets it through).
  if (bid.publishedAt === null) throw new NotFoundError("Bid");
  const clarifications = await listClarifications(db, bid.id);
  const terms = {
    number: bid.number, type: bid.type, status: bid.status, title: bid.title, justification: bid.justification,
    category: bid.category, buyerOrganisation: bid.buyerOrganisation.name, estimatedValuePaise: bid.estimatedValuePaise,
    deliveryDays: bid.deliveryDays, deliveryAddress: bid.deliveryAddress, minTurnoverPaise: bid.minTurnoverPaise, minExperienceYears: bid.minExperienceYears,
    isMseExemptFromCriteria: bid.isMseExemptFromCriteria, isStartupExemptFromCriteria: bid.isStartupExemptFromCriteria, emdPaise: bid.emdPaise,
    evaluationMethod: bid.evaluationMethod, hasReverseAuction: bid.hasReverseAuction, reverseAuctionRule: bid.reverseAuctionRule,
    auctionMinutes: bid.auctionMinutes, auctionDecrementBps: bid.auctionDecrementBps, auctionStartedAt: bid.auctionStartedAt, auctionEndsAt: bid.auctionEndsAt,
    hasMsePreference: bid.hasMsePreference, hasMakeInIndiaPreference: bid.hasMakeInIndiaPreference, minOffers: bid.minOffers,
    isDeadlineExtended: bid.isDeadlineExtended, cancelReason: bid.cancelReason, publishedAt: bid.publishedAt, clarificationDeadline: bid.clarificationDeadline,
    submissionDeadline: bid.submissionDeadline, openingAt: bid.openingAt, awardedAt: bid.awardedAt,
    items: bid.items.map((item) => ({ id: item.id, title: item.title, quantity: item.quantity, unit: item.unit, specifications: specificationsOf(item.specifications) })),
  };
  if (!view.isAwarded) return { bid: terms, clarifications, result: null };
  return { bid: terms, clarifications, result: await awardResult(db, bid, view.offers, view.orders) };
}

export type PublicBid = Awaited<ReturnType<typeof readPublicBid>>;
export type PublicBidResult = NonNullable<PublicBid["result"]>;

type PublicBidView = Awaited<ReturnType<typeof getPublicBid>>;

async function awardResult(db: Db, bid: PublicBidView["bid"], offers: PublicBidView["offers"], orders: PublicBidView["orders"]) {
  // getPublicBid gives neither the offers' seller ids nor the Hindi state names.
  const [sellers, reasons] = await Promise.all([
    db.bidOffer.findMany({ where: { id: { in: offers.map((offer) => offer.id) } }, select: { id: true, sellerId: true, seller: { select: { state: { select: { name: true, nameHi: true } } } } } }),
    awardReasonsBySeller(db, bid),
  ]);
  const sellerOf = new Map(sellers.map((row) => [row.id, row]));
  const auctionRan = bid.auctionStartedAt !== null;
  const participants = offers.map((offer) => {
    const isQualified = offer.status === "QUALIFIED";
    const seller = sellerOf.get(offer.id);
    return {
      offerId: offer.id,
      sellerId: seller?.sellerId ?? null,
      sellerName: offer.seller.legalName,
      state: seller?.seller.state ?? { name: offer.seller.state.name, nameHi: offer.seller.state.name },
      isMse: isMseClass(offer.mseClass),
      isClassI: (offer.localContentBps ?? 0) >= CLASS_I_LOCAL_CONTENT_BPS,
      isQualified,
      rank: isQualified ? offer.rank : null,
      // Only a qualified offer's prices are published: the sealed total, and the final total
      // when it took part in a reverse auction.
      prices: isQualified && offer.totalPaise !== null
        ? { sealedPaise: offer.totalPaise, finalPaise: auctionRan && offer.isInAuction ? (offer.finalTotalPaise ?? offer.totalPaise) : null }
        : null,
      rejection: isQualified ? null : { reason: isRejectionReason(offer.rejectionReasonCode) ? offer.rejectionReasonCode : ("OTHER" as const), note: offer.rejectionNote },
    };
  });
  const awarded = orders.map((order) => ({
    number: order.number,
    sellerId: order.sellerId,
    sellerName: order.seller.legalName,
    totalPaise: order.totalPaise,
    items: order.items.map((item) => ({ title: item.title, quantity: item.quantity, totalPaise: item.totalPaise })),
    reasons: reasons.get(order.sellerId) ?? [],
  }));
  return {
    participants,
    orders: awarded,
    awardedValuePaise: awarded.reduce((sum, order) => sum + order.totalPaise, 0n),
    auctionRan,
  };
}

// A bid item's specifications, stored as JSON { name: value }, as name and value pairs.
function specificationsOf(value: unknown): { name: string; value: string }[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([name, spec]) => (typeof spec === "string" ? [{ name, value: spec }] : []));
}
