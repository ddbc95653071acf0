import "server-only";
import type { Actor } from "../auth/actor";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import type { VerificationStatus } from "../db/generated/enums";
import { deliverToAll } from "../notifications/deliver-notification";
import { FieldValidationError, NotFoundError } from "../errors";
import type { RejectOrganisationInput } from "./organisation-decision-schema";
import { organisationPlace } from "./organisation-place";
import { adminCovers } from "./scope";

const DECISION_FIELDS = { verificationStatus: true, verifiedAt: true, verifiedById: true, rejectionReasonCode: true, rejectionNote: true } as const;

// An admin whose scope covers the organisation lets it buy. Outside their scope it is "not found".
export async function verifyOrganisation(db: Db, ctx: ActionContext, input: { organisationId: number }): Promise<void> {
  await decide(db, ctx, input.organisationId, "VERIFIED", { rejectionReasonCode: null, rejectionNote: null });
}

// Or turns it down with a reason code and a note; the head of office reads both on their overview.
export async function rejectOrganisation(db: Db, ctx: ActionContext, input: RejectOrganisationInput): Promise<void> {
  await decide(db, ctx, input.organisationId, "REJECTED", { rejectionReasonCode: input.reasonCode, rejectionNote: input.note ?? null });
}

async function decide(db: Db, ctx: ActionContext, organisationId: number, status: VerificationStatus, rejection: { rejectionReasonCode: string | null; rejectionNote: string | null }) {
  const { actor, role } = requireRole(ctx, "ADMIN");
  const now = nowOf(ctx);
  await db.$transaction(async (tx) => {
    const organisation = await findInScope(tx, actor, organisationId);
    // Only a pending registration is decided here; suspending a verified one is another matter.
    if (organisation.verificationStatus !== "PENDING") throw new FieldValidationError({ form: "organisationReview.errors.alreadyDecided" });
    const after = await tx.buyerOrganisation.update({
      where: { id: organisationId },
      data: { verificationStatus: status, verifiedAt: status === "VERIFIED" ? now : null, verifiedById: actor.userId, ...rejection },
      select: DECISION_FIELDS,
    });
    const { id, name, place, primaryUsers, verificationStatus, verifiedAt, verifiedById, rejectionReasonCode, rejectionNote } = organisation;
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: status === "VERIFIED" ? "organisation.verified" : "organisation.rejected",
      entityType: "BuyerOrganisation",
      entityId: id,
      before: { verificationStatus, verifiedAt, verifiedById, rejectionReasonCode, rejectionNote },
      after,
      data: { name, reasonCode: rejection.rejectionReasonCode },
      organisationId: id,
      place,
    });
    await tellPrimaryUsers(tx, primaryUsers, name, status, rejection, now);
  });
}

async function findInScope(tx: Tx, actor: Actor, organisationId: number) {
  const organisation = await tx.buyerOrganisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      stateId: true,
      ...DECISION_FIELDS,
      offices: { orderBy: { id: "asc" }, take: 1, select: { districtId: true, blockId: true } },
      users: { where: { roles: { some: { role: "PRIMARY_BUYER" } } }, select: { id: true, name: true, email: true, locale: true } },
    },
  });
  if (!organisation) throw new NotFoundError("Organisation");
  const place = organisationPlace({ stateId: organisation.stateId, headOffice: organisation.offices[0] ?? null });
  if (!adminCovers(actor, place)) throw new NotFoundError("Organisation");
  return { ...organisation, place, primaryUsers: organisation.users };
}

// The head of office hears of the decision in the portal and by e-mail, in their language
// (notifications.kinds.organisation_verified | organisation_rejected).
async function tellPrimaryUsers(
  tx: Tx,
  users: { id: number; name: string; email: string; locale: string }[],
  organisationName: string,
  status: VerificationStatus,
  { rejectionReasonCode, rejectionNote: note }: { rejectionReasonCode: string | null; rejectionNote: string | null },
  now: Date,
) {
  const verified = status === "VERIFIED";
  const params: Record<string, string> = verified ? { organisationName } : { organisationName, reasonCode: rejectionReasonCode ?? "OTHER", note: note ?? "" };
  await deliverToAll(tx, users, { kind: verified ? "organisation.verified" : "organisation.rejected", params, link: "/buyer" }, now);
}
