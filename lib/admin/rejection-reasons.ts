// Why an admin turns a registration down: a code for reports and the applicant's message
// (translated under admin.rejectionReason.<code>), plus the admin's own words.
export const SELLER_REJECTION_REASONS = [
  "PAN_MISMATCH",
  "GSTIN_INVALID",
  "UDYAM_UNVERIFIABLE",
  "BANK_DETAILS",
  "ADDRESS_UNVERIFIABLE",
  "DUPLICATE",
  "NOT_ELIGIBLE",
  "OTHER",
] as const;

export const ORGANISATION_REJECTION_REASONS = [
  "EMAIL_NOT_OFFICIAL",
  "NOT_GOVERNMENT_BODY",
  "HIERARCHY_WRONG",
  "HEAD_NOT_AUTHORISED",
  "DUPLICATE",
  "OTHER",
] as const;

export type SellerRejectionReason = (typeof SELLER_REJECTION_REASONS)[number];
export type OrganisationRejectionReason = (typeof ORGANISATION_REJECTION_REASONS)[number];
