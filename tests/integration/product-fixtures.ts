import type { Db } from "@/lib/db/client";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";

// A category of our own with key specifications, and listings in it from seeded verified
// sellers, so that compare tests see exactly the listings they made.

let sequence = 0;

export const KEY_SPECS = { processor: "Intel Core i5", ram: 16 };

export async function createComparableCategory(db: Db) {
  sequence += 1;
  const parent = await db.category.findFirstOrThrow({ where: { slug: "computers-and-it" }, select: { id: true } });
  return db.category.create({
    data: {
      parentId: parent.id, slug: `test-laptops-${sequence}-${Date.now()}`, name: "Test laptops", nameHi: "परीक्षण लैपटॉप", kind: "PRODUCT", unit: "piece",
      specFields: [
        { key: "processor", label: "Processor", labelHi: "प्रोसेसर", type: "enum", values: ["Intel Core i5", "Intel Core i7"], required: true, keySpec: true },
        { key: "ram", label: "RAM", labelHi: "रैम", type: "number", unit: "GB", required: true, keySpec: true },
        { key: "weight", label: "Weight", labelHi: "वज़न", type: "number", unit: "kg", required: false, keySpec: false },
      ],
    },
  });
}

// Distinct verified sellers of the seed, each with a seller administrator of its own.
export async function verifiedSellers(db: Db, count: number) {
  const sellers = await db.seller.findMany({ where: { verificationStatus: "VERIFIED" }, orderBy: { id: "asc" }, take: count, select: { id: true, stateId: true } });
  if (sellers.length < count) throw new Error(`The seed has fewer than ${count} verified sellers`);
  return sellers;
}

export type ListingOptions = {
  sellerId: number;
  categoryId: number;
  rupees: number;
  specifications?: Record<string, string | number>;
  deliveryDays?: number;
  stockQuantity?: number;
  status?: "APPROVED" | "PAUSED";
  deliveryStateIds: number[];
};

export async function createListing(db: Db, options: ListingOptions) {
  return db.$transaction(async (tx) => {
    const listing = await tx.listing.create({
      data: {
        sellerId: options.sellerId, categoryId: options.categoryId, kind: "PRODUCT", title: `Test laptop at Rs ${options.rupees}`, description: "A laptop for office work.",
        brand: "Testbrand", model: "TB-100", specifications: options.specifications ?? { ...KEY_SPECS, weight: 1.5 },
        pricePaise: BigInt(options.rupees * 100), mrpPaise: BigInt(options.rupees * 125), gstRateBps: 1800,
        stockQuantity: options.stockQuantity ?? 50, minOrderQuantity: 1, deliveryDays: options.deliveryDays ?? 5,
        status: options.status ?? "APPROVED", approvedAt: new Date(),
        deliveryAreas: { create: options.deliveryStateIds.map((stateId) => ({ stateId, districtId: null })) },
      },
      select: { id: true },
    });
    await refreshListingSearch(tx, { listingIds: [listing.id] });
    return listing;
  });
}
