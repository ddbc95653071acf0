import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db, Tx } from "../db/client";
import { assertPlaceConsistent } from "../geography/places";
import type { Completeness } from "./profile-completeness";
import { sellerAccess } from "./seller-access";
import type { ProfileFormInput } from "./profile-form-schema";
import { findSellerContact } from "./seller-contact";
import { sellerColumnsOf, stateOfGstin } from "./seller-record";
import { assertSellerIdentifiersFree, uniqueClashAsFieldError } from "./seller-uniqueness";
import { storeProfileCompleteness } from "./store-profile-completeness";
import { refreshListingSearch } from "../search/refresh-listing-search";

// What an admin checked when verifying: changing any of it sends a verified or rejected
// seller back to PENDING for another check.
export const VERIFIED_FIELDS = ["pan", "gstin", "udyamNumber", "bankAccountName", "bankAccountNumber", "ifsc", "addressLine", "pincode", "stateId", "districtId", "blockId"] as const;

export type ProfileUpdate = { reverification: boolean; completeness: Completeness };

export async function updateSellerProfile(db: Db, ctx: ActionContext, sellerId: number, input: ProfileFormInput): Promise<ProfileUpdate> {
  const access = await sellerAccess(db, ctx, sellerId, "write");
  await assertPlaceConsistent(db, input);
  await assertSellerIdentifiersFree(db, { pan: input.pan, gstin: input.gstin, udyamNumber: input.udyamNumber }, sellerId);
  const gstinStateId = input.gstin ? await stateOfGstin(db, input.gstin) : null;
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.seller.findUniqueOrThrow({ where: { id: sellerId }, include: { gstins: { where: { isPrimary: true } } } });
      const currentGstin = current.gstins[0] ?? null;
      const contact = await findSellerContact(tx, sellerId, access.actor);
      const before: Record<string, unknown> = { ...pick(current, Object.keys(sellerColumnsOf(input))), gstin: currentGstin?.gstin ?? null, contactMobile: contact?.phone ?? null };
      const after: Record<string, unknown> = { ...sellerColumnsOf(input), gstin: input.gstin ?? null, contactMobile: input.contactMobile ?? contact?.phone ?? null };
      const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
      const reverification = (current.verificationStatus === "VERIFIED" || current.verificationStatus === "REJECTED") && changed.some((key) => (VERIFIED_FIELDS as readonly string[]).includes(key));
      await tx.seller.update({
        where: { id: sellerId },
        data: {
          ...sellerColumnsOf(input),
          ...(reverification ? { verificationStatus: "PENDING", verifiedAt: null, verifiedById: null, rejectionReasonCode: null, rejectionNote: null } : {}),
        },
      });
      if (contact && input.contactMobile && input.contactMobile !== contact.phone) await tx.user.update({ where: { id: contact.id }, data: { phone: input.contactMobile } });
      await replacePrimaryGstin(tx, sellerId, currentGstin, input.gstin && gstinStateId ? { gstin: input.gstin, stateId: gstinStateId } : null);
      const completeness = await storeProfileCompleteness(tx, sellerId);
      // The seller's groups and place are copied into the search index; re-verification hides its listings.
      await refreshListingSearch(tx, { sellerId });
      await recordAudit(
        tx,
        { userId: access.actor.userId, role: access.role, ip: ctx.ip },
        {
          action: "seller.profileUpdated",
          entityType: "Seller",
          entityId: sellerId,
          before: { ...pick(before, changed), ...(reverification ? { verificationStatus: current.verificationStatus } : {}) },
          after: { ...pick(after, changed), ...(reverification ? { verificationStatus: "PENDING" } : {}) },
          data: { reverification, profileCompleteness: completeness.percent, at: nowOf(ctx).toISOString() },
          sellerId,
          place: { stateId: input.stateId, districtId: input.districtId, blockId: input.blockId ?? null },
        },
      );
      return { reverification, completeness };
    });
  } catch (error) {
    throw uniqueClashAsFieldError(error) ?? error;
  }
}

// Also used when a registry re-sends a seller (lib/registry/update-registry-seller.ts).
export async function replacePrimaryGstin(tx: Tx, sellerId: number, current: { id: number; gstin: string } | null, next: { gstin: string; stateId: number } | null) {
  if (current?.gstin === next?.gstin) return;
  if (current && next) await tx.sellerGstin.update({ where: { id: current.id }, data: next });
  else if (current) await tx.sellerGstin.delete({ where: { id: current.id } });
  else if (next) await tx.sellerGstin.create({ data: { ...next, sellerId, isPrimary: true } });
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
