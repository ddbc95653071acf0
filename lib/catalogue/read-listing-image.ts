import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { MediaStorage } from "../media/media-storage";
import { imageKeys, type ImageSize } from "./listing-image-file";

export type ServedImage = { body: Uint8Array; isPublic: boolean };

// An approved listing's images are public; the seller's own drafts' images only for its
// users, and any listing's for officials (who review them). Anything else is not found.
export async function readListingImage(db: Db, actor: Actor | null, imageId: number, size: ImageSize, storage: MediaStorage): Promise<ServedImage | null> {
  const image = await db.listingImage.findUnique({ where: { id: imageId }, select: { path: true, listing: { select: { status: true, sellerId: true } } } });
  if (!image) return null;
  const isPublic = image.listing.status === "APPROVED";
  const mayRead = isPublic || (actor !== null && (actor.sellerId === image.listing.sellerId || actor.roles.includes("ADMIN")));
  if (!mayRead) return null;
  const body = await storage.get(imageKeys(image.path)[size]);
  return body ? { body, isPublic } : null;
}
