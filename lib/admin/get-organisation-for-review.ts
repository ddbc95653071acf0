import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import { isGovernmentDomain } from "../buyers/official-email";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { organisationPlace } from "./organisation-place";
import { adminCovers } from "./scope";

const named = { select: { name: true, nameHi: true } } as const;

// Everything an admin needs to decide on a registration, if the organisation lies in their area.
export async function getOrganisationForReview(db: Db, ctx: ActionContext, organisationId: number) {
  const { actor } = requireRole(ctx, "ADMIN");
  const organisation = await db.buyerOrganisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      type: true,
      stateId: true,
      emailDomain: true,
      verificationStatus: true,
      verifiedAt: true,
      rejectionReasonCode: true,
      rejectionNote: true,
      createdAt: true,
      verifiedBy: { select: { name: true } },
      department: { select: { name: true, nameHi: true, ministry: named, state: named } },
      state: named,
      offices: {
        orderBy: { id: "asc" },
        select: { id: true, name: true, addressLine: true, pincode: true, districtId: true, blockId: true, state: named, district: named, block: { select: { name: true } } },
      },
      users: {
        where: { roles: { some: { role: "PRIMARY_BUYER" } } },
        select: { id: true, name: true, email: true, designation: true, phone: true },
      },
    },
  });
  if (!organisation) throw new NotFoundError("Organisation");
  if (!adminCovers(actor, organisationPlace({ stateId: organisation.stateId, headOffice: organisation.offices[0] ?? null }))) {
    throw new NotFoundError("Organisation");
  }
  const { users, ...rest } = organisation;
  return { ...rest, primaryUsers: users, hasGovernmentEmail: organisation.emailDomain ? isGovernmentDomain(organisation.emailDomain) : false };
}

export type OrganisationForReview = Awaited<ReturnType<typeof getOrganisationForReview>>;
