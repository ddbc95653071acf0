import type { ListingStatus } from "../../lib/db/generated/enums";
import { addAuditEvent } from "./audit-events";
import { draftListingContent } from "./listing-content";
import type { Random } from "./random";
import { DAY_MS, HOUR_MS, SIZE_PER_SCALE, scaledCount } from "./seed-config";
import type { LeafCategory, ReferenceData, SeedContext, StaffRef } from "./seed-context";
import type { SellerRef } from "./sellers";

// The catalogue: listings in every category, each seller selling what its kind sells
// (weavers handloom, artisans handicraft, SHGs the SARAS collection, others general products
// and services), with delivery areas. What orders need from a listing is kept in typed arrays
// indexed by listing id, so memory stays small at 15 lakh listings.

export type Catalogue = {
  categoryId: Int32Array;
  pricePaise: Float64Array;
  mrpPaise: Float64Array;
  gstRateBps: Int16Array;
  deliveryDays: Uint8Array;
  minOrderQuantity: Int32Array;
  titles: string[];
  approvedBySeller: Map<number, number[]>;
  leafById: Map<number, LeafCategory>;
};

const REJECTIONS = [
  { code: "SPEC_MISMATCH", note: "The specifications do not match the product in the images." },
  { code: "BRAND_AUTHORISATION_MISSING", note: "Upload the brand owner's authorisation to sell this brand." },
  { code: "WRONG_CATEGORY", note: "List this product under the matching category." },
  { code: "DUPLICATE_LISTING", note: "The same product is already listed by this seller." },
] as const;

const DEMO_MSE_ROOTS = ["office-supplies-and-stationery", "furniture", "computers-and-it"];

// Listings per seller follow the square root of its size: big sellers list more, not
// proportionally more. Every seller gets at least one listing.
function allocate(sellers: SellerRef[], total: number): number[] {
  const weights = sellers.map((seller) => Math.sqrt(seller.size) * (seller.kind === "GENERAL" ? 1 : 0.6));
  const sum = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let assigned = 0;
  return weights.map((weight) => {
    cumulative += weight;
    const target = Math.round((cumulative / sum) * total);
    const count = Math.max(1, target - assigned);
    assigned += count;
    return count;
  });
}

function pickAssortment(random: Random, reference: ReferenceData, seller: SellerRef): LeafCategory[] {
  const { leaves, leavesByRoot } = reference;
  const roots = (slugs: string[]) => slugs.flatMap((slug) => leavesByRoot.get(slug) ?? []);
  if (seller.isDemo) return seller.kind === "SHG" ? [...leaves.saras, ...leaves.saras, ...random.sample(leaves.handloom, 2)] : roots(DEMO_MSE_ROOTS);
  switch (seller.kind) {
    case "WEAVER":
      return random.sample(leaves.handloom, random.int(1, 4));
    case "ARTISAN": {
      const group = random.pick(leaves.handicraft).parentSlug;
      return random.sample(leaves.handicraft.filter((leaf) => leaf.parentSlug === group), random.int(1, 4));
    }
    case "SHG":
      return random.chance(0.8) ? leaves.saras : [...leaves.saras, ...random.sample([...leaves.handloom, ...leaves.handicraft], 2)];
    case "COOPERATIVE":
      return random.weighted([[leaves.handloom, 5], [leaves.handicraft, 3], [roots(["agriculture", "cleaning-and-hygiene"]), 2]] as const);
    case "PRODUCER_COMPANY":
      return [...roots(["agriculture"]), ...leaves.saras.filter((leaf) => leaf.node.slug === "saras-grocery-and-pantry")];
    default: {
      const file = random.chance(0.8) ? leaves.general : leaves.services;
      const rootSlugs = random.sample([...new Set(file.map((leaf) => leaf.rootSlug))], random.int(1, 2));
      return random.sample(roots(rootSlugs), random.int(2, 8));
    }
  }
}

function pickStatus(random: Random, seller: SellerRef, isFirst: boolean): ListingStatus {
  if (seller.status === "PENDING") return random.chance(0.6) ? "DRAFT" : "PENDING_APPROVAL";
  if (seller.status === "REJECTED") return "DRAFT";
  if (seller.status === "SUSPENDED") return "PAUSED";
  // A verified seller always has something on sale.
  if (isFirst) return "APPROVED";
  return random.weighted([["APPROVED", 84], ["PENDING_APPROVAL", 6], ["DRAFT", 4], ["REJECTED", 3], ["PAUSED", 3]] as const);
}

export async function insertListings(ctx: SeedContext, reference: ReferenceData, staff: StaffRef, sellers: SellerRef[]): Promise<Catalogue> {
  const random = ctx.random.fork("listings");
  const counts = allocate(sellers, scaledCount(SIZE_PER_SCALE.listings, ctx.scale));
  const total = counts.reduce((a, b) => a + b, 0);
  const catalogue: Catalogue = {
    categoryId: new Int32Array(total + 1), pricePaise: new Float64Array(total + 1), mrpPaise: new Float64Array(total + 1),
    gstRateBps: new Int16Array(total + 1), deliveryDays: new Uint8Array(total + 1), minOrderQuantity: new Int32Array(total + 1),
    titles: new Array<string>(total + 1).fill(""), approvedBySeller: new Map(),
    leafById: new Map(Object.values(reference.leaves).flat().map((leaf) => [leaf.id, leaf])),
  };
  const allStateIds = reference.states.map((state) => state.id);
  const catalogueAdminId = staff.nationalAdminIds[2] ?? staff.nationalAdminIds[0] ?? null;

  for (const [sellerIndex, seller] of sellers.entries()) {
    const assortment = pickAssortment(random, reference, seller);
    const approved: number[] = [];
    const reviewerId = random.chance(0.5) ? catalogueAdminId : (staff.stateAdminIdByState.get(seller.state.id) ?? catalogueAdminId);
    for (let index = 0; index < (counts[sellerIndex] ?? 1); index++) {
      const leaf = random.pick(assortment);
      const status = pickStatus(random, seller, index === 0);
      const content = draftListingContent(random, leaf, seller);
      const id = ctx.tables.listing.nextId();
      const isLive = status === "APPROVED" || status === "PAUSED";
      // Live listings were uploaded between verification and the seller's first order; the
      // rest are recent work. Never before the seller registered, never after SEED_NOW.
      const uploadedMs = isLive
        ? seller.reviewedAtMs + random.next() * (seller.activeFromMs - seller.reviewedAtMs - 3 * DAY_MS)
        : ctx.nowMs - random.int(1, 90) * DAY_MS;
      const createdAtMs = Math.round(Math.min(Math.max(uploadedMs, seller.createdAtMs), ctx.nowMs - HOUR_MS));
      const isReviewed = isLive || status === "REJECTED";
      const reviewedAtMs = isReviewed ? Math.min(createdAtMs + random.int(1, 3) * DAY_MS, ctx.nowMs) : null;
      const rejection = status === "REJECTED" ? random.pick(REJECTIONS) : null;
      ctx.tables.listing.push({
        id, sellerId: seller.id, categoryId: leaf.id, kind: leaf.kind, ...content, status,
        rejectionReasonCode: rejection?.code ?? null, rejectionNote: rejection?.note ?? null,
        reviewedAt: reviewedAtMs, reviewedById: isReviewed ? reviewerId : null,
        submittedAt: status === "DRAFT" ? null : createdAtMs, approvedAt: isLive ? reviewedAtMs : null,
        createdAt: createdAtMs, updatedAt: reviewedAtMs ?? createdAtMs,
      });
      if (reviewedAtMs !== null) {
        addAuditEvent(ctx, {
          actorUserId: reviewerId, action: status === "REJECTED" ? "listing.rejected" : "listing.approved", entityType: "Listing", entityId: id,
          data: rejection ? { reasonCode: rejection.code } : {}, atMs: reviewedAtMs, sellerId: seller.id,
        });
      }
      for (const stateId of seller.deliveryStateIds ?? allStateIds) {
        ctx.tables.deliveryArea.push({ id: ctx.tables.deliveryArea.nextId(), listingId: id, stateId, districtId: null });
      }
      catalogue.categoryId[id] = leaf.id;
      catalogue.pricePaise[id] = content.pricePaise;
      catalogue.mrpPaise[id] = content.mrpPaise;
      catalogue.gstRateBps[id] = content.gstRateBps;
      catalogue.deliveryDays[id] = content.deliveryDays;
      catalogue.minOrderQuantity[id] = content.minOrderQuantity;
      catalogue.titles[id] = content.title;
      if (status === "APPROVED") approved.push(id);
    }
    if (approved.length > 0) catalogue.approvedBySeller.set(seller.id, approved);
    await ctx.writer.flushIfFull();
  }
  return catalogue;
}
