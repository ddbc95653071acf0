import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OrderStatus } from "../db/generated/enums";
import { NON_GMV_STATUSES } from "../reporting/definitions";
import type { FinancialYear } from "../reporting/financial-year";

// Building blocks of the portal summaries. Callers pass a `where` already scoped to the
// actor (their organisation, their seller); these functions never widen it.

export type RecentOrder = {
  id: number;
  number: string;
  counterparty: string;
  status: OrderStatus;
  totalPaise: bigint;
  placedAt: Date;
};

export type YearTotals = { orders: number; valuePaise: bigint };

export async function sumOrdersInYear(db: Db, scope: Prisma.OrderWhereInput, year: FinancialYear): Promise<YearTotals> {
  const totals = await db.order.aggregate({
    where: { AND: [scope, { status: { notIn: NON_GMV_STATUSES }, placedAt: { gte: year.start, lt: year.end } }] },
    _count: { _all: true },
    _sum: { totalPaise: true },
  });
  return { orders: totals._count._all, valuePaise: totals._sum.totalPaise ?? 0n };
}

// The counterparty is the other side: the seller for a buyer, the buyer organisation for a seller.
export async function listRecentOrders(
  db: Db,
  scope: Prisma.OrderWhereInput,
  counterparty: "seller" | "buyer",
  take = 5,
): Promise<RecentOrder[]> {
  const orders = await db.order.findMany({
    where: scope,
    orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      number: true,
      status: true,
      totalPaise: true,
      placedAt: true,
      seller: { select: { legalName: true, tradeName: true } },
      buyerOrganisation: { select: { name: true } },
    },
  });
  return orders.map((order) => ({
    id: order.id,
    number: order.number,
    counterparty:
      counterparty === "seller" ? (order.seller.tradeName ?? order.seller.legalName) : order.buyerOrganisation.name,
    status: order.status,
    totalPaise: order.totalPaise,
    placedAt: order.placedAt,
  }));
}
