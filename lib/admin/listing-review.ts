import "server-only";
import type { ActionContext } from "../auth/context";
import { parseSpecFields } from "../catalogue/spec-fields";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import { listingEligibility } from "../sellers/listing-eligibility";
import { ListingQueueFiltersSchema, type ListingQueueFilters, type SellerType } from "./listing-review-schemas";
import { requireAdmin } from "./require-admin";
import { adminPlaceFilter } from "./scope";
import { SELLER_FLAGS } from "./seller-review";

export const LISTING_QUEUE_PAGE_SIZE = 25;

const placeName = { select: { name: true, nameHi: true } } as const;
const categoryName = { select: { id: true, name: true, nameHi: true, market: true } } as const;

function sellerTypeFilter(type: SellerType | undefined): Prisma.SellerWhereInput {
  if (!type) return {};
  return type === "isMse" ? { mseClass: { in: ["MICRO", "SMALL"] } } : { [type]: true };
}

// Listings waiting for approval from sellers located in the admin's area, oldest request
// first (first come, first served), by category (any level of the tree), market, seller group
// and words of the title or the seller's name.
export async function listListingsForReview(db: Db, ctx: ActionContext, filters: ListingQueueFilters) {
  const { actor } = requireAdmin(ctx);
  const { categoryId, market, sellerType, q, page } = ListingQueueFiltersSchema.parse(filters);
  const where: Prisma.ListingWhereInput = {
    status: "PENDING_APPROVAL",
    ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" } }, { seller: { legalName: { contains: q, mode: "insensitive" } } }] } : {}),
    seller: { ...adminPlaceFilter(actor), ...sellerTypeFilter(sellerType) },
    category: {
      AND: [
        categoryId ? { OR: [{ id: categoryId }, { parentId: categoryId }, { parent: { parentId: categoryId } }] } : {},
        market ? { market } : {},
      ],
    },
  };
  const [total, listings] = await Promise.all([
    db.listing.count({ where }),
    db.listing.findMany({
      where,
      orderBy: [{ submittedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      skip: (page - 1) * LISTING_QUEUE_PAGE_SIZE,
      take: LISTING_QUEUE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        pricePaise: true,
        mrpPaise: true,
        submittedAt: true,
        createdAt: true,
        importId: true,
        category: categoryName,
        seller: { select: { id: true, legalName: true, mseClass: true, ...SELLER_FLAGS, state: placeName, district: placeName } },
      },
    }),
  ]);
  return { listings, total, page, pageCount: Math.max(1, Math.ceil(total / LISTING_QUEUE_PAGE_SIZE)) };
}

export type ListingQueueRow = Awaited<ReturnType<typeof listListingsForReview>>["listings"][number];

// The count for the admin overview.
export async function countListingsAwaitingApproval(db: Db, ctx: ActionContext): Promise<number> {
  const { actor } = requireAdmin(ctx);
  return db.listing.count({ where: { status: "PENDING_APPROVAL", seller: adminPlaceFilter(actor) } });
}

// The root categories, for the queue's category filter.
export async function listRootCategories(db: Db) {
  return db.category.findMany({ where: { parentId: null }, orderBy: { sortOrder: "asc" }, select: { id: true, name: true, nameHi: true } });
}

// Everything the seller entered, and the seller's standing. A listing of a seller outside
// the admin's area is "not found", like one that does not exist.
export async function getListingForReview(db: Db, ctx: ActionContext, listingId: number) {
  const { actor } = requireAdmin(ctx);
  const listing = await db.listing.findFirst({
    where: { id: listingId, seller: adminPlaceFilter(actor) },
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      brand: true,
      model: true,
      specifications: true,
      pricePaise: true,
      mrpPaise: true,
      gstRateBps: true,
      stockQuantity: true,
      minOrderQuantity: true,
      deliveryDays: true,
      countryOfOrigin: true,
      localContentPercent: true,
      makeInIndiaClass: true,
      status: true,
      rejectionReasonCode: true,
      rejectionNote: true,
      reviewedAt: true,
      reviewedBy: { select: { name: true } },
      submittedAt: true,
      createdAt: true,
      importId: true,
      category: { select: { name: true, nameHi: true, unit: true, specFields: true, parent: { select: { name: true, nameHi: true } } } },
      images: { orderBy: { sortOrder: "asc" }, select: { id: true, path: true, width: true, height: true } },
      deliveryAreas: { select: { state: { select: { code: true, name: true, nameHi: true } }, district: placeName } },
      seller: {
        select: {
          id: true,
          legalName: true,
          tradeName: true,
          mseClass: true,
          ...SELLER_FLAGS,
          verificationStatus: true,
          profileCompleteness: true,
          state: placeName,
          district: placeName,
          _count: { select: { listings: { where: { status: "APPROVED" } } } },
        },
      },
    },
  });
  if (!listing) throw new NotFoundError("Listing");
  const stateCount = await db.state.count();
  const { specFields, ...category } = listing.category;
  const specifications = listing.specifications as Record<string, string | number>;
  return {
    ...listing,
    category,
    // Each field of the category with what the seller stated (null: not stated).
    specs: parseSpecFields(specFields).map((field) => ({ field, value: specifications[field.key] ?? null })),
    deliversToAllStates: new Set(listing.deliveryAreas.filter((area) => area.district === null).map((area) => area.state.code)).size === stateCount,
    sellerCanGoLive: listingEligibility(listing.seller).canGoLive,
    canDecide: listing.status === "PENDING_APPROVAL",
  };
}

export type ListingForReview = Awaited<ReturnType<typeof getListingForReview>>;
