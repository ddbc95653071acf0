// Why an official refuses a listing (the admin's approval queue records one; the seller's
// editor explains it). Labels: listingEditor.rejectionReasons.<CODE>.
export const LISTING_REJECTION_REASONS = [
  "SPEC_MISMATCH",
  "BRAND_AUTHORISATION_MISSING",
  "WRONG_CATEGORY",
  "DUPLICATE_LISTING",
  "PRICE_ABOVE_MARKET",
  "POOR_IMAGES",
  "PROHIBITED_ITEM",
  "INCOMPLETE_DESCRIPTION",
  "OTHER",
] as const;

export type ListingRejectionReason = (typeof LISTING_REJECTION_REASONS)[number];

export function isListingRejectionReason(code: string | null): code is ListingRejectionReason {
  return (LISTING_REJECTION_REASONS as readonly string[]).includes(code ?? "");
}
