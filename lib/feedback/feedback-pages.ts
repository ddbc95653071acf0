// Which part of Kraya a piece of feedback is about, from the path of the page it was sent
// from: a name for people ("About: Search results") and the category the form starts with.
// Shared by the form, the admin's list and the sender's list.

export const FEEDBACK_CATEGORIES = ["search", "catalogue", "onboarding", "orders", "delivery", "payments", "bids", "help", "language", "other"] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

export const PAGE_AREAS = [
  "home", "search", "product", "market", "publicBids", "statistics", "help", "samvaad", "registration", "cart", "orders", "buyerBids",
  "buyerPortal", "sellerListings", "sellerProfile", "sellerBids", "sellerPortal", "adminPortal", "notifications", "signIn", "other",
] as const;
export type PageArea = (typeof PAGE_AREAS)[number];

// Most specific first: the first prefix that matches names the page.
const AREAS: [prefix: string, area: PageArea, category: FeedbackCategory][] = [
  ["/search", "search", "search"],
  ["/products", "product", "catalogue"],
  ["/market", "market", "catalogue"],
  ["/bids", "publicBids", "bids"],
  ["/statistics", "statistics", "other"],
  ["/help", "help", "help"],
  ["/samvaad", "samvaad", "other"],
  ["/register", "registration", "onboarding"],
  ["/buyer/cart", "cart", "orders"],
  ["/buyer/orders", "orders", "orders"],
  ["/orders", "orders", "orders"],
  ["/buyer/bids", "buyerBids", "bids"],
  ["/buyer", "buyerPortal", "other"],
  ["/seller/orders", "orders", "orders"],
  ["/seller/listings", "sellerListings", "catalogue"],
  ["/seller/catalogue", "sellerListings", "catalogue"],
  ["/seller/profile", "sellerProfile", "onboarding"],
  ["/seller/onboarding", "sellerProfile", "onboarding"],
  ["/seller/bids", "sellerBids", "bids"],
  ["/seller", "sellerPortal", "other"],
  ["/admin", "adminPortal", "other"],
  ["/notifications", "notifications", "other"],
  ["/sign-in", "signIn", "onboarding"],
  ["/forgot-password", "signIn", "onboarding"],
];

// A path on this site ("/search?q=chair"), never another site ("//evil.example", "https://..."):
// the page is only ever shown and linked to as a path of Kraya.
const SAME_SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*$/;

export function isSameSitePath(value: string): boolean {
  return value.length <= 500 && SAME_SITE_PATH.test(value);
}

function match(path: string) {
  const pathname = path.split(/[?#]/)[0] ?? "/";
  return AREAS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function pageAreaOf(path: string): PageArea {
  if (path.split(/[?#]/)[0] === "/") return "home";
  return match(path)?.[1] ?? "other";
}

export function guessCategory(path: string): FeedbackCategory {
  return match(path)?.[2] ?? "other";
}
