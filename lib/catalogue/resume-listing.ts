import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { statusOnResume } from "./listing-approval-state";
import { changeOwnListingStatus } from "./change-listing-status";

// PAUSED -> APPROVED when its content is still the approved one, else back to DRAFT.
export function resumeListing(db: Db, ctx: ActionContext, listingId: number) {
  return changeOwnListingStatus(db, ctx, listingId, "listing.resumed", (listing) => (listing.status === "PAUSED" ? statusOnResume(listing.approvedAt) : null));
}
