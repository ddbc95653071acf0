import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { lockBid } from "./bid-access";
import { offeringSellerIds, tellBidBuyers, tellBidSellers } from "./bid-notifications";
import { AUTOMATIC_EXTENSION_DAYS, DAY_MS } from "./bid-rules";
import { closeAuction } from "./close-auction";

// What the clock does to a bid, done by whoever touches the bid first after the moment (every
// read and step of a bid settles it, and the scheduled jobs settle the rest):
// - at the submission deadline, with fewer offers than the buyer's minimum, the deadline and
//   the opening move AUTOMATIC_EXTENSION_DAYS later, once;
// - at the opening time the technical offers open (TECHNICAL_EVALUATION);
// - at the end of a reverse auction, its prices become final.
export async function settleBid(tx: Tx, bidId: number, now: Date): Promise<void> {
  await lockBid(tx, bidId);
  const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId } });
  const system = { userId: null, role: "SYSTEM", ip: null, at: now };
  if (bid.status === "PUBLISHED" && bid.submissionDeadline && bid.openingAt && bid.submissionDeadline <= now) {
    const offers = await tx.bidOffer.count({ where: { bidId, status: "SUBMITTED" } });
    if (offers < bid.minOffers && !bid.isDeadlineExtended) {
      const submissionDeadline = new Date(bid.submissionDeadline.getTime() + AUTOMATIC_EXTENSION_DAYS * DAY_MS);
      const openingAt = new Date(bid.openingAt.getTime() + AUTOMATIC_EXTENSION_DAYS * DAY_MS);
      await tx.bid.update({ where: { id: bidId }, data: { isDeadlineExtended: true, submissionDeadline, openingAt } });
      await recordAudit(tx, system, {
        action: "bids.extend", entityType: "Bid", entityId: bidId, organisationId: bid.buyerOrganisationId,
        before: { submissionDeadline: bid.submissionDeadline }, after: { submissionDeadline, openingAt },
      });
      await tellBidBuyers(tx, bid, "extended", now, { date: submissionDeadline });
      await tellBidSellers(tx, bid, await offeringSellerIds(tx, bidId, ["SUBMITTED"]), "extended", now, { date: submissionDeadline });
      if (submissionDeadline > now) return;
    }
  }
  const current = await tx.bid.findUniqueOrThrow({ where: { id: bidId }, select: { status: true, openingAt: true, auctionEndsAt: true } });
  if (current.status === "PUBLISHED" && current.openingAt && current.openingAt <= now) {
    await tx.bid.update({ where: { id: bidId }, data: { status: "TECHNICAL_EVALUATION" } });
    await recordAudit(tx, system, { action: "bids.open", entityType: "Bid", entityId: bidId, organisationId: bid.buyerOrganisationId, before: { status: "PUBLISHED" }, after: { status: "TECHNICAL_EVALUATION" } });
    await tellBidBuyers(tx, bid, "opened", now);
  }
  if (current.status === "REVERSE_AUCTION" && current.auctionEndsAt && current.auctionEndsAt <= now) await closeAuction(tx, bid, now);
}

// The bids whose clock has something to do, for the scheduled jobs.
export async function settleDueBids(db: Db, now: Date): Promise<number> {
  const due = await db.bid.findMany({
    where: {
      OR: [
        { status: "PUBLISHED", submissionDeadline: { lte: now }, isDeadlineExtended: false },
        { status: "PUBLISHED", openingAt: { lte: now } },
        { status: "REVERSE_AUCTION", auctionEndsAt: { lte: now } },
      ],
    },
    select: { id: true },
  });
  for (const { id } of due) await db.$transaction((tx) => settleBid(tx, id, now));
  return due.length;
}
