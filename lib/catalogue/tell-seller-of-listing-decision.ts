import "server-only";
import type { Tx } from "../db/client";
import { queueEmail } from "../email/outbox";
import enWorkflow from "../i18n/messages/en/catalogueWorkflow.json";
import type { ListingRejectionReason } from "./listing-rejection-reasons";

type Decision = { listingId: number; sellerId: number; title: string; importUserId: number | null } & (
  | { kind: "listing.approved" }
  | { kind: "listing.rejected"; reasonCode: ListingRejectionReason; note: string | null }
);

// The seller's administrators and whoever sent the listing in hear of the decision, in
// their notifications (rendered from kind and params in the reader's language) and by e-mail.
export async function tellSellerOfListingDecision(tx: Tx, decision: Decision): Promise<void> {
  const submitterId = await findSubmitter(tx, decision);
  const recipients = await tx.user.findMany({
    where: {
      sellerId: decision.sellerId,
      isActive: true,
      OR: [{ roles: { some: { role: "SELLER_ADMIN" } } }, ...(submitterId ? [{ id: submitterId }] : [])],
    },
    select: { id: true, email: true },
  });
  const reasonCode = decision.kind === "listing.rejected" ? decision.reasonCode : null;
  const title = decision.kind === "listing.approved" ? `Listing approved: ${decision.title}` : `Listing not approved: ${decision.title}`;
  const body =
    decision.kind === "listing.approved"
      ? `"${decision.title}" is approved. Buyers see it while it is in stock and your registration is verified.`
      : [`"${decision.title}" was not approved: ${enWorkflow.listingRejectionReasons[decision.kind === "listing.rejected" ? decision.reasonCode : "OTHER"]}.`, decision.note, "Correct the listing and send it for approval again."]
          .filter(Boolean)
          .join("\n");
  const link = `/seller/listings/${decision.listingId}`;
  await tx.notification.createMany({
    data: recipients.map((user) => ({ userId: user.id, kind: decision.kind, params: { listingId: decision.listingId, title: decision.title, reasonCode }, title, body, link })),
  });
  for (const user of recipients) await queueEmail(tx, { to: user.email, kind: decision.kind, subject: `Kraya: ${title}`, body: `${body}\n${link}` });
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
