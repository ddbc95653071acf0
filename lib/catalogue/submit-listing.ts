import "server-only";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { listingEligibility, type IneligibilityReason } from "../sellers/listing-eligibility";

export type SubmitRefusal = IneligibilityReason | "notDraft";

// The seller may not send this listing for approval yet; the reasons say what to do first.
export class ListingNotSubmittableError extends Error {
  constructor(readonly reasons: SubmitRefusal[]) {
    super(`Listing cannot be submitted: ${reasons.join(", ")}`);
    this.name = "ListingNotSubmittableError";
  }
}

// DRAFT -> PENDING_APPROVAL, by the owning seller's users, only when the seller may go live.
export async function submitListingForApproval(db: Db, ctx: ActionContext, listingId: number): Promise<void> {
  const { actor, role } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Listing");
  const sellerId = actor.sellerId;
  await db.$transaction(async (tx) => {
    const listing = await tx.listing.findFirst({
      where: { id: listingId, sellerId },
      select: { status: true, seller: { select: { verificationStatus: true, profileCompleteness: true, stateId: true, districtId: true, blockId: true } } },
    });
    if (!listing) throw new NotFoundError("Listing");
    const reasons: SubmitRefusal[] = [...(listing.status === "DRAFT" ? [] : ["notDraft" as const]), ...listingEligibility(listing.seller).reasons];
    if (reasons.length > 0) throw new ListingNotSubmittableError(reasons);
    const moved = await tx.listing.updateMany({ where: { id: listingId, status: "DRAFT" }, data: { status: "PENDING_APPROVAL", submittedAt: nowOf(ctx) } });
    if (moved.count !== 1) throw new ListingNotSubmittableError(["notDraft"]);
    const { seller } = listing;
    await recordAudit(
      tx,
      { userId: actor.userId, role, ip: ctx.ip },
      {
        action: "listing.submitted",
        entityType: "Listing",
        entityId: listingId,
        before: { status: "DRAFT" },
        after: { status: "PENDING_APPROVAL" },
        sellerId,
        place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
      },
    );
    await refreshListingSearch(tx, { listingIds: [listingId] });
  });
}
