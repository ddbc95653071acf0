import "server-only";
import type { Db, Tx } from "../db/client";
import { ForbiddenError, NotFoundError } from "../errors";

// Until an admin verifies it, a buyer organisation cannot buy: ordering, bids and carts call
// this inside their transaction before they write anything.
export async function assertOrganisationCanBuy(db: Db | Tx, organisationId: number): Promise<void> {
  const organisation = await db.buyerOrganisation.findUnique({ where: { id: organisationId }, select: { verificationStatus: true } });
  if (!organisation) throw new NotFoundError("Organisation");
  if (organisation.verificationStatus !== "VERIFIED") throw new ForbiddenError(`Organisation ${organisationId} is not verified`);
}
