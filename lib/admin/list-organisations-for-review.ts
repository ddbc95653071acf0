import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { OrganisationType, VerificationStatus } from "../db/generated/enums";
import { organisationScopeWhere } from "./organisation-scope";

export const REVIEW_PAGE_SIZE = 25;

export type OrganisationForReviewRow = {
  id: number;
  name: string;
  type: OrganisationType;
  departmentName: string;
  departmentNameHi: string;
  state: { name: string; nameHi: string } | null;
  verificationStatus: VerificationStatus;
  createdAt: Date;
};

// The buyer organisations in the admin's area, pending ones first by default, oldest first
// (first come, first verified).
export async function listOrganisationsForReview(
  db: Db,
  ctx: ActionContext,
  options: { status: VerificationStatus; page: number },
): Promise<{ rows: OrganisationForReviewRow[]; total: number; pageCount: number }> {
  const { actor } = requireRole(ctx, "ADMIN");
  const where = { ...organisationScopeWhere(actor), verificationStatus: options.status };
  const [organisations, total] = await Promise.all([
    db.buyerOrganisation.findMany({
      where,
      orderBy: options.status === "PENDING" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }],
      skip: (Math.max(options.page, 1) - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        type: true,
        verificationStatus: true,
        createdAt: true,
        department: { select: { name: true, nameHi: true } },
        state: { select: { name: true, nameHi: true } },
      },
    }),
    db.buyerOrganisation.count({ where }),
  ]);
  return {
    rows: organisations.map(({ department, ...organisation }) => ({ ...organisation, departmentName: department.name, departmentNameHi: department.nameHi })),
    total,
    pageCount: Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE)),
  };
}
