import type { FeedbackStatusName } from "./feedback-schemas";

// The triage workflow. Nothing goes back to NEW once an admin has looked at it; a DONE or
// WON'T DO item can be taken up again (it was not fixed after all, or the rules changed).
// Closing an item needs a reply that says what was done, or why not.
export const NEXT_STATUSES: Record<FeedbackStatusName, readonly FeedbackStatusName[]> = {
  NEW: ["ACKNOWLEDGED", "PLANNED", "DONE", "WONT_DO"],
  ACKNOWLEDGED: ["PLANNED", "DONE", "WONT_DO"],
  PLANNED: ["DONE", "WONT_DO"],
  DONE: ["ACKNOWLEDGED", "PLANNED"],
  WONT_DO: ["ACKNOWLEDGED", "PLANNED"],
};

export const NEEDS_REPLY: readonly FeedbackStatusName[] = ["DONE", "WONT_DO"];

export function canMove(from: FeedbackStatusName, to: FeedbackStatusName): boolean {
  return NEXT_STATUSES[from].includes(to);
}
