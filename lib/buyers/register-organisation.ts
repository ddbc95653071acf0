import "server-only";
import type { ActionContext } from "../auth/context";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { organisationPlace } from "../admin/organisation-place";
import type { Db, Tx } from "../db/client";
import { FieldValidationError } from "../errors";
import { assertPlaceConsistent } from "../geography/places";
import { emailDomainOf, officialEmailStatus } from "./official-email";
import type { OrganisationRegistrationInput } from "./organisation-registration-schema";

// The head of office registers a buyer organisation, its office and their own account as
// its primary user, in one transaction. The organisation waits, PENDING, for an admin of its
// area to verify it before anyone in it can buy.
export async function registerOrganisation(db: Db, ctx: ActionContext, input: OrganisationRegistrationInput): Promise<{ organisationId: number; userId: number }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const stateId = await checkHierarchy(tx, input);
    await assertPlaceConsistent(tx, { stateId: input.officeStateId, districtId: input.officeDistrictId, blockId: input.officeBlockId }, { district: "officeDistrictId", block: "officeBlockId" });
    await checkNamesFree(tx, input);

    const organisation = await tx.buyerOrganisation.create({
      data: { name: input.organisationName, type: input.organisationType, departmentId: input.departmentId, stateId, emailDomain: emailDomainOf(input.email) },
      select: { id: true, name: true, type: true, departmentId: true, stateId: true, emailDomain: true, verificationStatus: true },
    });
    const office = await tx.office.create({
      data: {
        organisationId: organisation.id,
        name: input.officeName,
        addressLine: input.officeAddress,
        pincode: input.officePincode,
        stateId: input.officeStateId,
        districtId: input.officeDistrictId,
        blockId: input.officeBlockId ?? null,
      },
      select: { id: true, name: true, addressLine: true, pincode: true, stateId: true, districtId: true, blockId: true },
    });
    const user = await tx.user.create({
      data: {
        email: input.email,
        name: input.headName,
        designation: input.headDesignation,
        phone: input.phone,
        passwordHash,
        organisationId: organisation.id,
        officeId: office.id,
        roles: { create: [{ role: "PRIMARY_BUYER" }] },
      },
      select: { id: true, name: true, email: true, designation: true },
    });
    await recordAudit(
      tx,
      { userId: user.id, role: "PRIMARY_BUYER", ip: ctx.ip },
      {
        action: "organisation.registered",
        entityType: "BuyerOrganisation",
        entityId: organisation.id,
        after: { ...organisation, office, primaryUser: user },
        data: { emailCheck: officialEmailStatus(input.email, input.organisationType) },
        organisationId: organisation.id,
        place: organisationPlace({ stateId, headOffice: office }),
      },
    );
    return { organisationId: organisation.id, userId: user.id };
  });
}

// The department must lie under the chosen ministry or state; a state organisation's office
// lies in its state. Returns the organisation's state (null for a central one).
async function checkHierarchy(tx: Tx, input: OrganisationRegistrationInput): Promise<number | null> {
  const department = await tx.department.findUnique({ where: { id: input.departmentId }, select: { ministryId: true, stateId: true } });
  if (input.level === "CENTRAL") {
    if (!department || department.ministryId === null || department.ministryId !== input.ministryId) {
      throw new FieldValidationError({ departmentId: "buyers.errors.departmentMismatch" });
    }
    return null;
  }
  if (!department || department.stateId === null || department.stateId !== input.departmentStateId) {
    throw new FieldValidationError({ departmentId: "buyers.errors.departmentMismatch" });
  }
  if (input.officeStateId !== department.stateId) throw new FieldValidationError({ officeStateId: "buyers.errors.officeOutsideState" });
  return department.stateId;
}

async function checkNamesFree(tx: Tx, input: OrganisationRegistrationInput): Promise<void> {
  const [sameName, sameEmail] = await Promise.all([
    tx.buyerOrganisation.findFirst({ where: { departmentId: input.departmentId, name: { equals: input.organisationName, mode: "insensitive" } }, select: { id: true } }),
    tx.user.findUnique({ where: { email: input.email }, select: { id: true } }),
  ]);
  const errors: Record<string, string> = {};
  if (sameName) errors.organisationName = "buyers.errors.organisationTaken";
  if (sameEmail) errors.email = "buyers.errors.emailTaken";
  if (Object.keys(errors).length > 0) throw new FieldValidationError(errors);
}
