import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { VerificationStatus } from "../db/generated/enums";

export type AssistedSellerRow = {
  id: number;
  name: string;
  district: { name: string; nameHi: string };
  profileCompleteness: number;
  verificationStatus: VerificationStatus;
};

const SHOWN = 100;

// The sellers a facilitator registered, newest first; nobody else's.
export async function listAssistedSellers(db: Db, ctx: ActionContext): Promise<{ rows: AssistedSellerRow[]; total: number }> {
  const { actor } = requireRole(ctx, "FACILITATOR");
  const where = { assistedById: actor.userId };
  const [sellers, total] = await Promise.all([
    db.seller.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: { id: true, legalName: true, tradeName: true, profileCompleteness: true, verificationStatus: true, district: { select: { name: true, nameHi: true } } },
    }),
    db.seller.count({ where }),
  ]);
  return {
    rows: sellers.map((seller) => ({
      id: seller.id,
      name: seller.tradeName ?? seller.legalName,
      district: seller.district,
      profileCompleteness: seller.profileCompleteness,
      verificationStatus: seller.verificationStatus,
    })),
    total,
  };
}
