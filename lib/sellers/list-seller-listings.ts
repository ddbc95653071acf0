import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { ListingStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { listingEligibility, type ListingEligibility } from "./listing-eligibility";

export type SellerListingRow = { id: number; title: string; status: ListingStatus; pricePaise: bigint };

export type SellerListings = { rows: SellerListingRow[]; total: number; eligibility: ListingEligibility; profileCompleteness: number };

const SHOWN = 50;

// The signed-in seller's own listings, drafts first, and whether they can go live.
export async function listSellerListings(db: Db, ctx: ActionContext): Promise<SellerListings> {
  const { actor } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Seller");
  const [seller, rows, total] = await Promise.all([
    db.seller.findUniqueOrThrow({ where: { id: actor.sellerId }, select: { verificationStatus: true, profileCompleteness: true } }),
    db.listing.findMany({
      where: { sellerId: actor.sellerId },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "desc" }],
      take: SHOWN,
      select: { id: true, title: true, status: true, pricePaise: true },
    }),
    db.listing.count({ where: { sellerId: actor.sellerId } }),
  ]);
  return { rows, total, eligibility: listingEligibility(seller), profileCompleteness: seller.profileCompleteness };
}
