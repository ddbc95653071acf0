import type { SpecField, Specifications } from "./spec-fields";

// When are two listings "the same product" for compare and L1 purchase? The rule, in one place:
// they are in the same leaf category, that category names at least one key specification
// (SpecField.keySpec), and both listings state every key specification with exactly the same
// value (numbers as numbers, text letter for letter). Brand, model, price, other specifications
// and the seller do not matter. A listing that leaves a key specification unstated, or sits in
// a category without key specifications, has no equivalents: it cannot be compared fairly.

// GFR 2017 rule 149 (ii): L1 purchase on GeM is the lowest of at least three offers of
// equivalent products from different sellers; with fewer, the buyer goes to a bid.
export const L1_MINIMUM_OFFERS = 3;

// The key specifications a listing must match, or null when it cannot be compared.
export function keySpecificationsOf(fields: SpecField[], specifications: Specifications): Specifications | null {
  const keyFields = fields.filter((field) => field.keySpec);
  if (keyFields.length === 0) return null;
  const keySpecs: Specifications = {};
  for (const field of keyFields) {
    const value = specifications[field.key];
    if (value === undefined || value === "") return null;
    keySpecs[field.key] = value;
  }
  return keySpecs;
}

export function isEquivalent(fields: SpecField[], a: { categoryId: number; specifications: Specifications }, b: { categoryId: number; specifications: Specifications }): boolean {
  if (a.categoryId !== b.categoryId) return false;
  const keySpecs = keySpecificationsOf(fields, a.specifications);
  return keySpecs !== null && Object.entries(keySpecs).every(([key, value]) => b.specifications[key] === value);
}

export type RankedOffer = { listingId: number; pricePaise: bigint; deliveryDays: number; rating: number | null };

// Lowest price first; on a tie the faster delivery, then the better rated seller (unrated
// last), then the older listing, so the order never depends on the database's whims.
export function compareOffers(a: RankedOffer, b: RankedOffer): number {
  if (a.pricePaise !== b.pricePaise) return a.pricePaise < b.pricePaise ? -1 : 1;
  if (a.deliveryDays !== b.deliveryDays) return a.deliveryDays - b.deliveryDays;
  if (a.rating !== b.rating) return (b.rating ?? -1) - (a.rating ?? -1);
  return a.listingId - b.listingId;
}

// Where this listing stands among the offers sorted by compareOffers: rank 1 is L1.
export function l1Position(offers: { isThisListing: boolean; pricePaise: bigint }[]): { rank: number; count: number; aboveLowestPaise: bigint } | null {
  const index = offers.findIndex((offer) => offer.isThisListing);
  const [lowest] = offers;
  const self = offers[index];
  if (!lowest || !self) return null;
  return { rank: index + 1, count: offers.length, aboveLowestPaise: self.pricePaise - lowest.pricePaise };
}
