import "server-only";
import type { Actor } from "../auth/actor";
import { requireRole, type ActionContext } from "../auth/context";
import { organisationPlace } from "../admin/organisation-place";
import type { Db, Tx } from "../db/client";
import { ForbiddenError } from "../errors";

// The primary user's own organisation: the only one whose users and trail they manage.
// The organisation id comes from the session, never from the request.
export function requirePrimaryUser(ctx: ActionContext): { actor: Actor & { organisationId: number }; role: "PRIMARY_BUYER" } {
  const { actor } = requireRole(ctx, "PRIMARY_BUYER");
  const { organisationId } = actor;
  if (organisationId === null) throw new ForbiddenError("The primary user has no organisation");
  return { actor: { ...actor, organisationId }, role: "PRIMARY_BUYER" };
}

export async function loadOwnOrganisation(db: Db | Tx, organisationId: number) {
  const organisation = await db.buyerOrganisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { id: true, type: true, stateId: true, verificationStatus: true, offices: { orderBy: { id: "asc" }, take: 1, select: { districtId: true, blockId: true } } },
  });
  return { ...organisation, place: organisationPlace({ stateId: organisation.stateId, headOffice: organisation.offices[0] ?? null }) };
}
