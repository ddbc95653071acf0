import "server-only";
import { randomBytes } from "node:crypto";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import { hashPassword } from "../auth/password";
import { issuePasswordLink } from "../auth/password-links";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { ForbiddenError } from "../errors";
import { assertPlaceConsistent } from "../geography/places";
import { linkOnboardedSeller } from "../outreach/link-onboarded-seller";
import type { AssistedSellerInput } from "./assisted-seller-schema";
import { sellerColumnsOf, stateOfGstin } from "./seller-record";
import { assertSellerIdentifiersFree, uniqueClashAsFieldError } from "./seller-uniqueness";
import { storeProfileCompleteness } from "./store-profile-completeness";

// Assisted onboarding (domain.md: service-centre officials register sellers on their behalf).
// The contact person becomes the seller's administrator: with an e-mail address they get a
// link to choose a password; without one, the account has an address that cannot receive
// mail (.invalid, RFC 2606) and an unknown password, so only the facilitator manages the profile.
export async function registerAssistedSeller(db: Db, ctx: ActionContext, input: AssistedSellerInput): Promise<{ sellerId: number; setupLink: boolean }> {
  const { actor } = requireRole(ctx, "FACILITATOR");
  const facilitator = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { serviceCentreId: true } });
  if (facilitator.serviceCentreId === null) throw new ForbiddenError("Only service-centre officials register sellers on their behalf");
  await assertPlaceConsistent(db, input);
  await assertSellerIdentifiersFree(db, { pan: input.pan, gstin: input.gstin, udyamNumber: input.udyamNumber, email: input.contactEmail });
  const gstinStateId = input.gstin ? await stateOfGstin(db, input.gstin) : null;
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const seller = await tx.seller.create({
        data: {
          ...sellerColumnsOf(input),
          verificationStatus: "PENDING",
          assistedById: actor.userId,
          createdAt: now,
          gstins: input.gstin && gstinStateId ? { create: { gstin: input.gstin, stateId: gstinStateId, isPrimary: true } } : undefined,
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.contactEmail ?? `seller-${seller.id}@assisted.kraya.invalid`,
          name: input.contactName,
          phone: input.contactMobile,
          passwordHash,
          sellerId: seller.id,
          createdById: actor.userId,
          createdAt: now,
          roles: { create: { role: "SELLER_ADMIN" } },
        },
      });
      if (input.contactEmail) await issuePasswordLink(tx, user, "setup", now);
      const outreach = input.outreachRegistrationId ? await linkOnboardedSeller(tx, actor, input.outreachRegistrationId, seller.id, now) : null;
      const completeness = await storeProfileCompleteness(tx, seller.id);
      await recordAudit(
        tx,
        { userId: actor.userId, role: "FACILITATOR", ip: ctx.ip },
        {
          action: "seller.registeredAssisted",
          entityType: "Seller",
          entityId: seller.id,
          after: { ...sellerColumnsOf(input), gstin: input.gstin ?? null, profileCompleteness: completeness.percent },
          data: { adminUserId: user.id, serviceCentreId: facilitator.serviceCentreId, setupLinkSent: Boolean(input.contactEmail), outreachEventId: outreach?.eventId ?? null },
          sellerId: seller.id,
          place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
        },
      );
      return { sellerId: seller.id, setupLink: Boolean(input.contactEmail) };
    });
  } catch (error) {
    throw uniqueClashAsFieldError(error) ?? error;
  }
}
