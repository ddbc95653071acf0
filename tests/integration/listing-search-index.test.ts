import { describe, expect, it } from "vitest";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

const visibleWhere = { status: "APPROVED", stockQuantity: { gt: 0 }, seller: { verificationStatus: "VERIFIED" } } as const;

describe("the search index", () => {
  it("holds exactly the listings a buyer may see after the seed", async () => {
    const visible = await db().listing.findMany({ where: visibleWhere, select: { id: true, minOrderQuantity: true, stockQuantity: true } });
    const expected = visible.filter((listing) => listing.stockQuantity >= listing.minOrderQuantity).map((listing) => listing.id).sort((a, b) => a - b);
    const indexed = await db().listingSearch.findMany({ select: { listingId: true }, orderBy: { listingId: "asc" } });
    expect(indexed.map((row) => row.listingId)).toEqual(expected);
    expect(await db().searchWord.count()).toBeGreaterThan(100);
  });

  it("drops a listing that runs out of stock or is paused, and takes it back when it returns", async () => {
    const row = await db().listingSearch.findFirstOrThrow({ select: { listingId: true } });
    const listing = await db().listing.findUniqueOrThrow({ where: { id: row.listingId } });
    await db().$transaction(async (tx) => {
      await tx.listing.update({ where: { id: listing.id }, data: { stockQuantity: 0 } });
      await refreshListingSearch(tx, { listingIds: [listing.id] });
    });
    expect(await db().listingSearch.count({ where: { listingId: listing.id } })).toBe(0);
    await db().$transaction(async (tx) => {
      await tx.listing.update({ where: { id: listing.id }, data: { stockQuantity: 10, minOrderQuantity: 1 } });
      await refreshListingSearch(tx, { listingIds: [listing.id] });
    });
    expect(await db().listingSearch.count({ where: { listingId: listing.id } })).toBe(1);
  });

  it("hides every listing of a seller who is no longer verified, and copies the seller's groups", async () => {
    const row = await db().listingSearch.findFirstOrThrow({ where: { isWomenOwned: false }, select: { sellerId: true } });
    await db().$transaction(async (tx) => {
      await tx.seller.update({ where: { id: row.sellerId }, data: { isWomenOwned: true } });
      await refreshListingSearch(tx, { sellerId: row.sellerId });
    });
    expect(await db().listingSearch.count({ where: { sellerId: row.sellerId, isWomenOwned: false } })).toBe(0);
    await db().$transaction(async (tx) => {
      await tx.seller.update({ where: { id: row.sellerId }, data: { verificationStatus: "PENDING" } });
      await refreshListingSearch(tx, { sellerId: row.sellerId });
    });
    expect(await db().listingSearch.count({ where: { sellerId: row.sellerId } })).toBe(0);
  });
});
