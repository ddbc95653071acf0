import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { FieldValidationError } from "../errors";
import { buyerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { offeringSellerIds, tellBidSellers } from "./bid-notifications";

// The buyer may cancel a bid until it is awarded, saying why; sellers who offered are told.
export async function cancelBid(db: Db, ctx: ActionContext, input: { bidId: number; reason: string }): Promise<void> {
  const { role } = await buyerOfBid(db, ctx, input.bidId);
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    await settleBid(tx, input.bidId, now);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: input.bidId } });
    if (bid.status === "AWARDED" || bid.status === "CANCELLED") throw new FieldValidationError({ reason: "bids.errors.cannotCancel" });
    await tx.bid.update({ where: { id: bid.id }, data: { status: "CANCELLED", cancelReason: input.reason } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "bids.cancel", entityType: "Bid", entityId: bid.id, organisationId: bid.buyerOrganisationId, before: { status: bid.status }, after: { status: "CANCELLED", reason: input.reason },
    });
    await tellBidSellers(tx, bid, await offeringSellerIds(tx, bid.id), "cancelled", now, { note: input.reason });
  });
}
