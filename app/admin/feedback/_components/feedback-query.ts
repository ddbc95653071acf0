import { FEEDBACK_CATEGORIES } from "@/lib/feedback/feedback-pages";
import { FEEDBACK_STATUSES } from "@/lib/feedback/feedback-schemas";
import type { FeedbackFilters } from "@/lib/feedback/list-feedback";

export type FeedbackQuery = FeedbackFilters;
type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim() : "");

// The triage list's filters from the address (?status=&category=&state=&page=&p=); anything
// unknown is left out rather than refused. "page" is the page path searched for, "p" the list's page.
export function readFeedbackQuery(params: Params): FeedbackQuery {
  const stateId = Number.parseInt(one(params.state), 10);
  return {
    status: FEEDBACK_STATUSES.find((status) => status === one(params.status)),
    category: FEEDBACK_CATEGORIES.find((category) => category === one(params.category)),
    stateId: Number.isSafeInteger(stateId) && stateId > 0 ? stateId : undefined,
    pageText: one(params.page).slice(0, 200) || undefined,
    page: Math.max(1, Number.parseInt(one(params.p), 10) || 1),
  };
}

export function feedbackQueryHref(query: FeedbackQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.category) params.set("category", query.category);
  if (query.stateId) params.set("state", String(query.stateId));
  if (query.pageText) params.set("page", query.pageText);
  if (page > 1) params.set("p", String(page));
  const search = params.toString();
  return search ? `/admin/feedback?${search}` : "/admin/feedback";
}
