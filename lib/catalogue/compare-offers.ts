import "server-only";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { compareOffers, keySpecificationsOf } from "./equivalence";
import { loadListingCards, type ListingCardData } from "./listing-cards";
import { parseSpecFields, type Specifications } from "./spec-fields";

// The offers of equivalent products (lib/catalogue/equivalence.ts) that a buyer may choose
// between: what the product page's compare table shows and what L1 purchase will use.
// One offer per seller, its cheapest; this listing speaks for its own seller. Only listings
// buyers may see (ListingSearch), and, given a state, only those that deliver there.

export type EquivalentOffer = ListingCardData & { isThisListing: boolean };

export type EquivalentOffers = {
  // The key specifications offers had to match; null when this listing cannot be compared.
  keySpecifications: Specifications | null;
  // Lowest price first (compareOffers); the first is L1.
  offers: EquivalentOffer[];
};

type OfferRow = { listingId: number; pricePaise: bigint; deliveryDays: number; rating: string | null };

// The cheapest equivalent listing of each other seller. ListingSearch ("categoryId",
// "pricePaise") narrows to the category; Listing.specifications @> the key specifications
// filters it (bench: a few ms per category on the largest seed, no extra index needed).
const OTHER_SELLERS_CHEAPEST = `
  SELECT DISTINCT ON (s."sellerId") s."listingId", s."pricePaise", s."deliveryDays", s.rating::text AS rating
  FROM "ListingSearch" s JOIN "Listing" l ON l.id = s."listingId"
  WHERE s."categoryId" = $1 AND s."sellerId" <> $2 AND l.specifications @> $3::jsonb
    AND ($4::int IS NULL OR s."deliveryStateIds" @> ARRAY[$4::int])
  ORDER BY s."sellerId", s."pricePaise", s."deliveryDays", s.rating DESC NULLS LAST, s."listingId"`;

export async function findEquivalentOffers(db: Db, listingId: number, options: { deliveryStateId?: number } = {}): Promise<EquivalentOffers> {
  const listing = await db.listing.findUnique({
    where: { id: listingId },
    select: { categoryId: true, sellerId: true, specifications: true, category: { select: { specFields: true } } },
  });
  if (!listing) throw new NotFoundError("Listing");
  const deliveryStateId = options.deliveryStateId ?? null;
  const self = await db.listingSearch.findFirst({
    where: { listingId, ...(deliveryStateId === null ? {} : { deliveryStateIds: { has: deliveryStateId } }) },
    select: { listingId: true, pricePaise: true, deliveryDays: true, rating: true },
  });
  const selfRow: OfferRow[] = self ? [{ ...self, rating: self.rating?.toString() ?? null }] : [];
  const keySpecifications = keySpecificationsOf(parseSpecFields(listing.category.specFields), listing.specifications as Specifications);
  const others =
    keySpecifications === null
      ? []
      : await db.$queryRawUnsafe<OfferRow[]>(OTHER_SELLERS_CHEAPEST, listing.categoryId, listing.sellerId, JSON.stringify(keySpecifications), deliveryStateId);

  const ranked = [...selfRow, ...others]
    .map((row) => ({ listingId: row.listingId, pricePaise: BigInt(row.pricePaise), deliveryDays: row.deliveryDays, rating: row.rating === null ? null : Number(row.rating) }))
    .sort(compareOffers);
  const cards = await loadListingCards(db, ranked.map((row) => row.listingId));
  return { keySpecifications, offers: cards.map((card) => ({ ...card, isThisListing: card.id === listingId })) };
}
