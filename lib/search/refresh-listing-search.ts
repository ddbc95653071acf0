import type { Tx } from "../db/client";

// The catalogue rule of what a buyer may see, in one place: a listing is visible when it is
// approved, has stock for at least its minimum order, and its seller is verified. This file
// keeps ListingSearch (one row per visible listing, with the seller's attributes and the
// search document) in step; every use case that changes any of those calls it in its
// transaction.
//
// The document weighs the title and brand highest (A), the category's English and Hindi names
// next (B), specification values (C), then the seller, its place and the description (D).
// English text goes through the 'english' configuration (stemming: "chairs" finds "chair");
// Hindi names through 'simple', which PostgreSQL and PGlite both split into words.

const SELECT_VISIBLE = `
  SELECT l.id, l."categoryId", c.market, l."sellerId", s."stateId",
    coalesce(s."mseClass" IN ('MICRO', 'SMALL'), false), s."isWomenOwned", s."isScStOwned", s."isStartup", s."isShg", s."isArtisan", s."isWeaver",
    l."makeInIndiaClass", l."pricePaise", l."mrpPaise", l."deliveryDays", coalesce(l."ratingAverage", s."ratingAverage"),
    ARRAY(SELECT DISTINCT a."stateId" FROM "ListingDeliveryArea" a WHERE a."listingId" = l.id),
    coalesce(l."approvedAt", l."reviewedAt", l."updatedAt"),
    setweight(to_tsvector('english', l.title || ' ' || coalesce(l.brand, '') || ' ' || coalesce(l.model, '')), 'A')
      || setweight(to_tsvector('english', c.name || ' ' || coalesce(p.name, '')), 'B')
      || setweight(to_tsvector('simple', c."nameHi" || ' ' || coalesce(p."nameHi", '')), 'B')
      || setweight(to_tsvector('english', coalesce((SELECT string_agg(v.value, ' ') FROM jsonb_each_text(l.specifications) v), '')), 'C')
      || setweight(to_tsvector('english', coalesce(s."tradeName", s."legalName") || ' ' || st.name || ' ' || d.name || ' ' || l.description), 'D')
  FROM "Listing" l
  JOIN "Seller" s ON s.id = l."sellerId"
  JOIN "Category" c ON c.id = l."categoryId"
  LEFT JOIN "Category" p ON p.id = c."parentId"
  JOIN "State" st ON st.id = s."stateId"
  JOIN "District" d ON d.id = s."districtId"
  WHERE l.status = 'APPROVED' AND l."stockQuantity" > 0 AND l."stockQuantity" >= l."minOrderQuantity"
    AND s."verificationStatus" = 'VERIFIED'`;

const INSERT_INTO = `INSERT INTO "ListingSearch" ("listingId", "categoryId", market, "sellerId", "sellerStateId",
  "isMse", "isWomenOwned", "isScStOwned", "isStartup", "isShg", "isArtisan", "isWeaver",
  "makeInIndiaClass", "pricePaise", "mrpPaise", "deliveryDays", rating, "deliveryStateIds", "approvedAt", document)`;

// Lower-case English words of at least three letters from titles, brands and category names.
const WORDS_OF = (where: string) => `
  SELECT word FROM "Listing" l JOIN "Category" c ON c.id = l."categoryId",
    regexp_split_to_table(lower(l.title || ' ' || coalesce(l.brand, '') || ' ' || c.name), '[^a-z]+') AS word
  WHERE length(word) >= 3 AND ${where}`;

export type SearchScope = { listingIds: number[] } | { sellerId: number };

export async function refreshListingSearch(tx: Tx, scope: SearchScope): Promise<void> {
  const [where, param] = "sellerId" in scope ? [`l."sellerId" = $1`, scope.sellerId] : [`l.id = ANY($1::int[])`, scope.listingIds];
  if ("listingIds" in scope && scope.listingIds.length === 0) return;
  await tx.$executeRawUnsafe(
    `DELETE FROM "ListingSearch" WHERE "listingId" IN (SELECT l.id FROM "Listing" l WHERE ${where})`,
    param,
  );
  await tx.$executeRawUnsafe(`${INSERT_INTO} ${SELECT_VISIBLE} AND ${where}`, param);
  await tx.$executeRawUnsafe(
    `INSERT INTO "SearchWord" (word) SELECT DISTINCT word FROM (${WORDS_OF(`l.status = 'APPROVED' AND ${where}`)}) w ON CONFLICT (word) DO NOTHING`,
    param,
  );
}

// The whole index from scratch (after the seed's bulk load, or `npm run search:rebuild`),
// with each word's frequency so that typo correction prefers common words.
export async function rebuildListingSearch(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`TRUNCATE "ListingSearch", "SearchWord"`);
  await tx.$executeRawUnsafe(`${INSERT_INTO} ${SELECT_VISIBLE}`);
  await tx.$executeRawUnsafe(
    `INSERT INTO "SearchWord" (word, frequency) SELECT word, count(*) FROM (${WORDS_OF(`l.status = 'APPROVED'`)}) w GROUP BY word`,
  );
  await tx.$executeRawUnsafe(`ANALYZE "ListingSearch"`);
  await tx.$executeRawUnsafe(`ANALYZE "SearchWord"`);
}
