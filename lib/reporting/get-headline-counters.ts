import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { MSE_CLASSES, NON_GMV_STATUSES } from "./definitions";

export type HeadlineCounters = {
  sellers: number;
  mseSellers: number;
  buyerOrganisations: number;
  listings: number;
  orders: number;
  gmvPaise: bigint;
};

// Narrows the figures to a place: the sellers located there, the orders they won, the
// buyer organisations there. No area means the whole nation.
export type Area = {
  seller: Prisma.SellerWhereInput;
  organisation: Prisma.BuyerOrganisationWhereInput;
  order: Prisma.OrderWhereInput;
};

// The headline figures: verified participants, live listings, and orders that count as GMV.
export async function getHeadlineCounters(db: Db, area?: Area): Promise<HeadlineCounters> {
  const verifiedSeller = { ...area?.seller, verificationStatus: "VERIFIED" } satisfies Prisma.SellerWhereInput;
  const [sellers, mseSellers, buyerOrganisations, listings, orders] = await Promise.all([
    db.seller.count({ where: verifiedSeller }),
    db.seller.count({ where: { ...verifiedSeller, mseClass: { in: MSE_CLASSES } } }),
    db.buyerOrganisation.count({ where: { ...area?.organisation, verificationStatus: "VERIFIED" } }),
    db.listing.count({ where: { status: "APPROVED", ...(area ? { seller: area.seller } : {}) } }),
    db.order.aggregate({
      where: { ...area?.order, status: { notIn: NON_GMV_STATUSES } },
      _count: { _all: true },
      _sum: { totalPaise: true },
    }),
  ]);
  return {
    sellers,
    mseSellers,
    buyerOrganisations,
    listings,
    orders: orders._count._all,
    gmvPaise: orders._sum.totalPaise ?? 0n,
  };
}
