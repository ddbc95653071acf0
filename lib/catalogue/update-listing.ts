import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import type { ListingStatus } from "../db/generated/enums";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { lockOwnListing, requireListingEditor, sellerFactsOf } from "./listing-access";
import { statusAfterMaterialEdit } from "./listing-approval-state";
import { listingChanges } from "./listing-changes";
import { deliveryAreasOf, listingContentOf, replaceDeliveryAreas, sameAreas } from "./listing-content";
import type { ListingInput } from "./listing-form-schema";

export type UpdateListingResult = { status: ListingStatus; changed: string[]; needsApproval: boolean };

// The seller edits a listing. Price (never above the MRP), stock, minimum order, GST rate,
// delivery days and areas apply at once; a material change (MATERIAL_FIELDS) of a listing
// buyers could see takes it off sale until an official approves it again.
export async function updateListing(db: Db, ctx: ActionContext, listingId: number, input: ListingInput): Promise<UpdateListingResult> {
  const { sellerId, by } = requireListingEditor(ctx);
  return db.$transaction(async (tx) => {
    const stored = await lockOwnListing(tx, sellerId, listingId);
    const content = await listingContentOf(tx, input);
    const areas = await deliveryAreasOf(tx, input.delivery);
    const changes = listingChanges(stored, content);
    const areasChanged = !sameAreas(stored.deliveryAreas, areas);
    if (changes.fields.length === 0 && !areasChanged) return { status: stored.status, changed: [], needsApproval: false };

    const { canGoLive, place } = await sellerFactsOf(tx, sellerId);
    const approval = changes.isMaterial ? statusAfterMaterialEdit(stored.status, canGoLive, nowOf(ctx)) : {};
    await tx.listing.update({ where: { id: listingId }, data: { ...changes.after, ...approval } });
    if (areasChanged) await replaceDeliveryAreas(tx, listingId, areas);
    const statusChange = approval.status ? { before: { status: stored.status }, after: { status: approval.status } } : { before: {}, after: {} };
    await recordAudit(tx, by, {
      action: "listing.updated",
      entityType: "Listing",
      entityId: listingId,
      before: { ...changes.before, ...statusChange.before, ...(areasChanged ? { deliveryAreas: stored.deliveryAreas.length } : {}) },
      after: { ...changes.after, ...statusChange.after, ...(areasChanged ? { deliveryAreas: areas.length } : {}) },
      data: { material: changes.isMaterial },
      sellerId,
      place,
    });
    await refreshListingSearch(tx, { listingIds: [listingId] });
    const changed = [...changes.fields, ...(areasChanged ? ["deliveryAreas"] : [])];
    return { status: approval.status ?? stored.status, changed, needsApproval: approval.status === "PENDING_APPROVAL" };
  });
}
