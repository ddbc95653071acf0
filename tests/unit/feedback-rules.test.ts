import { describe, expect, it } from "vitest";
import { guessCategory, isSameSitePath, pageAreaOf } from "@/lib/feedback/feedback-pages";
import { FeedbackSchema, TriageSchema } from "@/lib/feedback/feedback-schemas";
import { canMove, NEXT_STATUSES } from "@/lib/feedback/feedback-transitions";
import { topWords, wordsOf } from "@/lib/feedback/feedback-words";

const valid = { formKey: "k".repeat(24), page: "/search?q=chair", category: "search", text: "Search found the chairs I needed." };
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = FeedbackSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the feedback form's rules", () => {
  it("takes a rating of 1 to 5 or none, and text of 10 to 2,000 characters with at most 2 links", () => {
    expect(errorsOf({ ...valid, rating: 5 })).toEqual({});
    expect(errorsOf(valid)).toEqual({});
    expect(errorsOf({ ...valid, rating: 6 })).toEqual({ rating: "feedback.errors.rating" });
    expect(errorsOf({ ...valid, text: "Too short" })).toEqual({ text: "feedback.errors.textLength" });
    expect(errorsOf({ ...valid, text: "x".repeat(2001) })).toEqual({ text: "feedback.errors.textLength" });
    expect(errorsOf({ ...valid, text: "See https://a.example and www.b.example for details." })).toEqual({});
    expect(errorsOf({ ...valid, text: "Buy at https://a.example, http://b.example and www.c.example now" })).toEqual({ text: "feedback.errors.tooManyLinks" });
    expect(errorsOf({ ...valid, category: "gossip" })).toEqual({ category: "forms.errors.choose" });
  });

  it("accepts only paths of this site as the page", () => {
    for (const page of ["/", "/search?q=chair&state=MP", "/products/12-office-chair", "/market/saras-collection"]) expect(isSameSitePath(page)).toBe(true);
    for (const page of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "search", "/a b", `/${"a".repeat(500)}`]) expect(isSameSitePath(page)).toBe(false);
    expect(errorsOf({ ...valid, page: "//evil.example" })).toEqual({ page: "feedback.errors.page" });
  });

  it("names the page and guesses its category from the path", () => {
    expect([pageAreaOf("/search?q=chair"), guessCategory("/search?q=chair")]).toEqual(["search", "search"]);
    expect([pageAreaOf("/products/12"), guessCategory("/products/12")]).toEqual(["product", "catalogue"]);
    expect([pageAreaOf("/buyer/orders/7"), guessCategory("/buyer/orders/7")]).toEqual(["orders", "orders"]);
    expect([pageAreaOf("/seller/bids"), guessCategory("/seller/bids")]).toEqual(["sellerBids", "bids"]);
    expect([pageAreaOf("/buyer"), guessCategory("/buyer")]).toEqual(["buyerPortal", "other"]);
    expect([pageAreaOf("/"), guessCategory("/")]).toEqual(["home", "other"]);
    expect([pageAreaOf("/searching"), guessCategory("/searching")]).toEqual(["other", "other"]);
  });
});

describe("the triage workflow", () => {
  it("never goes back to NEW, lets closed feedback be taken up again, and needs a known status", () => {
    for (const from of Object.keys(NEXT_STATUSES) as (keyof typeof NEXT_STATUSES)[]) expect(canMove(from, "NEW")).toBe(false);
    expect(canMove("NEW", "DONE")).toBe(true);
    expect(canMove("PLANNED", "ACKNOWLEDGED")).toBe(false);
    expect(canMove("DONE", "PLANNED")).toBe(true);
    expect(canMove("WONT_DO", "DONE")).toBe(false);
    expect(TriageSchema.safeParse({ feedbackId: "12", status: "CLOSED" }).success).toBe(false);
    expect(TriageSchema.parse({ feedbackId: "12", status: "DONE", reply: "  Fixed.  " })).toEqual({ feedbackId: 12, status: "DONE", reply: "Fixed." });
  });
});

describe("the words of feedback", () => {
  it("drops English and Hindi stop words and words under three letters, keeping Devanagari words whole", () => {
    expect(wordsOf("Please add a filter by district; the search is slow!")).toEqual(["add", "filter", "district", "search", "slow"]);
    expect(wordsOf("खोज में झाड़ू और कुर्सी नहीं मिलती")).toEqual(["खोज", "झाड़ू", "कुर्सी", "मिलती"]);
  });

  it("counts a word once per feedback and ranks the most common first, ties alphabetically", () => {
    expect(topWords(["Slow search, slow search.", "Search filters", "Filters please"], 3)).toEqual([
      { word: "filters", count: 2 },
      { word: "search", count: 2 },
      { word: "slow", count: 1 },
    ]);
  });
});
