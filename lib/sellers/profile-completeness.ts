import type { LegalEntityType, MseClass } from "../db/generated/enums";

// How complete a seller's profile is: weighted items that add up to 100. The percentage is
// stored in Seller.profileCompleteness on every write; a seller goes live only at 100 %.
//
// Two items are satisfied by exemption:
// - GSTIN: an SHG, artisan or weaver below the GST threshold (Rs 40 lakh for goods) need not
//   register, so without a GSTIN they are treated as complete.
// - Udyam: SHGs, artisans and weavers sell under their own registries (NRLM, Pehchan card,
//   weaver card), and trusts, societies and government bodies cannot hold an Udyam number;
//   everyone else needs the number with its MSE class, or declares itself "not an MSME".

export const COMPLETENESS_ITEMS = ["identity", "gstin", "udyam", "address", "bank", "contact"] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

const WEIGHTS: Record<CompletenessItem, number> = { identity: 20, gstin: 15, udyam: 15, address: 15, bank: 20, contact: 15 };

// The field each missing item links to on the profile form.
export const COMPLETENESS_FIELD: Record<CompletenessItem, string> = {
  identity: "legalName",
  gstin: "gstin",
  udyam: "udyamNumber",
  address: "blockId",
  bank: "bankAccountNumber",
  contact: "contactMobile",
};

export const NO_UDYAM_ENTITY_TYPES: LegalEntityType[] = ["TRUST", "SOCIETY", "GOVERNMENT_ENTITY"];

export type CompletenessSubject = {
  legalName: string | null;
  entityType: LegalEntityType | null;
  pan: string | null;
  gstin: string | null;
  udyamNumber: string | null;
  mseClass: MseClass | null;
  isShg: boolean;
  isArtisan: boolean;
  isWeaver: boolean;
  addressLine: string | null;
  pincode: string | null;
  stateId: number | null;
  districtId: number | null;
  blockId: number | null;
  bankAccountName: string | null;
  bankAccountNumber: string | null;
  ifsc: string | null;
  // Whether one of the seller's users has a mobile number to reach them on.
  hasContactPhone: boolean;
};

export type Completeness = { percent: number; missing: CompletenessItem[] };

export function isSpecialGroup(seller: Pick<CompletenessSubject, "isShg" | "isArtisan" | "isWeaver">): boolean {
  return seller.isShg || seller.isArtisan || seller.isWeaver;
}

function isSatisfied(item: CompletenessItem, seller: CompletenessSubject): boolean {
  switch (item) {
    case "identity":
      return Boolean(seller.legalName && seller.entityType && seller.pan);
    case "gstin":
      return Boolean(seller.gstin) || isSpecialGroup(seller);
    case "udyam":
      return (
        seller.mseClass === "NOT_MSME" ||
        Boolean(seller.udyamNumber && seller.mseClass) ||
        isSpecialGroup(seller) ||
        (seller.entityType !== null && NO_UDYAM_ENTITY_TYPES.includes(seller.entityType))
      );
    case "address":
      return Boolean(seller.addressLine && seller.pincode && seller.stateId && seller.districtId && seller.blockId);
    case "bank":
      return Boolean(seller.bankAccountName && seller.bankAccountNumber && seller.ifsc);
    case "contact":
      return seller.hasContactPhone;
  }
}

export function profileCompleteness(seller: CompletenessSubject): Completeness {
  const missing = COMPLETENESS_ITEMS.filter((item) => !isSatisfied(item, seller));
  const percent = COMPLETENESS_ITEMS.reduce((sum, item) => sum + (missing.includes(item) ? 0 : WEIGHTS[item]), 0);
  return { percent, missing };
}
