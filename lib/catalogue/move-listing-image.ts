import "server-only";
import type { ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { lockOwnListing, requireListingEditor, sellerFactsOf } from "./listing-access";

// Moves an image one place earlier or later (the first is the one search results show).
// The same pictures in another order are not a material change.
export async function moveListingImage(db: Db, ctx: ActionContext, imageId: number, direction: "up" | "down"): Promise<void> {
  const { sellerId, by } = requireListingEditor(ctx);
  await db.$transaction(async (tx) => {
    const image = await tx.listingImage.findFirst({ where: { id: imageId, listing: { sellerId } }, select: { listingId: true } });
    if (!image) throw new NotFoundError("Listing image");
    await lockOwnListing(tx, sellerId, image.listingId);
    const images = await tx.listingImage.findMany({ where: { listingId: image.listingId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], select: { id: true } });
    const order = images.map((row) => row.id);
    const from = order.indexOf(imageId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    await Promise.all(order.map((id, sortOrder) => tx.listingImage.update({ where: { id }, data: { sortOrder } })));
    const { place } = await sellerFactsOf(tx, sellerId);
    await recordAudit(tx, by, { action: "listing.updated", entityType: "Listing", entityId: image.listingId, before: { imageOrder: images.map((row) => row.id) }, after: { imageOrder: order }, sellerId, place });
  });
}
