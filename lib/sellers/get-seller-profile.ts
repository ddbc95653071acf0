import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { VerificationStatus } from "../db/generated/enums";
import { profileCompleteness, type Completeness } from "./profile-completeness";
import { sellerAccess } from "./seller-access";
import { findSellerContact } from "./seller-contact";
import { SellerProfileFields } from "./seller-profile-schema";

export type SellerProfileView = {
  id: number;
  name: string;
  // The stored profile as the form shows it.
  values: Record<string, string>;
  verificationStatus: VerificationStatus;
  rejection: { reasonCode: string | null; note: string | null } | null;
  completeness: Completeness;
  assistedBy: { name: string; centre: string | null } | null;
  contacts: { name: string; phone: string | null }[];
  canEdit: boolean;
};

// A seller's profile as its own users, or the facilitator who assisted it, see it.
export async function getSellerProfile(db: Db, ctx: ActionContext, sellerId: number): Promise<SellerProfileView> {
  const access = await sellerAccess(db, ctx, sellerId, "read");
  const seller = await db.seller.findUniqueOrThrow({
    where: { id: access.sellerId },
    include: {
      gstins: { where: { isPrimary: true }, select: { gstin: true } },
      users: { where: { isActive: true }, select: { name: true, phone: true }, orderBy: { id: "asc" } },
      assistedBy: { select: { name: true, serviceCentre: { select: { name: true } } } },
    },
  });
  const gstin = seller.gstins[0]?.gstin ?? null;
  const contact = await findSellerContact(db, sellerId, access.actor);
  return {
    id: seller.id,
    name: seller.tradeName ?? seller.legalName,
    values: { ...formValuesOf({ ...seller, gstin }), ...(contact?.phone ? { contactMobile: contact.phone } : {}) },
    verificationStatus: seller.verificationStatus,
    rejection: seller.verificationStatus === "REJECTED" ? { reasonCode: seller.rejectionReasonCode, note: seller.rejectionNote } : null,
    completeness: profileCompleteness({ ...seller, gstin, hasContactPhone: seller.users.some((user) => user.phone) }),
    assistedBy: seller.assistedBy ? { name: seller.assistedBy.name, centre: seller.assistedBy.serviceCentre?.name ?? null } : null,
    contacts: seller.users,
    canEdit: access.role !== "SELLER_STAFF",
  };
}

// Text for every field that has a value, "true" for a ticked box; empty fields left out.
function formValuesOf(record: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of Object.keys(SellerProfileFields.shape)) {
    const value = record[field];
    if (value === null || value === undefined || value === false) continue;
    values[field] = String(value);
  }
  return values;
}
