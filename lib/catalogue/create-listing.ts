import "server-only";
import type { ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { requireListingEditor, sellerFactsOf } from "./listing-access";
import { deliveryAreasOf, listingContentOf, replaceDeliveryAreas } from "./listing-content";
import type { ListingInput } from "./listing-form-schema";

// A new listing starts as a draft of the signed-in seller; the seller sends it for approval
// when it is ready (submit-listing.ts).
export async function createListing(db: Db, ctx: ActionContext, input: ListingInput): Promise<{ listingId: number }> {
  const { sellerId, by } = requireListingEditor(ctx);
  return db.$transaction(async (tx) => {
    const content = await listingContentOf(tx, input);
    const areas = await deliveryAreasOf(tx, input.delivery);
    const { place } = await sellerFactsOf(tx, sellerId);
    const listing = await tx.listing.create({ data: { ...content, sellerId, status: "DRAFT" }, select: { id: true } });
    await replaceDeliveryAreas(tx, listing.id, areas);
    await recordAudit(tx, by, {
      action: "listing.created",
      entityType: "Listing",
      entityId: listing.id,
      after: { ...content, status: "DRAFT", deliveryAreas: areas.length },
      sellerId,
      place,
    });
    await refreshListingSearch(tx, { listingIds: [listing.id] });
    return { listingId: listing.id };
  });
}
