import "server-only";
import { hasRole } from "../auth/actor";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import type { CatalogueKind, ListingStatus, MakeInIndiaClass } from "../db/generated/enums";
import { NotFoundError } from "../errors";
import type { DeliveryArea } from "./delivery-estimate";
import { savingPercent, sellerGroupsOf, type SellerGroup } from "./listing-cards";
import { describeSpecValue, parseSpecFields, type Specifications } from "./spec-fields";

// One listing for its public product page. Buyers and visitors see only what ListingSearch
// holds (the one visibility rule, lib/search/refresh-listing-search.ts); anything else is
// "not found", except to the listing's own seller, who previews it with the reasons buyers
// cannot see it.

// Above this many units buyers read "in stock", not the seller's exact stock.
export const FEW_LEFT_THRESHOLD = 10;

export type StockStatus = { status: "inStock" } | { status: "fewLeft"; count: number } | { status: "outOfStock" };

export type NotVisibleReason = { reason: "status"; status: ListingStatus } | { reason: "outOfStock" } | { reason: "belowMinOrder" } | { reason: "sellerNotVerified" };

type Named = { name: string; nameHi: string };

export type ProductSpecification = { key: string; label: string; labelHi: string; value: string; isKey: boolean };

export type Product = {
  id: number;
  kind: CatalogueKind;
  title: string;
  description: string;
  brand: string | null;
  model: string | null;
  unit: string;
  pricePaise: bigint;
  mrpPaise: bigint;
  savingPaise: bigint;
  savingPercent: number;
  gstRateBps: number;
  minOrderQuantity: number;
  stock: StockStatus;
  deliveryDays: number;
  deliveryAreas: (DeliveryArea & { state: Named; district: Named | null })[];
  countryOfOrigin: string;
  localContentPercent: number;
  makeInIndiaClass: MakeInIndiaClass;
  rating: { average: number; count: number } | null;
  specifications: ProductSpecification[];
  categoryId: number;
  breadcrumb: (Named & { slug: string })[];
  imageIds: number[];
  seller: {
    id: number;
    name: string;
    stateId: number;
    state: Named;
    district: Named;
    groups: SellerGroup[];
    rating: { average: number; count: number } | null;
    verifiedSince: Date | null;
  };
  // Null when buyers see it; otherwise why they do not (only its own seller gets this far).
  notVisibleBecause: NotVisibleReason[] | null;
};

const named = { select: { name: true, nameHi: true } } as const;
const categoryLink = { slug: true, name: true, nameHi: true } as const;

function stockStatus(stockQuantity: number): StockStatus {
  if (stockQuantity <= 0) return { status: "outOfStock" };
  return stockQuantity <= FEW_LEFT_THRESHOLD ? { status: "fewLeft", count: stockQuantity } : { status: "inStock" };
}

function ratingOf(average: { toString(): string } | null, count: number) {
  return average === null || count === 0 ? null : { average: Number(average.toString()), count };
}

function notVisibleReasons(listing: { status: ListingStatus; stockQuantity: number; minOrderQuantity: number; seller: { verificationStatus: string } }): NotVisibleReason[] {
  return [
    ...(listing.status === "APPROVED" ? [] : [{ reason: "status" as const, status: listing.status }]),
    ...(listing.stockQuantity <= 0 ? [{ reason: "outOfStock" as const }] : listing.stockQuantity < listing.minOrderQuantity ? [{ reason: "belowMinOrder" as const }] : []),
    ...(listing.seller.verificationStatus === "VERIFIED" ? [] : [{ reason: "sellerNotVerified" as const }]),
  ];
}

export async function getProduct(db: Db, ctx: ActionContext, listingId: number): Promise<Product> {
  const listing = await db.listing.findUnique({
    where: { id: listingId },
    select: {
      id: true, kind: true, title: true, description: true, brand: true, model: true, specifications: true, pricePaise: true, mrpPaise: true, gstRateBps: true,
      stockQuantity: true, minOrderQuantity: true, deliveryDays: true, countryOfOrigin: true, localContentPercent: true, makeInIndiaClass: true, status: true,
      ratingAverage: true, ratingCount: true, sellerId: true, categoryId: true,
      category: { select: { ...categoryLink, unit: true, specFields: true, parent: { select: { ...categoryLink, parent: { select: categoryLink } } } } },
      seller: {
        select: {
          legalName: true, tradeName: true, verificationStatus: true, verifiedAt: true, stateId: true, state: named, district: named, ratingAverage: true, ratingCount: true,
          mseClass: true, isWomenOwned: true, isScStOwned: true, isStartup: true, isShg: true, isArtisan: true, isWeaver: true,
        },
      },
      images: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } },
      deliveryAreas: { orderBy: [{ state: { name: "asc" } }, { districtId: "asc" }], select: { stateId: true, districtId: true, state: named, district: named } },
    },
  });
  if (!listing) throw new NotFoundError("Listing");
  const isVisible = (await db.listingSearch.count({ where: { listingId } })) === 1;
  const isOwnSeller = ctx.actor !== null && ctx.actor.sellerId === listing.sellerId && hasRole(ctx.actor, "SELLER_ADMIN", "SELLER_STAFF");
  if (!isVisible && !isOwnSeller) throw new NotFoundError("Listing");

  const { category, seller } = listing;
  const specifications = listing.specifications as Specifications;
  const specs = parseSpecFields(category.specFields).flatMap((field) => {
    const value = describeSpecValue(field, specifications[field.key]);
    return value === null ? [] : [{ key: field.key, label: field.label, labelHi: field.labelHi, value, isKey: field.keySpec }];
  });
  const { parent, ...leaf } = category;
  const breadcrumb = [parent?.parent, parent, leaf].flatMap((link) => (link ? [{ slug: link.slug, name: link.name, nameHi: link.nameHi }] : []));
  const saving = listing.mrpPaise > listing.pricePaise ? listing.mrpPaise - listing.pricePaise : 0n;

  return {
    id: listing.id,
    kind: listing.kind,
    title: listing.title,
    description: listing.description,
    brand: listing.brand,
    model: listing.model,
    unit: category.unit,
    pricePaise: listing.pricePaise,
    mrpPaise: listing.mrpPaise,
    savingPaise: saving,
    savingPercent: savingPercent(listing.pricePaise, listing.mrpPaise),
    gstRateBps: listing.gstRateBps,
    minOrderQuantity: listing.minOrderQuantity,
    stock: stockStatus(listing.stockQuantity),
    deliveryDays: listing.deliveryDays,
    deliveryAreas: listing.deliveryAreas,
    countryOfOrigin: listing.countryOfOrigin,
    localContentPercent: listing.localContentPercent,
    makeInIndiaClass: listing.makeInIndiaClass,
    rating: ratingOf(listing.ratingAverage, listing.ratingCount),
    specifications: [...specs.filter((spec) => spec.isKey), ...specs.filter((spec) => !spec.isKey)],
    categoryId: listing.categoryId,
    breadcrumb,
    imageIds: listing.images.map((image) => image.id),
    seller: {
      id: listing.sellerId,
      name: seller.tradeName ?? seller.legalName,
      stateId: seller.stateId,
      state: seller.state,
      district: seller.district,
      groups: sellerGroupsOf(seller),
      rating: ratingOf(seller.ratingAverage, seller.ratingCount),
      verifiedSince: seller.verificationStatus === "VERIFIED" ? seller.verifiedAt : null,
    },
    notVisibleBecause: isVisible ? null : notVisibleReasons(listing),
  };
}
