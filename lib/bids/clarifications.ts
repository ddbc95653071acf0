import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { buyerOfBid, publishedBid, sellerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { tellBidBuyers, tellBidSellers } from "./bid-notifications";

// Sellers ask until the clarification deadline; the buyer answers, and every seller reads the
// questions and answers, never who asked.
export async function askClarification(db: Db, ctx: ActionContext, input: { bidId: number; question: string }): Promise<void> {
  const { role, sellerId } = sellerOfBid(ctx, "write");
  await publishedBid(db, input.bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, input.bidId, now);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: input.bidId } });
    if (bid.status !== "PUBLISHED" || !bid.clarificationDeadline || bid.clarificationDeadline <= now) throw new FieldValidationError({ question: "bids.errors.clarificationPassed" });
    const asked = await tx.bidClarification.create({ data: { bidId: bid.id, sellerId, question: input.question, askedAt: now }, select: { id: true } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "bids.clarification.ask", entityType: "BidClarification", entityId: asked.id, sellerId, data: { bidId: bid.id } });
    await tellBidBuyers(tx, bid, "clarified", now);
  });
}

export async function answerClarification(db: Db, ctx: ActionContext, input: { clarificationId: number; answer: string }): Promise<void> {
  const clarification = await db.bidClarification.findUnique({ where: { id: input.clarificationId }, select: { id: true, bidId: true, answeredAt: true } });
  if (!clarification) throw new NotFoundError("Clarification");
  const { role, actor, bid } = await buyerOfBid(db, ctx, clarification.bidId);
  if (clarification.answeredAt) throw new FieldValidationError({ answer: "bids.errors.alreadyAnswered" });
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await tx.bidClarification.update({ where: { id: clarification.id }, data: { answer: input.answer, answeredAt: now, answeredById: actor.userId } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "bids.clarification.answer", entityType: "BidClarification", entityId: clarification.id, organisationId: bid.buyerOrganisationId });
    const full = await tx.bid.findUniqueOrThrow({ where: { id: bid.id } });
    const askers = await tx.bidClarification.findMany({ where: { bidId: bid.id }, distinct: ["sellerId"], select: { sellerId: true } });
    await tellBidSellers(tx, full, askers.map((row) => row.sellerId), "clarified", now);
  });
}

export function listClarifications(db: Db, bidId: number) {
  return db.bidClarification.findMany({ where: { bidId }, orderBy: { askedAt: "asc" }, select: { id: true, question: true, answer: true, askedAt: true, answeredAt: true } });
}
