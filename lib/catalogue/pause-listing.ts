import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { changeOwnListingStatus } from "./change-listing-status";

// APPROVED -> PAUSED: off sale (out of search) until resumed, keeping its approval.
export function pauseListing(db: Db, ctx: ActionContext, listingId: number) {
  return changeOwnListingStatus(db, ctx, listingId, "listing.paused", (listing) => (listing.status === "APPROVED" ? "PAUSED" : null));
}
