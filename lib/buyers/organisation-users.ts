import "server-only";
import { randomBytes } from "node:crypto";
import { nowOf, type ActionContext } from "../auth/context";
import { hashPassword } from "../auth/password";
import { issuePasswordLink } from "../auth/password-links";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, ForbiddenError, NotFoundError } from "../errors";
import { officialEmailStatus } from "./official-email";
import { SECONDARY_ROLES, type ChangeUserRolesInput, type CreateOrganisationUserInput } from "./organisation-user-schema";
import { loadOwnOrganisation, requirePrimaryUser } from "./own-organisation";

// The primary user (head of office) manages the people of their organisation: creates them
// with their roles, changes the roles, deactivates and reactivates them. Everyone else, and
// any user of another organisation, is refused; each change is audited under the organisation.

export async function createOrganisationUser(db: Db, ctx: ActionContext, input: CreateOrganisationUserInput): Promise<{ userId: number }> {
  const { actor, role } = requirePrimaryUser(ctx);
  // Nobody signs in with this password: the person chooses theirs through the setup link.
  const unusablePasswordHash = await hashPassword(randomBytes(32).toString("base64url"));
  return db.$transaction(async (tx) => {
    const organisation = await loadOwnOrganisation(tx, actor.organisationId);
    if (organisation.verificationStatus !== "VERIFIED") throw new ForbiddenError("The organisation is not verified yet");
    const [office, sameEmail] = await Promise.all([
      tx.office.findFirst({ where: { id: input.officeId, organisationId: organisation.id }, select: { id: true, name: true } }),
      tx.user.findUnique({ where: { email: input.email }, select: { id: true } }),
    ]);
    const errors: Record<string, string> = {};
    if (!office) errors.officeId = "forms.errors.choose";
    if (sameEmail) errors.email = "buyers.errors.emailTaken";
    else if (officialEmailStatus(input.email, organisation.type) === "refused") errors.email = "buyers.errors.officialEmail";
    if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);

    const roles = SECONDARY_ROLES.filter((candidate) => input.roles.includes(candidate));
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        designation: input.designation,
        phone: input.phone,
        passwordHash: unusablePasswordHash,
        organisationId: organisation.id,
        officeId: input.officeId,
        createdById: actor.userId,
        roles: { create: roles.map((granted) => ({ role: granted })) },
      },
      select: { id: true, name: true, email: true, designation: true, officeId: true },
    });
    await issuePasswordLink(tx, user, "setup", nowOf(ctx));
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      after: { ...user, roles },
      data: { name: user.name, roles },
      organisationId: organisation.id,
      place: organisation.place,
    });
    return { userId: user.id };
  });
}

export async function changeUserRoles(db: Db, ctx: ActionContext, input: ChangeUserRolesInput): Promise<void> {
  const { actor, role } = requirePrimaryUser(ctx);
  await db.$transaction(async (tx) => {
    const { user, organisation } = await findManagedUser(tx, actor.organisationId, input.userId);
    const before = user.roles;
    const after = SECONDARY_ROLES.filter((candidate) => input.roles.includes(candidate));
    await tx.userRole.deleteMany({ where: { userId: user.id, role: { in: before.filter((held) => !after.includes(held)) } } });
    await tx.userRole.createMany({ data: after.filter((wanted) => !before.includes(wanted)).map((wanted) => ({ userId: user.id, role: wanted })) });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: "user.rolesChanged",
      entityType: "User",
      entityId: user.id,
      before: { roles: before },
      after: { roles: after },
      data: { name: user.name, roles: after },
      organisationId: organisation.id,
      place: organisation.place,
    });
  });
}

// A deactivated person can no longer sign in (loadActor refuses inactive users, so their
// open sessions end too); their past orders and audit trail stay.
export async function setOrganisationUserActive(db: Db, ctx: ActionContext, input: { userId: number; isActive: boolean }): Promise<void> {
  const { actor, role } = requirePrimaryUser(ctx);
  await db.$transaction(async (tx) => {
    const { user, organisation } = await findManagedUser(tx, actor.organisationId, input.userId);
    if (user.isActive === input.isActive) return;
    await tx.user.update({ where: { id: user.id }, data: { isActive: input.isActive } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: input.isActive ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: user.id,
      before: { isActive: user.isActive },
      after: { isActive: input.isActive },
      data: { name: user.name },
      organisationId: organisation.id,
      place: organisation.place,
    });
  });
}

// A user the primary user may manage: of their organisation (another's is "not found"), and
// not a primary user (themselves included), whose role nobody but an admin changes.
async function findManagedUser(tx: Tx, organisationId: number, userId: number) {
  const user = await tx.user.findFirst({
    where: { id: userId, organisationId },
    select: { id: true, name: true, isActive: true, roles: { select: { role: true } } },
  });
  if (!user) throw new NotFoundError("User");
  const roles = user.roles.map((held) => held.role);
  if (roles.includes("PRIMARY_BUYER")) throw new ForbiddenError("The primary user's own account is not managed here");
  const organisation = await loadOwnOrganisation(tx, organisationId);
  return { user: { ...user, roles: SECONDARY_ROLES.filter((secondary) => roles.includes(secondary)) }, organisation };
}
