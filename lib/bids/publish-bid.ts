import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, ForbiddenError } from "../errors";
import { buyerOfBid, lockBid } from "./bid-access";
import { tellBidSellers } from "./bid-notifications";
import { DAY_MS, MINIMUM_BID_DAYS } from "./bid-rules";

// The buyer publishes a draft: its dates must still lie ahead (the submission deadline at least
// MINIMUM_BID_DAYS away), and the sellers who may offer are told.
export async function publishBid(db: Db, ctx: ActionContext, bidId: number): Promise<void> {
  const { role } = await buyerOfBid(db, ctx, bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await lockBid(tx, bidId);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId } });
    if (bid.status !== "DRAFT") throw new ForbiddenError("Only a draft is published");
    if (!bid.clarificationDeadline || bid.clarificationDeadline <= now) throw new FieldValidationError({ form: "bids.errors.clarificationPassed" });
    if (!bid.submissionDeadline || bid.submissionDeadline.getTime() < now.getTime() + MINIMUM_BID_DAYS * DAY_MS) throw new FieldValidationError({ form: "bids.errors.tooSoon" });
    await tx.bid.update({ where: { id: bidId }, data: { status: "PUBLISHED", publishedAt: now } });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "bids.publish", entityType: "Bid", entityId: bidId, organisationId: bid.buyerOrganisationId, before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
    await tellBidSellers(tx, bid, await eligibleSellerIds(tx, bid), "published", now, { date: bid.submissionDeadline });
  });
}

// Who is alerted to a new bid: sellers whose users follow its category, and verified sellers
// with an approved listing in that category delivering to the consignee's state.
export async function eligibleSellerIds(tx: Tx, bid: { categoryId: number | null; consigneeUserId: number | null; buyerOrganisationId: number }): Promise<number[]> {
  if (bid.categoryId === null) return [];
  const consignee = bid.consigneeUserId === null ? null : await tx.user.findUnique({ where: { id: bid.consigneeUserId }, select: { office: { select: { stateId: true } } } });
  const organisation = await tx.buyerOrganisation.findUniqueOrThrow({ where: { id: bid.buyerOrganisationId }, select: { stateId: true } });
  const stateId = consignee?.office?.stateId ?? organisation.stateId;
  const [followers, listing] = await Promise.all([
    tx.user.findMany({ where: { sellerId: { not: null }, isActive: true, follows: { some: { categoryId: bid.categoryId } } }, select: { sellerId: true } }),
    tx.listing.findMany({
      where: {
        categoryId: bid.categoryId, status: "APPROVED", seller: { verificationStatus: "VERIFIED" },
        ...(stateId === null ? {} : { deliveryAreas: { some: { stateId } } }),
      },
      distinct: ["sellerId"],
      select: { sellerId: true },
    }),
  ]);
  return [...new Set([...followers.map((user) => user.sellerId as number), ...listing.map((row) => row.sellerId)])].sort((a, b) => a - b);
}
