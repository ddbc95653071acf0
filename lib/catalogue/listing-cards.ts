import "server-only";
import type { Db } from "../db/client";
import type { CatalogueKind, MakeInIndiaClass } from "../db/generated/enums";

// What a buyer sees of a listing in a list (search results, market pages, compare): enough
// to choose, loaded in one query for the ids a page shows, in their order.

export const SELLER_GROUPS = ["isMse", "isWomenOwned", "isScStOwned", "isStartup", "isShg", "isArtisan", "isWeaver"] as const;
export type SellerGroup = (typeof SELLER_GROUPS)[number];

export type ListingCardData = {
  id: number;
  kind: CatalogueKind;
  title: string;
  pricePaise: bigint;
  mrpPaise: bigint;
  unit: string;
  category: { name: string; nameHi: string };
  seller: { id: number; name: string; state: { name: string; nameHi: string } };
  sellerGroups: SellerGroup[];
  makeInIndiaClass: MakeInIndiaClass;
  rating: number | null;
  ratingCount: number;
  deliveryDays: number;
  imageId: number | null;
};

export function productPath(listingId: number): string {
  return `/products/${listingId}`;
}

// The saving against the MRP (market price for a service), in whole per cent.
export function savingPercent(pricePaise: bigint, mrpPaise: bigint): number {
  if (mrpPaise <= 0n || pricePaise >= mrpPaise) return 0;
  return Number(((mrpPaise - pricePaise) * 100n) / mrpPaise);
}

export function sellerGroupsOf(seller: { mseClass: string | null; isWomenOwned: boolean; isScStOwned: boolean; isStartup: boolean; isShg: boolean; isArtisan: boolean; isWeaver: boolean }): SellerGroup[] {
  const flags: Record<SellerGroup, boolean> = { ...seller, isMse: seller.mseClass === "MICRO" || seller.mseClass === "SMALL" };
  return SELLER_GROUPS.filter((group) => flags[group]);
}

export async function loadListingCards(db: Db, ids: number[]): Promise<ListingCardData[]> {
  if (ids.length === 0) return [];
  const rows = await db.listing.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, kind: true, title: true, pricePaise: true, mrpPaise: true, makeInIndiaClass: true, deliveryDays: true, ratingAverage: true, ratingCount: true,
      category: { select: { name: true, nameHi: true, unit: true } },
      seller: {
        select: {
          id: true, legalName: true, tradeName: true, mseClass: true, isWomenOwned: true, isScStOwned: true, isStartup: true, isShg: true, isArtisan: true, isWeaver: true,
          ratingAverage: true, ratingCount: true, state: { select: { name: true, nameHi: true } },
        },
      },
      images: { orderBy: { sortOrder: "asc" }, take: 1, select: { id: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const rated = row.ratingAverage !== null ? row : row.seller;
    return [{
      id: row.id,
      kind: row.kind,
      title: row.title,
      pricePaise: row.pricePaise,
      mrpPaise: row.mrpPaise,
      unit: row.category.unit,
      category: { name: row.category.name, nameHi: row.category.nameHi },
      seller: { id: row.seller.id, name: row.seller.tradeName ?? row.seller.legalName, state: row.seller.state },
      sellerGroups: sellerGroupsOf(row.seller),
      makeInIndiaClass: row.makeInIndiaClass,
      rating: rated.ratingAverage === null ? null : Number(rated.ratingAverage),
      ratingCount: rated.ratingCount,
      deliveryDays: row.deliveryDays,
      imageId: row.images[0]?.id ?? null,
    }];
  });
}
