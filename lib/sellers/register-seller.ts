import "server-only";
import { hashPassword } from "../auth/password";
import { nowOf, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { ForbiddenError } from "../errors";
import { assertPlaceConsistent } from "../geography/places";
import type { SellerRegistration } from "./registration-schema";
import { sellerColumnsOf, stateOfGstin } from "./seller-record";
import { assertSellerIdentifiersFree, uniqueClashAsFieldError } from "./seller-uniqueness";
import { storeProfileCompleteness } from "./store-profile-completeness";

// Self-registration: the seller and its administrator in one transaction. The seller waits
// for an admin of its state to verify it (PENDING) and can prepare listings meanwhile.
export async function registerSeller(db: Db, ctx: ActionContext, input: SellerRegistration): Promise<{ sellerId: number; userId: number }> {
  if (ctx.actor) throw new ForbiddenError("Sign out before registering a new seller");
  await assertPlaceConsistent(db, input);
  await assertSellerIdentifiersFree(db, input);
  const gstinStateId = input.gstin ? await stateOfGstin(db, input.gstin) : null;
  const passwordHash = await hashPassword(input.password);
  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const seller = await tx.seller.create({
        data: {
          ...sellerColumnsOf(input),
          verificationStatus: "PENDING",
          createdAt: now,
          gstins: input.gstin && gstinStateId ? { create: { gstin: input.gstin, stateId: gstinStateId, isPrimary: true } } : undefined,
        },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.contactName,
          phone: input.mobile,
          passwordHash,
          sellerId: seller.id,
          createdAt: now,
          roles: { create: { role: "SELLER_ADMIN" } },
        },
      });
      const completeness = await storeProfileCompleteness(tx, seller.id);
      await recordAudit(
        tx,
        { userId: user.id, role: "SELLER_ADMIN", ip: ctx.ip },
        {
          action: "seller.registered",
          entityType: "Seller",
          entityId: seller.id,
          after: { ...sellerColumnsOf(input), gstin: input.gstin ?? null, profileCompleteness: completeness.percent },
          data: { adminUserId: user.id, email: input.email },
          sellerId: seller.id,
          place: { stateId: seller.stateId, districtId: seller.districtId, blockId: seller.blockId },
        },
      );
      return { sellerId: seller.id, userId: user.id };
    });
  } catch (error) {
    throw uniqueClashAsFieldError(error) ?? error;
  }
}
