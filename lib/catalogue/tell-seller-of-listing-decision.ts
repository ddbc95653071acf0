import "server-only";
import type { Tx } from "../db/client";
import { deliverToAll } from "../notifications/deliver-notification";
import type { ListingRejectionReason } from "./listing-rejection-reasons";

type Decision = { listingId: number; sellerId: number; title: string; importUserId: number | null } & (
  | { kind: "listing.approved" }
  | { kind: "listing.rejected"; reasonCode: ListingRejectionReason; note: string | null }
);

// The seller's administrators and whoever sent the listing in hear of the decision, in
// their notifications and by e-mail (notifications.kinds.listing_approved | listing_rejected).
export async function tellSellerOfListingDecision(tx: Tx, decision: Decision, now: Date): Promise<void> {
  const submitterId = await findSubmitter(tx, decision);
  const recipients = await tx.user.findMany({
    where: {
      sellerId: decision.sellerId,
      isActive: true,
      OR: [{ roles: { some: { role: "SELLER_ADMIN" } } }, ...(submitterId ? [{ id: submitterId }] : [])],
    },
    select: { id: true, name: true, email: true, locale: true },
  });
  const params: Record<string, string | number> =
    decision.kind === "listing.rejected"
      ? { listingId: decision.listingId, title: decision.title, reasonCode: decision.reasonCode, note: decision.note ?? "" }
      : { listingId: decision.listingId, title: decision.title };
  await deliverToAll(tx, recipients, { kind: decision.kind, params, link: `/seller/listings/${decision.listingId}` }, now);
}

// The seller's user who last acted on the listing (created, edited or submitted it), else
// the user who uploaded the file it came from.
async function findSubmitter(tx: Tx, decision: Decision): Promise<number | null> {
  const event = await tx.auditEvent.findFirst({
    where: { entityType: "Listing", entityId: String(decision.listingId), actor: { sellerId: decision.sellerId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorUserId: true },
  });
  return event?.actorUserId ?? decision.importUserId;
}
