import type { VerificationStatus } from "../db/generated/enums";

export type IneligibilityReason = "notVerified" | "incomplete";

export type ListingEligibility = { canGoLive: boolean; reasons: IneligibilityReason[] };

// The go-live rule (issue 3): an incomplete or unverified seller can prepare listings, but
// nothing goes live until an admin has verified the seller and the profile is 100 % complete.
export function listingEligibility(seller: { verificationStatus: VerificationStatus; profileCompleteness: number }): ListingEligibility {
  const reasons: IneligibilityReason[] = [];
  if (seller.verificationStatus !== "VERIFIED") reasons.push("notVerified");
  if (seller.profileCompleteness < 100) reasons.push("incomplete");
  return { canGoLive: reasons.length === 0, reasons };
}
