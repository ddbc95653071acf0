import type { PrismaClient } from "../db/generated/client";

type RawDb = Pick<PrismaClient, "$executeRawUnsafe">;

// Buyers' ratings feed the catalogue: each seller's and each listing's average (2 decimals)
// and count, and the rating search ranks and filters by (a listing's own, else its seller's).
// For one seller after a new rating, or for every seller after the seed's bulk load.
export async function refreshSellerRatings(db: RawDb, scope: { sellerId: number } | "all"): Promise<void> {
  const [where, params] = scope === "all" ? ["", []] : [`WHERE "sellerId" = $1`, [scope.sellerId]];
  await db.$executeRawUnsafe(
    `UPDATE "Seller" s SET "ratingAverage" = r.average, "ratingCount" = r.count
     FROM (SELECT "sellerId", round(avg("score"), 2) AS average, count(*)::int AS count FROM "Rating" ${where} GROUP BY "sellerId") r
     WHERE s."id" = r."sellerId"`,
    ...params,
  );
  await db.$executeRawUnsafe(
    `UPDATE "Listing" l SET "ratingAverage" = r.average, "ratingCount" = r.count
     FROM (SELECT i."listingId", round(avg(x."score"), 2) AS average, count(*)::int AS count
           FROM "Rating" x JOIN "OrderItem" i ON i."orderId" = x."orderId" ${where.replace('"sellerId"', 'x."sellerId"')} GROUP BY i."listingId") r
     WHERE l."id" = r."listingId"`,
    ...params,
  );
  if (scope !== "all") {
    await db.$executeRawUnsafe(
      `UPDATE "ListingSearch" ls SET rating = coalesce(l."ratingAverage", s."ratingAverage")
       FROM "Listing" l JOIN "Seller" s ON s.id = l."sellerId"
       WHERE ls."listingId" = l.id AND ls."sellerId" = $1`,
      scope.sellerId,
    );
  }
}
