import "server-only";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { buyerOfBid, publishedBid, sellerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { readAuctionState } from "./auction-state";
import { projectAuction } from "./auction-view";
import { listClarifications } from "./clarifications";
import { pendingEvaluation } from "./evaluate-offers";
import { isSealed, offersOfOpenedBid } from "./sealed-offers";

// What each portal shows of a bid. Every read settles the bid's clock first (bid-clock.ts).

const BID_DETAILS = {
  id: true, number: true, type: true, status: true, title: true, justification: true, estimatedValuePaise: true, deliveryDays: true,
  minTurnoverPaise: true, minExperienceYears: true, isMseExemptFromCriteria: true, isStartupExemptFromCriteria: true, emdPaise: true,
  evaluationMethod: true, hasReverseAuction: true, reverseAuctionRule: true, auctionMinutes: true, auctionDecrementBps: true,
  auctionStartedAt: true, auctionEndsAt: true, hasMsePreference: true, hasMakeInIndiaPreference: true, minOffers: true,
  isDeadlineExtended: true, deliveryAddress: true, cancelReason: true, publishedAt: true, clarificationDeadline: true,
  submissionDeadline: true, openingAt: true, financialOpenedAt: true, awardedAt: true, createdAt: true, buyerOrganisationId: true,
  category: { select: { id: true, name: true, nameHi: true } },
  buyerOrganisation: { select: { name: true } },
  consignee: { select: { id: true, name: true } },
  items: { orderBy: { id: "asc" as const }, select: { id: true, title: true, quantity: true, unit: true, specifications: true, estimatedUnitPricePaise: true, gstRateBps: true } },
} as const;

async function settled(db: Db, bidId: number, now: Date) {
  await db.$transaction((tx) => settleBid(tx, bidId, now));
  return db.bid.findUniqueOrThrow({ where: { id: bidId }, select: BID_DETAILS });
}

export type BidDetails = Awaited<ReturnType<typeof settled>>;

export async function getBidForBuyer(db: Db, ctx: ActionContext, bidId: number) {
  await buyerOfBid(db, ctx, bidId);
  const now = nowOf(ctx);
  const bid = await settled(db, bidId, now);
  const sealed = isSealed(bid.status);
  const offers = sealed ? [] : await offersOfOpenedBid(db, bidId, bid.financialOpenedAt !== null);
  const [clarifications, auction, orders] = await Promise.all([
    listClarifications(db, bidId),
    bid.auctionStartedAt ? readAuctionState(db, bidId, now) : null,
    db.order.findMany({ where: { bidId }, orderBy: { id: "asc" }, select: { id: true, number: true, totalPaise: true, seller: { select: { legalName: true, tradeName: true } } } }),
  ]);
  return { bid, offers, sealed, clarifications, auction, orders, pending: pendingEvaluation(offers, now), now };
}

export async function getBidForSeller(db: Db, ctx: ActionContext, bidId: number) {
  const { sellerId } = sellerOfBid(ctx, "read");
  await publishedBid(db, bidId);
  const now = nowOf(ctx);
  const bid = await settled(db, bidId, now);
  const [offer, clarifications, state] = await Promise.all([
    db.bidOffer.findUnique({
      where: { bidId_sellerId: { bidId, sellerId } },
      select: {
        id: true, status: true, technicalCompliance: true, declaredTurnoverPaise: true, declaredExperienceYears: true, emdReference: true,
        localContentBps: true, totalPaise: true, finalTotalPaise: true, rank: true, isInAuction: true, revision: true,
        rejectionReasonCode: true, rejectionNote: true, evaluatedAt: true, representation: true, representedAt: true,
        representationReply: true, isRepresentationUpheld: true, repliedAt: true, submittedAt: true, withdrawnAt: true,
        items: { select: { bidItemId: true, unitPricePaise: true } },
      },
    }),
    listClarifications(db, bidId),
    bid.auctionStartedAt ? readAuctionState(db, bidId, now) : null,
  ]);
  const [seller, orders] = await Promise.all([
    db.seller.findUniqueOrThrow({ where: { id: sellerId }, select: { mseClass: true, isStartup: true, verificationStatus: true } }),
    db.order.findMany({ where: { bidId, sellerId }, orderBy: { id: "asc" }, select: { id: true, number: true, totalPaise: true } }),
  ]);
  // Of a running auction, a taking part seller sees only its own part (auction-view.ts).
  const auction = state && offer?.isInAuction ? projectAuction(state, { kind: "seller", sellerId, offerId: offer.id }) : null;
  return { bid, offer, clarifications, auction, seller, sellerId, orders, now };
}

const LIST_FIELDS = {
  id: true, number: true, title: true, type: true, status: true, estimatedValuePaise: true, submissionDeadline: true, openingAt: true,
  isDeadlineExtended: true, hasReverseAuction: true, awardedAt: true, createdAt: true,
  category: { select: { name: true, nameHi: true } },
  buyerOrganisation: { select: { name: true } },
} as const;

export function listBuyerBids(db: Db, ctx: ActionContext) {
  const { actor } = requireRole(ctx, "BUYER");
  if (actor.organisationId === null) throw new NotFoundError("Bid");
  return db.bid.findMany({ where: { buyerOrganisationId: actor.organisationId }, orderBy: { id: "desc" }, take: 100, select: LIST_FIELDS });
}

// Bids open for offers (for sellers and the public), newest first, and, for a seller, the bids
// it has offered on with its offer's status.
export function listOpenBids(db: Db, now: Date, filters: { categoryId?: number } = {}) {
  return db.bid.findMany({
    where: { status: "PUBLISHED", submissionDeadline: { gt: now }, ...(filters.categoryId ? { categoryId: filters.categoryId } : {}) },
    orderBy: { publishedAt: "desc" },
    take: 100,
    select: LIST_FIELDS,
  });
}

export async function listSellerBids(db: Db, ctx: ActionContext) {
  const { sellerId } = sellerOfBid(ctx, "read");
  const offers = await db.bidOffer.findMany({
    where: { sellerId },
    orderBy: { id: "desc" },
    take: 100,
    select: { id: true, status: true, rank: true, bid: { select: LIST_FIELDS } },
  });
  return offers;
}

// A bid as anyone sees it: its terms while it runs, and after the award its whole result:
// every offer, qualified or rejected with the reason, its prices, and the award.
export async function getPublicBid(db: Db, number: string, now: Date) {
  const found = await db.bid.findUnique({ where: { number }, select: { id: true, status: true, publishedAt: true } });
  if (!found || found.publishedAt === null) throw new NotFoundError("Bid");
  const bid = await settled(db, found.id, now);
  const isAwarded = bid.status === "AWARDED";
  const [offers, orders] = isAwarded
    ? await Promise.all([
      db.bidOffer.findMany({
        where: { bidId: bid.id, status: { in: ["QUALIFIED", "DISQUALIFIED"] } },
        orderBy: [{ rank: "asc" }, { id: "asc" }],
        select: {
          id: true, status: true, rank: true, totalPaise: true, finalTotalPaise: true, mseClass: true, localContentBps: true, isInAuction: true,
          rejectionReasonCode: true, rejectionNote: true, isRepresentationUpheld: true,
          seller: { select: { legalName: true, tradeName: true, state: { select: { name: true } } } },
        },
      }),
      db.order.findMany({ where: { bidId: bid.id }, orderBy: { id: "asc" }, select: { number: true, totalPaise: true, sellerId: true, items: { select: { title: true, quantity: true, totalPaise: true } }, seller: { select: { legalName: true, tradeName: true } } } }),
    ])
    : [[], []];
  // A rejected offer's prices were never opened: they stay sealed for good.
  const shown = offers.map((offer) => (offer.status === "QUALIFIED" ? offer : { ...offer, totalPaise: null, finalTotalPaise: null, rank: null }));
  return { bid, isAwarded, offers: shown, orders };
}
