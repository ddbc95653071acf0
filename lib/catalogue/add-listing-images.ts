import "server-only";
import { randomBytes } from "node:crypto";
import { nowOf, type ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import type { MediaStorage } from "../media/media-storage";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { lockOwnListing, requireListingEditor, sellerFactsOf } from "./listing-access";
import { statusAfterMaterialEdit } from "./listing-approval-state";
import { imageKeys, MAX_LISTING_IMAGES, prepareListingImage, type PreparedImage } from "./listing-image-file";

async function store(storage: MediaStorage, listingId: number, image: PreparedImage): Promise<string> {
  const path = `listings/${listingId}/${randomBytes(8).toString("hex")}/original.${image.ext}`;
  const keys = imageKeys(path);
  await storage.put(keys.original, image.original, image.contentType);
  await storage.put(keys.thumb, image.variants.thumb, "image/webp");
  await storage.put(keys.large, image.variants.large, "image/webp");
  return path;
}

// Adds up to five images in all. New pictures change what the buyer is buying (a material
// change): a listing on sale goes back for approval. Files are stored first and removed
// again if the database refuses.
export async function addListingImages(db: Db, ctx: ActionContext, listingId: number, files: Uint8Array[], storage: MediaStorage): Promise<{ added: number }> {
  const { sellerId, by } = requireListingEditor(ctx);
  if (!(await db.listing.findFirst({ where: { id: listingId, sellerId }, select: { id: true } }))) throw new NotFoundError("Listing");
  const existing = await db.listingImage.count({ where: { listingId } });
  if (files.length === 0) throw new FieldValidationError({ images: "listingEditor.errors.imageMissing" });
  if (existing + files.length > MAX_LISTING_IMAGES) throw new FieldValidationError({ images: "listingEditor.errors.tooManyImages" });
  const prepared = await Promise.all(files.map(prepareListingImage));
  const paths: string[] = [];
  try {
    for (const image of prepared) paths.push(await store(storage, listingId, image));
    await db.$transaction(async (tx) => {
      const listing = await lockOwnListing(tx, sellerId, listingId);
      const count = await tx.listingImage.count({ where: { listingId } });
      if (count + paths.length > MAX_LISTING_IMAGES) throw new FieldValidationError({ images: "listingEditor.errors.tooManyImages" });
      await tx.listingImage.createMany({
        data: prepared.map((image, index) => ({ listingId, path: paths[index]!, width: image.width, height: image.height, bytes: image.original.byteLength, sortOrder: count + index })),
      });
      const { canGoLive, place } = await sellerFactsOf(tx, sellerId);
      const approval = statusAfterMaterialEdit(listing.status, canGoLive, nowOf(ctx));
      if (approval.status) await tx.listing.update({ where: { id: listingId }, data: approval });
      await recordAudit(tx, by, {
        action: "listing.updated",
        entityType: "Listing",
        entityId: listingId,
        before: { images: count, ...(approval.status ? { status: listing.status } : {}) },
        after: { images: count + paths.length, ...(approval.status ? { status: approval.status } : {}) },
        data: { material: true },
        sellerId,
        place,
      });
      await refreshListingSearch(tx, { listingIds: [listingId] });
    });
  } catch (error) {
    await storage.remove(paths.flatMap((path) => Object.values(imageKeys(path))));
    throw error;
  }
  return { added: paths.length };
}
