import type { ListingStatus } from "../db/generated/enums";

export type ApprovalPatch = { status?: ListingStatus; approvedAt?: null; submittedAt?: Date };

// After a material edit (MATERIAL_FIELDS) buyers must not see content no official approved:
// a live, paused or refused listing goes back to the approval queue when its seller may go
// live, else back to draft. Drafts and listings already waiting stay as they are.
export function statusAfterMaterialEdit(status: ListingStatus, sellerCanGoLive: boolean, now: Date): ApprovalPatch {
  if (status === "DRAFT" || status === "PENDING_APPROVAL") return {};
  return sellerCanGoLive ? { status: "PENDING_APPROVAL", approvedAt: null, submittedAt: now } : { status: "DRAFT", approvedAt: null };
}

// Resuming a paused listing puts it back on sale only if its current content was approved.
export function statusOnResume(approvedAt: Date | null): ListingStatus {
  return approvedAt ? "APPROVED" : "DRAFT";
}
