import "server-only";
import type { ActionContext } from "../auth/context";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db/client";
import type { ListingStatus } from "../db/generated/enums";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { lockOwnListing, requireListingEditor, sellerFactsOf, type OwnListing } from "./listing-access";

// The listing is not in a state this change applies to (e.g. pausing a draft).
export class ListingStatusError extends Error {
  constructor(readonly status: ListingStatus) {
    super(`Not allowed while the listing is ${status}`);
    this.name = "ListingStatusError";
  }
}

// A seller's own status change (pause, resume): checked, written, audited and reflected in
// the search index in one transaction. `next` says the new status, or refuses with null.
export async function changeOwnListingStatus(
  db: Db,
  ctx: ActionContext,
  listingId: number,
  action: string,
  next: (listing: OwnListing) => ListingStatus | null,
): Promise<ListingStatus> {
  const { sellerId, by } = requireListingEditor(ctx);
  return db.$transaction(async (tx) => {
    const listing = await lockOwnListing(tx, sellerId, listingId);
    const status = next(listing);
    if (!status) throw new ListingStatusError(listing.status);
    await tx.listing.update({ where: { id: listingId }, data: { status } });
    const { place } = await sellerFactsOf(tx, sellerId);
    await recordAudit(tx, by, { action, entityType: "Listing", entityId: listingId, before: { status: listing.status }, after: { status }, sellerId, place });
    await refreshListingSearch(tx, { listingIds: [listingId] });
    return status;
  });
}
