import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { listingEligibility, type ListingEligibility } from "./listing-eligibility";

// Whether the actor's own seller can put listings live; null for people who are no seller's users.
export async function getListingEligibility(db: Db, actor: Actor): Promise<(ListingEligibility & { profileCompleteness: number }) | null> {
  if (actor.sellerId === null) return null;
  const seller = await db.seller.findUnique({ where: { id: actor.sellerId }, select: { verificationStatus: true, profileCompleteness: true } });
  return seller ? { ...listingEligibility(seller), profileCompleteness: seller.profileCompleteness } : null;
}
