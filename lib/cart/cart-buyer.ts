import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { ForbiddenError } from "../errors";

// Only a buyer of a verified buyer organisation fills a cart; each person has their own.
export async function requireCartBuyer(db: Db, ctx: ActionContext): Promise<{ userId: number; organisationId: number }> {
  const { actor } = requireRole(ctx, "BUYER");
  if (actor.organisationId === null) throw new ForbiddenError("A buyer without an organisation");
  const organisation = await db.buyerOrganisation.findUnique({ where: { id: actor.organisationId }, select: { verificationStatus: true } });
  if (organisation?.verificationStatus !== "VERIFIED") throw new ForbiddenError("The buyer organisation is not verified");
  return { userId: actor.userId, organisationId: actor.organisationId };
}
