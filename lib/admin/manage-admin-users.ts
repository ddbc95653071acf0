import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import type { ActionContext } from "../auth/context";
import { hashPassword } from "../auth/password";
import { issuePasswordLink } from "../auth/password-links";
import type { Db, Tx } from "../db/client";
import type { AdminScope } from "../db/generated/enums";
import { FieldValidationError, ForbiddenError, NotFoundError } from "../errors";
import { assertPlaceConsistent } from "../geography/places";
import { requireNationalAdmin } from "./require-admin";
import { ChangeAdminScopeSchema, CreateAdminUserSchema, SetAdminActiveSchema } from "./schemas";

type ScopeInput = { adminScope: AdminScope; stateId?: number; districtId?: number; blockId?: number };
type Scope = { adminScope: AdminScope; stateId: number | null; districtId: number | null; blockId: number | null };

// Keeps only the places the level uses (a state admin has no district) and checks that the
// district lies in the state and the block in the district.
async function resolveScope(tx: Tx, input: ScopeInput): Promise<Scope> {
  const { adminScope } = input;
  const scope: Scope = {
    adminScope,
    stateId: adminScope === "NATIONAL" ? null : (input.stateId ?? null),
    districtId: adminScope === "DISTRICT" || adminScope === "BLOCK" ? (input.districtId ?? null) : null,
    blockId: adminScope === "BLOCK" ? (input.blockId ?? null) : null,
  };
  if (scope.stateId !== null && !(await tx.state.findUnique({ where: { id: scope.stateId }, select: { id: true } }))) {
    throw new FieldValidationError({ stateId: "adminUsers.errors.placeForScope" });
  }
  if (scope.stateId !== null && scope.districtId !== null) {
    await assertPlaceConsistent(tx, { stateId: scope.stateId, districtId: scope.districtId, blockId: scope.blockId });
  }
  return scope;
}

const placeOf = (scope: Scope) => ({ stateId: scope.stateId, districtId: scope.districtId, blockId: scope.blockId });

// A new official gets no password: a one-time link lets them choose one (lib/auth/password-links.ts).
export async function createAdminUser(db: Db, ctx: ActionContext, input: z.input<typeof CreateAdminUserSchema>) {
  const { actor, role } = requireNationalAdmin(ctx);
  const { name, email, designation, ...scopeInput } = CreateAdminUserSchema.parse(input);
  const unusablePassword = await hashPassword(randomBytes(32).toString("base64url"));
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new FieldValidationError({ email: "adminUsers.errors.emailTaken" });
    const scope = await resolveScope(tx, scopeInput);
    const user = await tx.user.create({
      data: { name, email, designation, passwordHash: unusablePassword, createdById: actor.userId, roles: { create: { role: "ADMIN", ...scope } } },
      select: { id: true, name: true, email: true, designation: true, isActive: true },
    });
    await issuePasswordLink(tx, user, "setup");
    await recordAudit(tx, auditActorOf(ctx, role), { action: "adminUser.created", entityType: "User", entityId: user.id, after: { ...user, ...scope }, place: placeOf(scope) });
    return user;
  });
}

// The target must be an admin user other than the national admin acting: nobody changes
// or locks out their own account.
async function findOtherAdmin(tx: Tx, actorUserId: number, userId: number) {
  const user = await tx.user.findFirst({
    where: { id: userId, roles: { some: { role: "ADMIN" } } },
    select: { id: true, isActive: true, roles: { where: { role: "ADMIN" }, select: { adminScope: true, stateId: true, districtId: true, blockId: true } } },
  });
  if (!user) throw new NotFoundError("Admin user");
  if (user.id === actorUserId) throw new ForbiddenError("An admin cannot change their own account");
  const role = user.roles[0] as { adminScope: AdminScope | null; stateId: number | null; districtId: number | null; blockId: number | null };
  return { id: user.id, isActive: user.isActive, scope: { ...role, adminScope: role.adminScope ?? "NATIONAL" } as Scope };
}

export async function changeAdminScope(db: Db, ctx: ActionContext, input: z.input<typeof ChangeAdminScopeSchema>) {
  const { actor, role } = requireNationalAdmin(ctx);
  const { userId, ...scopeInput } = ChangeAdminScopeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await findOtherAdmin(tx, actor.userId, userId);
    const scope = await resolveScope(tx, scopeInput);
    await tx.userRole.updateMany({ where: { userId, role: "ADMIN" }, data: scope });
    await recordAudit(tx, auditActorOf(ctx, role), { action: "adminUser.scopeChanged", entityType: "User", entityId: userId, before: before.scope, after: scope, place: placeOf(scope) });
    return { id: userId, ...scope };
  });
}

export async function setAdminActive(db: Db, ctx: ActionContext, input: z.input<typeof SetAdminActiveSchema>) {
  const { actor, role } = requireNationalAdmin(ctx);
  const { userId, isActive } = SetAdminActiveSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await findOtherAdmin(tx, actor.userId, userId);
    if (before.isActive === isActive) return { id: userId, isActive };
    await tx.user.update({ where: { id: userId }, data: { isActive } });
    await recordAudit(tx, auditActorOf(ctx, role), {
      action: isActive ? "adminUser.reactivated" : "adminUser.deactivated",
      entityType: "User",
      entityId: userId,
      before: { isActive: before.isActive },
      after: { isActive },
      place: placeOf(before.scope),
    });
    return { id: userId, isActive };
  });
}
