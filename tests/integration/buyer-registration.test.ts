import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { registerOrganisation } from "@/lib/buyers/register-organisation";
import { FieldValidationError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { ANONYMOUS, registrationInput } from "../factories/buyer-organisations";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));

async function counts() {
  const db = database().db;
  const [organisations, offices, users, audits] = await Promise.all([db.buyerOrganisation.count(), db.office.count(), db.user.count(), db.auditEvent.count()]);
  return { organisations, offices, users, audits };
}

async function expectRefused(input: Awaited<ReturnType<typeof registrationInput>>, fieldErrors: Record<string, string>) {
  const before = await counts();
  const refusal = await registerOrganisation(database().db, ANONYMOUS, input).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(FieldValidationError);
  expect((refusal as FieldValidationError).fieldErrors).toEqual(fieldErrors);
  expect(await counts()).toEqual(before);
}

describe("registering a buyer organisation", () => {
  it("creates the pending organisation, its office and the primary user, with an audit event", async () => {
    const db = database().db;
    const input = await registrationInput(db, { stateCode: "MP" });
    const { organisationId, userId } = await registerOrganisation(db, ANONYMOUS, input);

    const organisation = await db.buyerOrganisation.findUniqueOrThrow({ where: { id: organisationId }, include: { offices: true } });
    expect(organisation).toMatchObject({ name: input.organisationName, verificationStatus: "PENDING", emailDomain: "example.gov.in", stateId: input.departmentStateId });
    expect(organisation.offices).toHaveLength(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
    expect(user).toMatchObject({ organisationId, officeId: organisation.offices[0]?.id, designation: "Director", isActive: true });
    expect(user.roles.map((role) => role.role)).toEqual(["PRIMARY_BUYER"]);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.registered", entityId: String(organisationId) } });
    expect(audit).toMatchObject({ actorUserId: userId, actorRole: "PRIMARY_BUYER", organisationId, stateId: input.departmentStateId, ip: "203.0.113.9" });
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
  });

  it("registers a central organisation without a state", async () => {
    const db = database().db;
    const input = await registrationInput(db, { stateCode: null, officeStateCode: "DL" });
    const { organisationId } = await registerOrganisation(db, ANONYMOUS, input);
    const organisation = await db.buyerOrganisation.findUniqueOrThrow({ where: { id: organisationId } });
    expect(organisation.stateId).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "organisation.registered", entityId: String(organisationId) } });
    expect(audit.stateId).toBeNull();
  });

  it("refuses a name already taken under the department, in any case, and a used e-mail", async () => {
    const db = database().db;
    const first = await registrationInput(db, { stateCode: "MP" });
    await registerOrganisation(db, ANONYMOUS, first);
    const second = await registrationInput(db, { stateCode: "MP" });
    await expectRefused({ ...second, organisationName: first.organisationName.toUpperCase(), email: first.email }, {
      organisationName: "buyers.errors.organisationTaken",
      email: "buyers.errors.emailTaken",
    });
  });

  it("refuses a department outside the chosen state or ministry", async () => {
    const db = database().db;
    const input = await registrationInput(db, { stateCode: "MP" });
    const bihar = await db.department.findFirstOrThrow({ where: { state: { code: "BR" } }, select: { id: true } });
    await expectRefused({ ...input, departmentId: bihar.id }, { departmentId: "buyers.errors.departmentMismatch" });
    const central = await registrationInput(db, { stateCode: null });
    await expectRefused({ ...central, ministryId: (central.ministryId ?? 0) + 1 }, { departmentId: "buyers.errors.departmentMismatch" });
  });

  it("refuses a state organisation whose office is in another state, and a district outside the office state", async () => {
    const db = database().db;
    await expectRefused(await registrationInput(db, { stateCode: "MP", officeStateCode: "BR" }), { officeStateId: "buyers.errors.officeOutsideState" });
    const input = await registrationInput(db, { stateCode: "MP" });
    const biharDistrict = await db.district.findFirstOrThrow({ where: { state: { code: "BR" } }, select: { id: true } });
    await expectRefused({ ...input, officeDistrictId: biharDistrict.id, officeBlockId: undefined }, { officeDistrictId: "forms.errors.placeMismatch" });
  });
});
