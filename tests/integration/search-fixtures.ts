import type { Db } from "@/lib/db/client";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { readSearchParams, type SearchParams } from "@/lib/search/search-params";
import { placeIn } from "./seller-fixtures";

// A small fixed catalogue for the relevance tests (not a test file itself): the seeded index
// is emptied and these listings, from six sellers of different kinds and states, are the only
// ones a buyer can find.

type SellerKind = { stateCode: string; mseClass: "MICRO" | null; isShg?: boolean; isWomenOwned?: boolean; isWeaver?: boolean; isArtisan?: boolean; isStartup?: boolean };

export const FIXED_SELLERS = {
  bhopalMse: { stateCode: "MP", mseClass: "MICRO" },
  patnaShg: { stateCode: "BR", mseClass: null, isShg: true, isWomenOwned: true },
  odishaWeaver: { stateCode: "OD", mseClass: "MICRO", isWeaver: true },
  jaipurArtisan: { stateCode: "RJ", mseClass: null, isArtisan: true },
  bengaluruStartup: { stateCode: "KA", mseClass: null, isStartup: true },
  biharMse: { stateCode: "BR", mseClass: "MICRO" },
} satisfies Record<string, SellerKind>;
type SellerKey = keyof typeof FIXED_SELLERS;

// [title, category slug, seller, price in rupees, rating]
export const FIXED_LISTINGS = [
  ["Ergonomic mesh chair", "office-chairs", "bhopalMse", 8_500, 4.2],
  ["Executive high back chair", "office-chairs", "bengaluruStartup", 15_000, 3.1],
  ["Stackable plastic chair", "plastic-chairs", "biharMse", 900, null],
  ["Bamboo chair with armrests", "saras-handicrafts", "patnaShg", 2_500, 4.8],
  ["Handwoven cotton saree", "handloom-cotton-sarees", "odishaWeaver", 3_200, 4.5],
  ["Sambalpuri bandha saree", "sambalpuri-ikat-sarees", "odishaWeaver", 7_800, null],
  ["Handloom cotton saree", "saras-handloom-and-textiles", "patnaShg", 1_800, 4.0],
  ["Steel almirah full height", "steel-almirahs", "bhopalMse", 14_000, 3.8],
  ["Half height steel cupboard", "steel-almirahs", "biharMse", 9_000, null],
  ["A3 multifunction copier", "printers", "bengaluruStartup", 90_000, 4.1],
  ["Monochrome laser printer", "printers", "bhopalMse", 12_000, 3.5],
  ["Business notebook", "laptops", "bengaluruStartup", 65_000, null],
  ["Thin and light laptop", "laptops", "bhopalMse", 55_000, 4.4],
  ["Wild forest honey", "saras-grocery-and-pantry", "patnaShg", 350, 4.9],
  ["Madhubani painting on handmade paper", "madhubani-paintings", "jaipurArtisan", 4_500, null],
  ["Computer table", "office-tables-and-workstations", "bhopalMse", 7_000, null],
  ["LED bulb 9W", "led-bulbs", "biharMse", 120, 3.9],
  ["Jute wall hanging", "saras-handicrafts", "patnaShg", 600, null],
  ["Panja cotton durrie", "handloom-durries", "odishaWeaver", 2_200, null],
  ["Executive office table", "office-tables-and-workstations", "bengaluruStartup", 30_000, 3.0],
] as const satisfies readonly (readonly [string, string, SellerKey, number, number | null])[];

export type FixedCatalogue = { listingIds: Record<string, number>; sellerIds: Record<SellerKey, number> };

export async function createFixedCatalogue(db: Db): Promise<FixedCatalogue> {
  await db.$executeRawUnsafe(`TRUNCATE "ListingSearch", "SearchWord"`);
  const sellers = await db.seller.findMany({ where: { verificationStatus: "VERIFIED" }, select: { id: true }, take: 6, orderBy: { id: "asc" } });
  const sellerIds = {} as Record<SellerKey, number>;
  for (const [index, [key, kind]] of Object.entries(FIXED_SELLERS).entries()) {
    const place = await placeIn(db, kind.stateCode);
    const id = sellers[index]!.id;
    await db.seller.update({
      where: { id },
      data: {
        stateId: place.stateId, districtId: place.districtId, blockId: place.blockId, mseClass: kind.mseClass,
        isShg: "isShg" in kind, isWomenOwned: "isWomenOwned" in kind, isWeaver: "isWeaver" in kind, isArtisan: "isArtisan" in kind,
        isStartup: "isStartup" in kind, isScStOwned: false, ratingAverage: null,
      },
    });
    sellerIds[key as SellerKey] = id;
  }
  const states = await db.state.findMany({ select: { id: true, code: true } });
  const listingIds: Record<string, number> = {};
  for (const [title, slug, seller, rupees, rating] of FIXED_LISTINGS) {
    const category = await db.category.findUniqueOrThrow({ where: { slug }, select: { id: true, kind: true } });
    const listing = await db.listing.create({
      data: {
        sellerId: sellerIds[seller], categoryId: category.id, kind: category.kind, title, pricePaise: BigInt(rupees * 100), mrpPaise: BigInt(rupees * 120),
        status: "APPROVED", stockQuantity: 50, minOrderQuantity: 1, deliveryDays: 3 + (rupees % 7), ratingAverage: rating, ratingCount: rating ? 10 : 0,
        approvedAt: new Date("2026-01-15T10:00:00Z"),
        // Every fixed listing delivers to its seller's state and Madhya Pradesh.
        deliveryAreas: { create: [...new Set([FIXED_SELLERS[seller].stateCode, "MP"])].map((code) => ({ stateId: states.find((s) => s.code === code)!.id })) },
      },
      select: { id: true },
    });
    listingIds[title] = listing.id;
  }
  await db.$transaction((tx) => refreshListingSearch(tx, { listingIds: Object.values(listingIds) }));
  return { listingIds, sellerIds };
}

export function searchFor(q: string, more: Record<string, string | string[]> = {}): SearchParams {
  return readSearchParams({ q, ...more });
}
