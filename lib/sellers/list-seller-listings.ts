import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { ListingStatus } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import { listingEligibility, type ListingEligibility } from "./listing-eligibility";

export type SellerListingRow = { id: number; title: string; status: ListingStatus; pricePaise: bigint; stockQuantity: number; approvedAt: Date | null };

export type SellerListings = { rows: SellerListingRow[]; total: number; page: number; pageCount: number; eligibility: ListingEligibility; profileCompleteness: number };

export type SellerListingFilter = { status?: ListingStatus; q?: string; page?: number };

const PAGE_SIZE = 20;

// The signed-in seller's own listings, drafts first, filtered by status and title words,
// a page at a time, and whether they can go live.
export async function listSellerListings(db: Db, ctx: ActionContext, filter: SellerListingFilter = {}): Promise<SellerListings> {
  const { actor } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Seller");
  const q = filter.q?.trim();
  const where = { sellerId: actor.sellerId, ...(filter.status ? { status: filter.status } : {}), ...(q ? { title: { contains: q, mode: "insensitive" as const } } : {}) };
  const page = Math.max(1, Math.floor(filter.page ?? 1));
  const [seller, rows, total] = await Promise.all([
    db.seller.findUniqueOrThrow({ where: { id: actor.sellerId }, select: { verificationStatus: true, profileCompleteness: true } }),
    db.listing.findMany({
      where,
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, title: true, status: true, pricePaise: true, stockQuantity: true, approvedAt: true },
    }),
    db.listing.count({ where }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), eligibility: listingEligibility(seller), profileCompleteness: seller.profileCompleteness };
}
