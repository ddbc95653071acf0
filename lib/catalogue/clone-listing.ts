import "server-only";
import type { ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { lockOwnListing, requireListingEditor, sellerFactsOf } from "./listing-access";
import { replaceDeliveryAreas } from "./listing-content";

const TITLE_MAX = 150;
const COPY_SUFFIX = " (copy)";

// A copy of a copy keeps one suffix: "Chair (copy)", not "Chair (copy) (copy)".
export function cloneTitle(title: string): string {
  if (title.endsWith(COPY_SUFFIX)) return title;
  return `${title.slice(0, TITLE_MAX - COPY_SUFFIX.length)}${COPY_SUFFIX}`;
}

// A new draft with the same content, delivery areas and images (the copies share the stored
// files; a file is deleted only when no listing uses it any more), for a variant of a product.
export async function cloneListing(db: Db, ctx: ActionContext, listingId: number): Promise<{ listingId: number }> {
  const { sellerId, by } = requireListingEditor(ctx);
  return db.$transaction(async (tx) => {
    const source = await lockOwnListing(tx, sellerId, listingId);
    const images = await tx.listingImage.findMany({ where: { listingId }, orderBy: { sortOrder: "asc" }, select: { path: true, width: true, height: true, bytes: true, sortOrder: true } });
    const copy = await tx.listing.create({
      data: {
        sellerId,
        categoryId: source.categoryId,
        kind: source.kind,
        title: cloneTitle(source.title),
        description: source.description,
        brand: source.brand,
        model: source.model,
        specifications: source.specifications as Prisma.InputJsonValue,
        pricePaise: source.pricePaise,
        mrpPaise: source.mrpPaise,
        gstRateBps: source.gstRateBps,
        stockQuantity: source.stockQuantity,
        minOrderQuantity: source.minOrderQuantity,
        deliveryDays: source.deliveryDays,
        countryOfOrigin: source.countryOfOrigin,
        localContentPercent: source.localContentPercent,
        makeInIndiaClass: source.makeInIndiaClass,
        status: "DRAFT",
        clonedFromId: source.id,
      },
      select: { id: true, title: true },
    });
    await replaceDeliveryAreas(tx, copy.id, source.deliveryAreas);
    await tx.listingImage.createMany({ data: images.map((image) => ({ ...image, listingId: copy.id })) });
    const { place } = await sellerFactsOf(tx, sellerId);
    await recordAudit(tx, by, {
      action: "listing.cloned",
      entityType: "Listing",
      entityId: copy.id,
      after: { title: copy.title, status: "DRAFT", clonedFromId: source.id, images: images.length },
      sellerId,
      place,
    });
    await refreshListingSearch(tx, { listingIds: [copy.id] });
    return { listingId: copy.id };
  });
}
