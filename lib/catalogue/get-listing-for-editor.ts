import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { paiseToRupeesInput } from "../money/parse-rupees";
import { requireListingEditor } from "./listing-access";
import { SPEC_PREFIX } from "./listing-form-schema";
import { parseSpecFields } from "./spec-fields";

// One of the seller's listings as its edit form shows it: form values (text, as typed),
// the category's specification fields, images in order and the review outcome.
export async function getListingForEditor(db: Db, ctx: ActionContext, listingId: number) {
  const { sellerId } = requireListingEditor(ctx);
  const listing = await db.listing.findFirst({
    where: { id: listingId, sellerId },
    include: {
      category: { select: { name: true, nameHi: true, kind: true, specFields: true } },
      images: { orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true, width: true, height: true } },
      deliveryAreas: { select: { stateId: true, districtId: true } },
    },
  });
  if (!listing) throw new NotFoundError("Listing");
  const stateCount = await db.state.count();
  const districtIds = listing.deliveryAreas.flatMap((area) => (area.districtId ? [String(area.districtId)] : []));
  const stateIds = listing.deliveryAreas.filter((area) => area.districtId === null).map((area) => String(area.stateId));
  const deliveryScope = districtIds.length > 0 ? "DISTRICTS" : stateIds.length === stateCount ? "INDIA" : "STATES";
  const specs = listing.specifications as Record<string, string | number>;
  const values: Record<string, string | string[]> = {
    categoryId: String(listing.categoryId),
    title: listing.title,
    description: listing.description,
    brand: listing.brand ?? "",
    model: listing.model ?? "",
    price: paiseToRupeesInput(listing.pricePaise),
    mrp: paiseToRupeesInput(listing.mrpPaise),
    gstRateBps: String(listing.gstRateBps),
    stockQuantity: String(listing.stockQuantity),
    minOrderQuantity: String(listing.minOrderQuantity),
    deliveryDays: String(listing.deliveryDays),
    countryOfOrigin: listing.countryOfOrigin,
    localContentPercent: String(listing.localContentPercent),
    deliveryScope,
    deliveryStateIds: deliveryScope === "STATES" ? stateIds : [],
    deliveryDistrictIds: districtIds,
    ...Object.fromEntries(Object.entries(specs).map(([key, value]) => [`${SPEC_PREFIX}${key}`, String(value)])),
  };
  return {
    id: listing.id,
    title: listing.title,
    status: listing.status,
    rejectionReasonCode: listing.rejectionReasonCode,
    rejectionNote: listing.rejectionNote,
    category: { id: listing.categoryId, name: listing.category.name, nameHi: listing.category.nameHi, kind: listing.category.kind },
    specFields: parseSpecFields(listing.category.specFields),
    images: listing.images,
    values,
  };
}

export type ListingForEditor = Awaited<ReturnType<typeof getListingForEditor>>;
