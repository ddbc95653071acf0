import "server-only";
import { auditActorOf, type AuditActor } from "../audit/record-audit";
import { requireRole, type ActionContext } from "../auth/context";
import type { Tx } from "../db/client";
import { NotFoundError } from "../errors";
import { listingEligibility } from "../sellers/listing-eligibility";

export type ListingEditor = { sellerId: number; by: AuditActor };

// Only the owning seller's administrators and staff change its listings. A user of another
// seller, or a facilitator (who has no seller of their own), finds nothing.
export function requireListingEditor(ctx: ActionContext): ListingEditor {
  const { actor, role } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Listing");
  return { sellerId: actor.sellerId, by: auditActorOf(ctx, role) };
}

const SELLER_FACTS = { verificationStatus: true, profileCompleteness: true, stateId: true, districtId: true, blockId: true } as const;

// The seller's place (for the audit trail) and whether its listings may go live.
export async function sellerFactsOf(tx: Tx, sellerId: number) {
  const seller = await tx.seller.findUniqueOrThrow({ where: { id: sellerId }, select: SELLER_FACTS });
  return {
    canGoLive: listingEligibility(seller).canGoLive,
    place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
  };
}

// One of the seller's listings, locked for this transaction's change, or "not found".
export async function lockOwnListing(tx: Tx, sellerId: number, listingId: number) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Listing" WHERE id = ${listingId} AND "sellerId" = ${sellerId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("Listing");
  return tx.listing.findUniqueOrThrow({ where: { id: listingId }, include: { deliveryAreas: { select: { stateId: true, districtId: true } } } });
}

export type OwnListing = Awaited<ReturnType<typeof lockOwnListing>>;
