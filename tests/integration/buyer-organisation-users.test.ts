import { describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { verifyOrganisation } from "@/lib/admin/verify-organisation";
import { getOrganisationUser, listOrganisationUsers } from "@/lib/buyers/list-organisation-users";
import { listOrganisationActivity } from "@/lib/buyers/list-organisation-activity";
import { changeUserRoles, createOrganisationUser, setOrganisationUserActive } from "@/lib/buyers/organisation-users";
import type { CreateOrganisationUserInput } from "@/lib/buyers/organisation-user-schema";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorFor, contextOf, registerTestOrganisation } from "../factories/buyer-organisations";
import { setUpTestDatabase } from "../support/test-database";

type Organisation = Awaited<ReturnType<typeof registerTestOrganisation>>;
type Fixture = { mine: Organisation; other: Organisation; pending: Organisation; officeId: number; buyer: Actor; member: number };
let fixture: Fixture | undefined;
let sequence = 0;

const database = setUpTestDatabase(async ({ db }) => {
  await seedDatabase(db, { scale: 0.03 });
  const admin = contextOf(await actorFor(db, "admin@kraya.demo"));
  const mine = await registerTestOrganisation(db, { stateCode: "MP" });
  const other = await registerTestOrganisation(db, { stateCode: "MP" });
  const pending = await registerTestOrganisation(db, { stateCode: "MP" });
  for (const { organisationId } of [mine, other]) await verifyOrganisation(db, admin, { organisationId });
  const office = await db.office.findFirstOrThrow({ where: { organisationId: mine.organisationId } });
  const { userId: buyerId } = await createOrganisationUser(db, contextOf(mine.primary), newUser(office.id, ["BUYER"]));
  const { userId: member } = await createOrganisationUser(db, contextOf(mine.primary), newUser(office.id, ["CONSIGNEE"]));
  const buyer = await loadActor(db, buyerId);
  if (!buyer) throw new Error("The new buyer cannot act");
  fixture = { mine, other, pending, officeId: office.id, buyer, member };
});

function given(): Fixture {
  if (!fixture) throw new Error("Fixture not ready");
  return fixture;
}

function newUser(officeId: number, roles: CreateOrganisationUserInput["roles"]): CreateOrganisationUserInput {
  sequence += 1;
  return { name: `Officer ${sequence}`, designation: "Store Officer", email: `officer.${sequence}.${Date.now()}@example.gov.in`, phone: "9812345678", officeId, roles };
}

// Everything the user use cases write.
async function snapshot(userId: number) {
  const db = database().db;
  const [user, users, roles, audits, mails, links] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, include: { roles: { select: { role: true }, orderBy: { role: "asc" } } } }),
    db.user.count(),
    db.userRole.count(),
    db.auditEvent.count(),
    db.emailOutbox.count(),
    db.passwordResetToken.count(),
  ]);
  return { user, users, roles, audits, mails, links };
}

async function expectEveryActionRefused(actor: Actor | null, userId: number, errorClass: new (...args: never[]) => Error) {
  const db = database().db;
  const ctx = contextOf(actor);
  const before = await snapshot(userId);
  await expect(changeUserRoles(db, ctx, { userId, roles: ["BUYER", "PAYING_AUTHORITY"] })).rejects.toBeInstanceOf(errorClass);
  await expect(setOrganisationUserActive(db, ctx, { userId, isActive: false })).rejects.toBeInstanceOf(errorClass);
  await expect(getOrganisationUser(db, ctx, userId)).rejects.toBeInstanceOf(errorClass);
  expect(await snapshot(userId)).toEqual(before);
}

describe("organisation users: who may manage them", () => {
  it("refuses anonymous visitors, buyers, sellers and admins", async () => {
    const db = database().db;
    const { member, officeId, buyer } = given();
    for (const [actor, errorClass] of [
      [null, UnauthenticatedError],
      [buyer, ForbiddenError],
      [await actorFor(db, "mse.seller@kraya.demo"), ForbiddenError],
      [await actorFor(db, "admin@kraya.demo"), ForbiddenError],
    ] as const) {
      await expectEveryActionRefused(actor, member, errorClass);
      const before = await snapshot(member);
      await expect(createOrganisationUser(db, contextOf(actor), newUser(officeId, ["BUYER"]))).rejects.toBeInstanceOf(errorClass);
      await expect(listOrganisationUsers(db, contextOf(actor))).rejects.toBeInstanceOf(errorClass);
      await expect(listOrganisationActivity(db, contextOf(actor), { page: 1 })).rejects.toBeInstanceOf(errorClass);
      expect(await snapshot(member)).toEqual(before);
    }
  });

  it("hides another organisation's users from its primary user", async () => {
    const { member, other } = given();
    await expectEveryActionRefused(other.primary, member, NotFoundError);
    await expectEveryActionRefused(await actorFor(database().db, "head@kraya.demo"), member, NotFoundError);
  });

  it("never lets the primary user re-role or deactivate their own account", async () => {
    const { mine } = given();
    const before = await snapshot(mine.userId);
    await expect(changeUserRoles(database().db, contextOf(mine.primary), { userId: mine.userId, roles: ["BUYER"] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setOrganisationUserActive(database().db, contextOf(mine.primary), { userId: mine.userId, isActive: false })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(mine.userId)).toEqual(before);
  });

  it("lets nobody in an organisation that is not verified create users", async () => {
    const { pending } = given();
    const db = database().db;
    const office = await db.office.findFirstOrThrow({ where: { organisationId: pending.organisationId } });
    const before = await snapshot(pending.userId);
    await expect(createOrganisationUser(db, contextOf(pending.primary), newUser(office.id, ["BUYER"]))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(pending.userId)).toEqual(before);
    expect((await listOrganisationUsers(db, contextOf(pending.primary))).canCreateUsers).toBe(false);
  });

  it("refuses another organisation's office, a used e-mail and web-mail, field by field", async () => {
    const db = database().db;
    const { mine, other, officeId } = given();
    const otherOffice = await db.office.findFirstOrThrow({ where: { organisationId: other.organisationId } });
    const before = await snapshot(mine.userId);
    const refusal = await createOrganisationUser(db, contextOf(mine.primary), { ...newUser(otherOffice.id, ["BUYER"]), email: other.email }).catch((error: unknown) => error);
    expect((refusal as FieldValidationError).fieldErrors).toEqual({ officeId: "forms.errors.choose", email: "buyers.errors.emailTaken" });
    const webmail = await createOrganisationUser(db, contextOf(mine.primary), { ...newUser(officeId, ["BUYER"]), email: `officer.${Date.now()}@gmail.com` }).catch((error: unknown) => error);
    expect((webmail as FieldValidationError).fieldErrors).toEqual({ email: "buyers.errors.officialEmail" });
    expect(await snapshot(mine.userId)).toEqual(before);
  });
});

describe("organisation users: what the primary user does", () => {
  it("creates a user with several roles, who gets a setup link and cannot sign in with any password yet", async () => {
    const db = database().db;
    const { mine, officeId } = given();
    const input = newUser(officeId, ["PAYING_AUTHORITY", "BUYER"]);
    const { userId } = await createOrganisationUser(db, contextOf(mine.primary), input);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(user).toMatchObject({ organisationId: mine.organisationId, officeId, createdById: mine.userId, isActive: true });
    expect(user.roles.map((held) => held.role).sort()).toEqual(["BUYER", "PAYING_AUTHORITY"]);
    expect(await db.passwordResetToken.count({ where: { userId } })).toBe(1);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { toEmail: input.email, kind: "password.setup" } });
    expect(mail.body).toContain("/reset-password?token=");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.created", entityId: String(userId) } });
    expect(audit).toMatchObject({ actorUserId: mine.userId, actorRole: "PRIMARY_BUYER", organisationId: mine.organisationId });
    expect(audit.data).toEqual({ name: input.name, roles: ["BUYER", "PAYING_AUTHORITY"] });
  });

  it("changes roles, deactivates (the person can no longer act) and reactivates, each audited", async () => {
    const db = database().db;
    const { mine, officeId } = given();
    const { userId } = await createOrganisationUser(db, contextOf(mine.primary), newUser(officeId, ["BUYER"]));
    const ctx = contextOf(mine.primary);

    await changeUserRoles(db, ctx, { userId, roles: ["CONSIGNEE", "PAYING_AUTHORITY"] });
    expect((await getOrganisationUser(db, ctx, userId)).roles).toEqual(["CONSIGNEE", "PAYING_AUTHORITY"]);
    const rolesAudit = await db.auditEvent.findFirstOrThrow({ where: { action: "user.rolesChanged", entityId: String(userId) } });
    expect(rolesAudit.before).toEqual({ roles: ["BUYER"] });
    expect(rolesAudit.after).toEqual({ roles: ["CONSIGNEE", "PAYING_AUTHORITY"] });

    await setOrganisationUserActive(db, ctx, { userId, isActive: false });
    expect(await loadActor(db, userId)).toBeNull();
    await setOrganisationUserActive(db, ctx, { userId, isActive: true });
    expect(await loadActor(db, userId)).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entityType: "User", entityId: String(userId), action: { in: ["user.deactivated", "user.reactivated"] } } })).toBe(2);
  });

  it("shows the organisation's trail, newest first, filtered by person and action, and nothing of others", async () => {
    const db = database().db;
    const { mine, other } = given();
    const activity = await listOrganisationActivity(db, contextOf(mine.primary), { page: 1 });
    const actions = activity.entries.map((entry) => entry.action);
    expect(actions.at(-1)).toBe("organisation.registered");
    expect(actions).toContain("organisation.verified");
    expect(actions).toContain("user.created");
    const organisationIds = await db.auditEvent.findMany({ where: { id: { in: activity.entries.map((entry) => BigInt(entry.id)) } }, select: { organisationId: true } });
    expect(new Set(organisationIds.map((event) => event.organisationId))).toEqual(new Set([mine.organisationId]));
    expect(activity.people.map((person) => person.id)).toContain(mine.userId);

    const created = await listOrganisationActivity(db, contextOf(mine.primary), { page: 1, action: "user.created" });
    expect(created.entries.every((entry) => entry.action === "user.created")).toBe(true);
    const admin = await actorFor(db, "admin@kraya.demo");
    const byAdmin = await listOrganisationActivity(db, contextOf(mine.primary), { page: 1, actorUserId: admin.userId });
    expect(byAdmin.entries.map((entry) => entry.action)).toEqual(["organisation.verified"]);
    const others = await listOrganisationActivity(db, contextOf(other.primary), { page: 1 });
    expect(others.entries.some((entry) => entry.action === "user.created")).toBe(false);
  });
});
