import "server-only";
import type { Db } from "../db/client";
import { MSE_CLASSES, NON_GMV_STATUSES } from "./definitions";

export type HeadlineCounters = {
  sellers: number;
  mseSellers: number;
  buyerOrganisations: number;
  listings: number;
  orders: number;
  gmvPaise: bigint;
};

// The public headline figures: verified participants, live listings, and orders that count as GMV.
export async function getHeadlineCounters(db: Db): Promise<HeadlineCounters> {
  const orderWhere = { status: { notIn: NON_GMV_STATUSES } };
  const [sellers, mseSellers, buyerOrganisations, listings, orders] = await Promise.all([
    db.seller.count({ where: { verificationStatus: "VERIFIED" } }),
    db.seller.count({ where: { verificationStatus: "VERIFIED", mseClass: { in: MSE_CLASSES } } }),
    db.buyerOrganisation.count({ where: { verificationStatus: "VERIFIED" } }),
    db.listing.count({ where: { status: "APPROVED" } }),
    db.order.aggregate({ where: orderWhere, _count: { _all: true }, _sum: { totalPaise: true } }),
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
