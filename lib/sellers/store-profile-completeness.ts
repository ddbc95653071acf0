import type { Tx } from "../db/client";
import { profileCompleteness, type Completeness } from "./profile-completeness";

// Recomputes a seller's completeness from what is stored and keeps the percentage on the
// seller row; every use case that writes a profile calls it in its own transaction.
export async function storeProfileCompleteness(tx: Tx, sellerId: number): Promise<Completeness> {
  const seller = await tx.seller.findUniqueOrThrow({
    where: { id: sellerId },
    include: {
      gstins: { where: { isPrimary: true }, select: { gstin: true } },
      users: { where: { phone: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  const completeness = profileCompleteness({ ...seller, gstin: seller.gstins[0]?.gstin ?? null, hasContactPhone: seller.users.length > 0 });
  if (completeness.percent !== seller.profileCompleteness) {
    await tx.seller.update({ where: { id: sellerId }, data: { profileCompleteness: completeness.percent } });
  }
  return completeness;
}
