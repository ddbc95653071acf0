import "server-only";
import { nowOf, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import type { MediaStorage } from "../media/media-storage";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { lockOwnListing, requireListingEditor, sellerFactsOf } from "./listing-access";
import { statusAfterMaterialEdit } from "./listing-approval-state";
import { imageKeys } from "./listing-image-file";

// Removes one image (a material change, like adding one). Its files go once no listing
// uses them any more: clones share their source's files.
export async function removeListingImage(db: Db, ctx: ActionContext, imageId: number, storage: MediaStorage): Promise<void> {
  const { sellerId, by } = requireListingEditor(ctx);
  const path = await db.$transaction(async (tx) => {
    const image = await tx.listingImage.findFirst({ where: { id: imageId, listing: { sellerId } }, select: { listingId: true, path: true } });
    if (!image) throw new NotFoundError("Listing image");
    const listing = await lockOwnListing(tx, sellerId, image.listingId);
    await tx.listingImage.delete({ where: { id: imageId } });
    const { canGoLive, place } = await sellerFactsOf(tx, sellerId);
    const approval = statusAfterMaterialEdit(listing.status, canGoLive, nowOf(ctx));
    if (approval.status) await tx.listing.update({ where: { id: listing.id }, data: approval });
    await recordAudit(tx, by, {
      action: "listing.updated",
      entityType: "Listing",
      entityId: listing.id,
      before: { imageId, ...(approval.status ? { status: listing.status } : {}) },
      after: { imageId: null, ...(approval.status ? { status: approval.status } : {}) },
      data: { material: true },
      sellerId,
      place,
    });
    await refreshListingSearch(tx, { listingIds: [listing.id] });
    return (await tx.listingImage.count({ where: { path: image.path } })) === 0 ? image.path : null;
  });
  if (path) await storage.remove(Object.values(imageKeys(path)));
}
