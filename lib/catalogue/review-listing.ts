import "server-only";
import type { z } from "zod";
import { requireAdmin } from "../admin/require-admin";
import { ApproveListingSchema, RejectListingSchema } from "../admin/listing-review-schemas";
import { adminPlaceFilter } from "../admin/scope";
import { alertFollowersOfNewListing } from "../alerts/alert-followers";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { tellSellerOfListingDecision } from "./tell-seller-of-listing-decision";

const DECISION_FIELDS = { id: true, status: true, approvedAt: true, reviewedAt: true, reviewedById: true, rejectionReasonCode: true, rejectionNote: true } as const;

// An admin of the seller's area approves a listing waiting for approval. It becomes visible
// to buyers when it is also in stock and the seller is verified (refreshListingSearch).
export async function approveListing(db: Db, ctx: ActionContext, input: z.input<typeof ApproveListingSchema>) {
  const { actor, role } = requireAdmin(ctx);
  const { listingId } = ApproveListingSchema.parse(input);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const before = await findPendingInScope(tx, listingId, adminPlaceFilter(actor));
    const after = await decide(tx, listingId, { status: "APPROVED", approvedAt: now, reviewedAt: now, reviewedById: actor.userId, rejectionReasonCode: null, rejectionNote: null });
    await recordDecision(tx, ctx, role, "listing.approved", before, after);
    await refreshListingSearch(tx, { listingIds: [listingId] });
    // Followers of its category or market page hear of a new SHG, weaver or artisan product.
    await alertFollowersOfNewListing(tx, listingId, now);
    await tellSellerOfListingDecision(tx, { kind: "listing.approved", ...recipientsOf(before) }, now);
    return after;
  });
}

// The seller reads the reason (a code, translated) and the admin's note; OTHER needs a note.
export async function rejectListing(db: Db, ctx: ActionContext, input: z.input<typeof RejectListingSchema>) {
  const { actor, role } = requireAdmin(ctx);
  const { listingId, reasonCode, note } = RejectListingSchema.parse(input);
  const now = nowOf(ctx);
  return db.$transaction(async (tx) => {
    const before = await findPendingInScope(tx, listingId, adminPlaceFilter(actor));
    const after = await decide(tx, listingId, { status: "REJECTED", approvedAt: null, reviewedAt: now, reviewedById: actor.userId, rejectionReasonCode: reasonCode, rejectionNote: note ?? null });
    await recordDecision(tx, ctx, role, "listing.rejected", before, after, { reasonCode });
    await refreshListingSearch(tx, { listingIds: [listingId] });
    await tellSellerOfListingDecision(tx, { kind: "listing.rejected", reasonCode, note: note ?? null, ...recipientsOf(before) }, now);
    return after;
  });
}

type PendingListing = Awaited<ReturnType<typeof findPendingInScope>>;

// Only a listing waiting for approval is decided; out of the admin's area it is "not found".
async function findPendingInScope(tx: Tx, listingId: number, scope: ReturnType<typeof adminPlaceFilter>) {
  const listing = await tx.listing.findFirst({
    where: { id: listingId, seller: scope },
    select: {
      ...DECISION_FIELDS,
      title: true,
      sellerId: true,
      import: { select: { userId: true } },
      seller: { select: { stateId: true, districtId: true, blockId: true } },
    },
  });
  if (!listing) throw new NotFoundError("Listing");
  if (listing.status !== "PENDING_APPROVAL") throw new FieldValidationError({ decision: "listingReview.errors.alreadyDecided" });
  return listing;
}

// The status condition in the UPDATE itself: of two admins deciding at once, one wins.
async function decide(tx: Tx, listingId: number, data: Prisma.ListingUncheckedUpdateManyInput) {
  const moved = await tx.listing.updateMany({ where: { id: listingId, status: "PENDING_APPROVAL" }, data });
  if (moved.count !== 1) throw new FieldValidationError({ decision: "listingReview.errors.alreadyDecided" });
  return tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: DECISION_FIELDS });
}

function recipientsOf(listing: PendingListing) {
  return { listingId: listing.id, sellerId: listing.sellerId, title: listing.title, importUserId: listing.import?.userId ?? null };
}

async function recordDecision(tx: Tx, ctx: ActionContext, role: string, action: string, before: PendingListing, after: Record<keyof typeof DECISION_FIELDS, unknown>, data?: Record<string, unknown>) {
  const trim = ({ status, approvedAt, reviewedAt, rejectionReasonCode, rejectionNote }: Record<keyof typeof DECISION_FIELDS, unknown>) => ({ status, approvedAt, reviewedAt, rejectionReasonCode, rejectionNote });
  await recordAudit(tx, auditActorOf(ctx, role), {
    action,
    entityType: "Listing",
    entityId: before.id,
    before: trim(before),
    after: trim(after),
    data,
    sellerId: before.sellerId,
    place: before.seller,
  });
}
