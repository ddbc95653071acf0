import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, ForbiddenError, NotFoundError } from "../errors";
import { buyerOfBid, sellerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { tellBidBuyers, tellBidSellers } from "./bid-notifications";
import { DAY_MS, REPRESENTATION_DAYS } from "./bid-rules";
import type { EvaluationInput } from "./bid-schemas";

// Technical evaluation. The buyer qualifies or rejects each offer; a rejection carries a
// reason code and the buyer's text, both shown to the seller, who has REPRESENTATION_DAYS to
// make a representation. The buyer must answer it: upheld, the offer is qualified again.

async function offerOfBuyer(db: Db, ctx: ActionContext, offerId: number) {
  const offer = await db.bidOffer.findUnique({ where: { id: offerId }, select: { id: true, bidId: true } });
  if (!offer) throw new NotFoundError("Offer");
  return { ...(await buyerOfBid(db, ctx, offer.bidId)), offerId: offer.id };
}

export async function evaluateOffer(db: Db, ctx: ActionContext, input: EvaluationInput): Promise<void> {
  const { role, bid } = await offerOfBuyer(db, ctx, input.offerId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, bid.id, now);
    await inTechnicalEvaluation(tx, bid.id);
    const offer = await tx.bidOffer.findUniqueOrThrow({ where: { id: input.offerId }, select: { status: true, sellerId: true } });
    if (!["SUBMITTED", "QUALIFIED", "DISQUALIFIED"].includes(offer.status)) throw new ForbiddenError("A withdrawn offer is not evaluated");
    const rejected = input.decision === "REJECT";
    await tx.bidOffer.update({
      where: { id: input.offerId },
      data: {
        status: rejected ? "DISQUALIFIED" : "QUALIFIED", evaluatedAt: now,
        rejectionReasonCode: rejected ? (input.reasonCode ?? null) : null, rejectionNote: rejected ? (input.note ?? null) : null,
        representation: null, representedAt: null, representationReply: null, isRepresentationUpheld: null, repliedAt: null,
      },
    });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: rejected ? "bids.offer.reject" : "bids.offer.qualify", entityType: "BidOffer", entityId: input.offerId, sellerId: offer.sellerId,
      organisationId: bid.buyerOrganisationId, before: { status: offer.status }, after: { status: rejected ? "DISQUALIFIED" : "QUALIFIED", reasonCode: input.reasonCode ?? null },
    });
    if (rejected) {
      const full = await tx.bid.findUniqueOrThrow({ where: { id: bid.id } });
      await tellBidSellers(tx, full, [offer.sellerId], "rejected", now, { reasonCode: input.reasonCode, note: input.note, date: new Date(now.getTime() + REPRESENTATION_DAYS * DAY_MS) });
    }
  });
}

export async function makeRepresentation(db: Db, ctx: ActionContext, input: { offerId: number; representation: string }): Promise<void> {
  const { role, sellerId } = sellerOfBid(ctx, "write");
  const offer = await db.bidOffer.findUnique({ where: { id: input.offerId }, select: { id: true, bidId: true, sellerId: true } });
  if (!offer || offer.sellerId !== sellerId) throw new NotFoundError("Offer");
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, offer.bidId, now);
    await inTechnicalEvaluation(tx, offer.bidId);
    const current = await tx.bidOffer.findUniqueOrThrow({ where: { id: offer.id }, select: { status: true, evaluatedAt: true, representedAt: true } });
    if (current.status !== "DISQUALIFIED" || !current.evaluatedAt) throw new FieldValidationError({ form: "bids.errors.notRejected" });
    if (current.representedAt) throw new FieldValidationError({ form: "bids.errors.alreadyRepresented" });
    if (now.getTime() > current.evaluatedAt.getTime() + REPRESENTATION_DAYS * DAY_MS) throw new FieldValidationError({ form: "bids.errors.representationClosed" });
    await tx.bidOffer.update({ where: { id: offer.id }, data: { representation: input.representation, representedAt: now } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "bids.offer.represent", entityType: "BidOffer", entityId: offer.id, sellerId });
    await tellBidBuyers(tx, await tx.bid.findUniqueOrThrow({ where: { id: offer.bidId } }), "represented", now);
  });
}

export async function answerRepresentation(db: Db, ctx: ActionContext, input: { offerId: number; upheld: "yes" | "no"; reply: string }): Promise<void> {
  const { role, bid } = await offerOfBuyer(db, ctx, input.offerId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, bid.id, now);
    await inTechnicalEvaluation(tx, bid.id);
    const offer = await tx.bidOffer.findUniqueOrThrow({ where: { id: input.offerId }, select: { sellerId: true, representedAt: true, repliedAt: true } });
    if (!offer.representedAt || offer.repliedAt) throw new FieldValidationError({ form: "bids.errors.noRepresentation" });
    const upheld = input.upheld === "yes";
    await tx.bidOffer.update({
      where: { id: input.offerId },
      data: { representationReply: input.reply, isRepresentationUpheld: upheld, repliedAt: now, ...(upheld ? { status: "QUALIFIED" } : {}) },
    });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "bids.offer.answerRepresentation", entityType: "BidOffer", entityId: input.offerId, sellerId: offer.sellerId, organisationId: bid.buyerOrganisationId, after: { upheld },
    });
    await tellBidSellers(tx, await tx.bid.findUniqueOrThrow({ where: { id: bid.id } }), [offer.sellerId], "representationAnswered", now, { note: input.reply });
  });
}

async function inTechnicalEvaluation(tx: Tx, bidId: number): Promise<void> {
  const { status } = await tx.bid.findUniqueOrThrow({ where: { id: bidId }, select: { status: true } });
  if (status !== "TECHNICAL_EVALUATION") throw new FieldValidationError({ form: "bids.errors.notInEvaluation" });
}

// What still holds the financial opening back: offers not yet evaluated, representations
// unanswered, and representation windows still open.
export function pendingEvaluation(offers: { status: string; evaluatedAt: Date | null; representedAt: Date | null; repliedAt: Date | null }[], now: Date) {
  return {
    unevaluated: offers.filter((offer) => offer.status === "SUBMITTED").length,
    unanswered: offers.filter((offer) => offer.representedAt && !offer.repliedAt).length,
    windowsOpen: offers.filter((offer) => offer.status === "DISQUALIFIED" && !offer.representedAt && offer.evaluatedAt && now.getTime() <= offer.evaluatedAt.getTime() + REPRESENTATION_DAYS * DAY_MS).length,
  };
}
