import "server-only";
import { hasRole } from "../auth/actor";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { BidStatus } from "../db/generated/enums";
import { ForbiddenError, NotFoundError } from "../errors";
import { settleBid } from "./bid-clock";

// The one way to read the offers on a bid. Before the opening time nobody reads them, not even
// how many there are: the bid's buyers and admins are refused alike. After the technical
// opening the buyer (and an admin) reads who offered and their compliance; prices only after
// the financial opening.
export class SealedBidError extends ForbiddenError {
  constructor() {
    super("The offers are sealed until the bid opens");
    this.name = "SealedBidError";
  }
}

const SEALED_STATUSES: BidStatus[] = ["DRAFT", "PUBLISHED"];

export function isSealed(status: BidStatus): boolean {
  return SEALED_STATUSES.includes(status);
}

export async function readOffers(db: Db, ctx: ActionContext, bidId: number) {
  const { actor } = requireRole(ctx, "BUYER", "ADMIN");
  const now = nowOf(ctx);
  await db.$transaction((tx) => settleBid(tx, bidId, now));
  const bid = await db.bid.findUnique({ where: { id: bidId }, select: { status: true, buyerOrganisationId: true, financialOpenedAt: true } });
  if (!bid || (!hasRole(actor, "ADMIN") && bid.buyerOrganisationId !== actor.organisationId)) throw new NotFoundError("Bid");
  if (isSealed(bid.status)) throw new SealedBidError();
  return offersOfOpenedBid(db, bidId, bid.financialOpenedAt !== null);
}

// The offers of a bid already settled, opened and checked for access (bid-views.ts reads
// them for the buyer's page this way, without settling the bid a second time).
export async function offersOfOpenedBid(db: Db, bidId: number, pricesOpen: boolean) {
  const offers = await db.bidOffer.findMany({
    where: { bidId, status: { not: "DRAFT" } },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: {
      id: true, status: true, technicalCompliance: true, declaredTurnoverPaise: true, declaredExperienceYears: true, emdReference: true,
      localContentBps: true, mseClass: true, isStartup: true, totalPaise: true, finalTotalPaise: true, rank: true, isInAuction: true,
      rejectionReasonCode: true, rejectionNote: true, evaluatedAt: true, representation: true, representedAt: true,
      representationReply: true, isRepresentationUpheld: true, repliedAt: true, submittedAt: true, withdrawnAt: true,
      seller: { select: { id: true, legalName: true, tradeName: true, stateId: true } },
      items: { select: { bidItemId: true, unitPricePaise: true } },
    },
  });
  return offers.map((offer) => pricesOpen ? offer : { ...offer, totalPaise: null, finalTotalPaise: null, rank: null, items: [] });
}

export type OfferRow = Awaited<ReturnType<typeof offersOfOpenedBid>>[number];

// The offer ids of bids still sealed, which the audit log leaves out.
export async function sealedOfferIds(db: Db): Promise<string[]> {
  const offers = await db.bidOffer.findMany({ where: { bid: { status: { in: SEALED_STATUSES } } }, select: { id: true } });
  return offers.map((offer) => String(offer.id));
}
