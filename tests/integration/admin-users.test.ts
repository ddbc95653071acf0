import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getAdminUser, listAdminUsers } from "@/lib/admin/admin-users";
import { changeAdminScope, createAdminUser, setAdminActive } from "@/lib/admin/manage-admin-users";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";
import { actorByEmail, adminActor, contextOf, placesIn } from "./admin-fixtures";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
let sequence = 0;
const newEmail = () => `official.${++sequence}.${Date.now()}@gov.example.in`;

async function snapshot() {
  const [users, roles, audits, links, emails] = await Promise.all([
    db().user.findMany({ orderBy: { id: "asc" }, select: { id: true, isActive: true } }),
    db().userRole.findMany({ where: { role: "ADMIN" }, orderBy: { id: "asc" } }),
    db().auditEvent.count(),
    db().passwordResetToken.count(),
    db().emailOutbox.count(),
  ]);
  return { users, roles, audits, links, emails };
}

const refused: [string, () => Promise<Actor | null>, new (...args: never[]) => Error][] = [
  ["a state admin", () => actorByEmail(db(), "admin.mp@kraya.demo"), ForbiddenError],
  ["a district admin", async () => adminActor(db(), "DISTRICT", (await placesIn(db(), "MP")).home), ForbiddenError],
  ["a seller", () => actorByEmail(db(), "mse.seller@kraya.demo"), ForbiddenError],
  ["a primary buyer", () => actorByEmail(db(), "head@kraya.demo"), ForbiddenError],
  ["an anonymous visitor", async () => null, UnauthenticatedError],
];

describe("admin users", () => {
  it("lets the national admin create a district admin, who gets a setup link and no password", async () => {
    const national = await actorByEmail(db(), "admin@kraya.demo");
    const { home } = await placesIn(db(), "MP");
    const email = newEmail();
    // A district admin for the state's district: the block given is dropped, the level has none.
    const created = await createAdminUser(db(), contextOf(national), { name: "Meera Joshi", email: ` ${email.toUpperCase()} `, designation: "Joint Director", adminScope: "DISTRICT", ...home });
    expect(created.email).toBe(email);
    const role = await db().userRole.findFirstOrThrow({ where: { userId: created.id } });
    expect(role).toMatchObject({ role: "ADMIN", adminScope: "DISTRICT", stateId: home.stateId, districtId: home.districtId, blockId: null });
    const mail = await db().emailOutbox.findFirstOrThrow({ where: { toEmail: email, kind: "password.setup" } });
    expect(mail.body).toContain("/reset-password?token=");
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "adminUser.created", entityId: String(created.id) } });
    expect(event).toMatchObject({ actorUserId: national.userId, stateId: home.stateId, districtId: home.districtId });

    const listed = await listAdminUsers(db(), contextOf(national));
    expect(listed.find((user) => user.id === created.id)?.scope).toMatchObject({ level: "DISTRICT", district: { name: expect.any(String) } });
    expect((await getAdminUser(db(), contextOf(national), created.id)).designation).toBe("Joint Director");
  });

  it("asks for the place the level needs, consistent with the hierarchy, and a free e-mail", async () => {
    const national = await actorByEmail(db(), "admin@kraya.demo");
    const { home, otherDistrict } = await placesIn(db(), "MP");
    const bihar = await db().state.findUniqueOrThrow({ where: { code: "BR" } });
    const before = await snapshot();
    const base = { name: "Arun Kumar", designation: "Deputy Director" };
    await expect(createAdminUser(db(), contextOf(national), { ...base, email: newEmail(), adminScope: "STATE" })).rejects.toThrow();
    await expect(createAdminUser(db(), contextOf(national), { ...base, email: newEmail(), adminScope: "BLOCK", stateId: home.stateId, districtId: home.districtId })).rejects.toThrow();
    await expect(createAdminUser(db(), contextOf(national), { ...base, email: newEmail(), adminScope: "DISTRICT", stateId: bihar.id, districtId: home.districtId })).rejects.toThrow(FieldValidationError);
    await expect(createAdminUser(db(), contextOf(national), { ...base, email: newEmail(), adminScope: "BLOCK", ...home, districtId: otherDistrict.districtId })).rejects.toThrow(FieldValidationError);
    await expect(createAdminUser(db(), contextOf(national), { ...base, email: "admin.br@kraya.demo", adminScope: "NATIONAL" })).rejects.toThrow(FieldValidationError);
    expect(await snapshot()).toEqual(before);
  });

  it("changes a scope, deactivates and reactivates, but never the national admin's own account", async () => {
    const national = await actorByEmail(db(), "admin@kraya.demo");
    const { home } = await placesIn(db(), "MP");
    const target = await adminActor(db(), "STATE", { stateId: home.stateId });
    await changeAdminScope(db(), contextOf(national), { userId: target.userId, adminScope: "BLOCK", ...home });
    expect(await db().userRole.findFirstOrThrow({ where: { userId: target.userId } })).toMatchObject({ adminScope: "BLOCK", blockId: home.blockId });
    await setAdminActive(db(), contextOf(national), { userId: target.userId, isActive: false });
    expect((await db().user.findUniqueOrThrow({ where: { id: target.userId } })).isActive).toBe(false);
    await setAdminActive(db(), contextOf(national), { userId: target.userId, isActive: true });
    const actions = await db().auditEvent.findMany({ where: { entityType: "User", entityId: String(target.userId) }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((event) => event.action)).toEqual(["adminUser.scopeChanged", "adminUser.deactivated", "adminUser.reactivated"]);

    const before = await snapshot();
    await expect(setAdminActive(db(), contextOf(national), { userId: national.userId, isActive: false })).rejects.toThrow(ForbiddenError);
    await expect(changeAdminScope(db(), contextOf(national), { userId: national.userId, adminScope: "STATE", stateId: home.stateId })).rejects.toThrow(ForbiddenError);
    // A user who is not an admin is not found: the page manages officials only.
    const seller = await actorByEmail(db(), "mse.seller@kraya.demo");
    await expect(setAdminActive(db(), contextOf(national), { userId: seller.userId, isActive: false })).rejects.toThrow(NotFoundError);
    await expect(getAdminUser(db(), contextOf(national), seller.userId)).rejects.toThrow(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it.each(refused)("refuses %s every admin-user action, and changes nothing", async (_, actorOf, error) => {
    const actor = await actorOf();
    const { home } = await placesIn(db(), "MP");
    const target = await adminActor(db(), "STATE", { stateId: home.stateId });
    const before = await snapshot();
    const ctx = contextOf(actor);
    await expect(listAdminUsers(db(), ctx)).rejects.toThrow(error);
    await expect(getAdminUser(db(), ctx, target.userId)).rejects.toThrow(error);
    await expect(createAdminUser(db(), ctx, { name: "Someone Else", email: newEmail(), designation: "Director", adminScope: "NATIONAL" })).rejects.toThrow(error);
    await expect(changeAdminScope(db(), ctx, { userId: target.userId, adminScope: "NATIONAL" })).rejects.toThrow(error);
    await expect(setAdminActive(db(), ctx, { userId: target.userId, isActive: false })).rejects.toThrow(error);
    expect(await snapshot()).toEqual(before);
  });
});
