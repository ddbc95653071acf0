import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getOrganisationForReview } from "@/lib/admin/get-organisation-for-review";
import { listOrganisationsForReview } from "@/lib/admin/list-organisations-for-review";
import { rejectOrganisation, verifyOrganisation } from "@/lib/admin/verify-organisation";
import { hashPassword } from "@/lib/auth/password";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorFor, contextOf, registerTestOrganisation } from "../factories/buyer-organisations";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));

async function districtAdmin(districtId: number): Promise<Actor> {
  const db = database().db;
  const email = `district.admin.${districtId}.${Date.now()}@example.gov.in`;
  await db.user.create({
    data: { email, name: "District Admin", passwordHash: await hashPassword("Secret-pass-2026"), roles: { create: [{ role: "ADMIN", adminScope: "DISTRICT", districtId }] } },
  });
  return actorFor(db, email);
}

// Everything a decision writes: the organisation's own fields, audit events, mail and notifications.
async function snapshot(organisationId: number) {
  const db = database().db;
  const [organisation, audits, mails, notifications] = await Promise.all([
    db.buyerOrganisation.findUnique({ where: { id: organisationId } }),
    db.auditEvent.count(),
    db.emailOutbox.count(),
    db.notification.count(),
  ]);
  return { organisation, audits, mails, notifications };
}

async function expectRefusal(actor: Actor | null, organisationId: number, errorClass: new (...args: never[]) => Error) {
  const before = await snapshot(organisationId);
  const db = database().db;
  await expect(verifyOrganisation(db, contextOf(actor), { organisationId })).rejects.toBeInstanceOf(errorClass);
  await expect(rejectOrganisation(db, contextOf(actor), { organisationId, reasonCode: "DUPLICATE" })).rejects.toBeInstanceOf(errorClass);
  await expect(getOrganisationForReview(db, contextOf(actor), organisationId)).rejects.toBeInstanceOf(errorClass);
  expect(await snapshot(organisationId)).toEqual(before);
}

describe("verifying buyer organisations: who may", () => {
  it("refuses anonymous visitors, non-admins and admins outside the organisation's area, changing nothing", async () => {
    const db = database().db;
    const mp = await registerTestOrganisation(db, { stateCode: "MP" });
    const other = await registerTestOrganisation(db, { stateCode: "MP" });
    const office = await db.office.findFirstOrThrow({ where: { organisationId: mp.organisationId } });
    const otherDistrict = await db.district.findFirstOrThrow({ where: { stateId: office.stateId, id: { not: office.districtId } } });

    await expectRefusal(null, mp.organisationId, UnauthenticatedError);
    await expectRefusal(mp.primary, mp.organisationId, ForbiddenError);
    await expectRefusal(other.primary, mp.organisationId, ForbiddenError);
    await expectRefusal(await actorFor(db, "buyer@kraya.demo"), mp.organisationId, ForbiddenError);
    await expectRefusal(await actorFor(db, "mse.seller@kraya.demo"), mp.organisationId, ForbiddenError);
    await expectRefusal(await actorFor(db, "admin.br@kraya.demo"), mp.organisationId, NotFoundError);
    await expectRefusal(await districtAdmin(otherDistrict.id), mp.organisationId, NotFoundError);
    await expectRefusal(null, 987_654, UnauthenticatedError);
    await expectRefusal(await actorFor(db, "admin@kraya.demo"), 987_654, NotFoundError);
  });

  it("keeps central organisations to national admins", async () => {
    const db = database().db;
    const central = await registerTestOrganisation(db, { stateCode: null, officeStateCode: "MP" });
    const office = await db.office.findFirstOrThrow({ where: { organisationId: central.organisationId } });
    await expectRefusal(await actorFor(db, "admin.mp@kraya.demo"), central.organisationId, NotFoundError);
    await expectRefusal(await districtAdmin(office.districtId), central.organisationId, NotFoundError);
    await verifyOrganisation(db, contextOf(await actorFor(db, "admin@kraya.demo")), { organisationId: central.organisationId });
    expect((await db.buyerOrganisation.findUniqueOrThrow({ where: { id: central.organisationId } })).verificationStatus).toBe("VERIFIED");
  });

  it("lets an admin of the district of the office verify a state organisation", async () => {
    const db = database().db;
    const mp = await registerTestOrganisation(db, { stateCode: "MP" });
    const office = await db.office.findFirstOrThrow({ where: { organisationId: mp.organisationId } });
    await verifyOrganisation(db, contextOf(await districtAdmin(office.districtId)), { organisationId: mp.organisationId });
    expect((await db.buyerOrganisation.findUniqueOrThrow({ where: { id: mp.organisationId } })).verificationStatus).toBe("VERIFIED");
  });
});

describe("verifying buyer organisations: what it does", () => {
  it("verifies, records before and after, and tells the primary user by e-mail and notification", async () => {
    const db = database().db;
    const admin = await actorFor(db, "admin.mp@kraya.demo");
    const mp = await registerTestOrganisation(db, { stateCode: "MP" });
    const now = new Date("2026-11-25T06:30:00Z");
    await verifyOrganisation(db, { ...contextOf(admin), now }, { organisationId: mp.organisationId });

    const organisation = await db.buyerOrganisation.findUniqueOrThrow({ where: { id: mp.organisationId } });
    expect(organisation).toMatchObject({ verificationStatus: "VERIFIED", verifiedAt: now, verifiedById: admin.userId });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.verified", entityId: String(mp.organisationId) } });
    expect(audit).toMatchObject({ actorUserId: admin.userId, actorRole: "ADMIN", organisationId: mp.organisationId, stateId: admin.adminScope?.stateId });
    expect(audit.before).toMatchObject({ verificationStatus: "PENDING" });
    expect(audit.after).toMatchObject({ verificationStatus: "VERIFIED" });
    expect(await db.emailOutbox.count({ where: { toEmail: mp.email, kind: "organisation.verified" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: mp.userId, kind: "organisation.verified" } })).toBe(1);

    const before = await snapshot(mp.organisationId);
    const again = await verifyOrganisation(db, contextOf(admin), { organisationId: mp.organisationId }).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(FieldValidationError);
    expect(await snapshot(mp.organisationId)).toEqual(before);
  });

  it("rejects with a reason code and a note the head of office can read", async () => {
    const db = database().db;
    const admin = await actorFor(db, "admin@kraya.demo");
    const mp = await registerTestOrganisation(db, { stateCode: "MP" });
    await rejectOrganisation(db, contextOf(admin), { organisationId: mp.organisationId, reasonCode: "OTHER", note: "Send the office order naming you head of office." });
    const organisation = await db.buyerOrganisation.findUniqueOrThrow({ where: { id: mp.organisationId } });
    expect(organisation).toMatchObject({ verificationStatus: "REJECTED", rejectionReasonCode: "OTHER", rejectionNote: "Send the office order naming you head of office.", verifiedAt: null });
    expect(await db.auditEvent.count({ where: { action: "organisation.rejected", entityId: String(mp.organisationId) } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { toEmail: mp.email, kind: "organisation.rejected" } })).toBe(1);
  });

  it("lists to each admin only the organisations of their area", async () => {
    const db = database().db;
    const mp = await registerTestOrganisation(db, { stateCode: "MP" });
    const bihar = await registerTestOrganisation(db, { stateCode: "BR" });
    const central = await registerTestOrganisation(db, { stateCode: null });
    const idsFor = async (email: string) => {
      const list = await listOrganisationsForReview(db, contextOf(await actorFor(db, email)), { status: "PENDING", page: 1 });
      return { ids: new Set(list.rows.map((row) => row.id)), total: list.total };
    };
    const mpList = await idsFor("admin.mp@kraya.demo");
    expect(mpList.ids.has(mp.organisationId)).toBe(true);
    expect(mpList.ids.has(bihar.organisationId)).toBe(false);
    expect(mpList.ids.has(central.organisationId)).toBe(false);
    const national = await idsFor("admin@kraya.demo");
    expect(national.total).toBeGreaterThan(mpList.total);
    await expect(listOrganisationsForReview(db, contextOf(await actorFor(db, "head@kraya.demo")), { status: "PENDING", page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
