import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { OrderStatus, OrganisationType } from "../db/generated/enums";
import { NON_GMV_STATUSES } from "../reporting/definitions";
import { financialYearOf } from "../reporting/financial-year";

export type RecentOrder = {
  id: number;
  number: string;
  counterparty: string;
  status: OrderStatus;
  totalPaise: bigint;
  placedAt: Date;
};

export type BuyerOverview = {
  organisation: { name: string; type: OrganisationType; stateName: string | null; stateNameHi: string | null };
  financialYear: string;
  ordersThisYear: number;
  valueThisYearPaise: bigint;
  recentOrders: RecentOrder[];
};

// The buyer portal's summary: only the actor's own organisation, never another's.
export async function getBuyerOverview(db: Db, actor: Actor, now = new Date()): Promise<BuyerOverview | null> {
  if (actor.organisationId === null) return null;
  const organisationId = actor.organisationId;
  const year = financialYearOf(now);
  const [organisation, totals, recent] = await Promise.all([
    db.buyerOrganisation.findUnique({
      where: { id: organisationId },
      select: { name: true, type: true, state: { select: { name: true, nameHi: true } } },
    }),
    db.order.aggregate({
      where: {
        buyerOrganisationId: organisationId,
        status: { notIn: NON_GMV_STATUSES },
        placedAt: { gte: year.start, lt: year.end },
      },
      _count: { _all: true },
      _sum: { totalPaise: true },
    }),
    db.order.findMany({
      where: { buyerOrganisationId: organisationId },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      take: 5,
      select: {
        id: true,
        number: true,
        status: true,
        totalPaise: true,
        placedAt: true,
        seller: { select: { legalName: true, tradeName: true } },
      },
    }),
  ]);
  if (!organisation) return null;
  return {
    organisation: {
      name: organisation.name,
      type: organisation.type,
      stateName: organisation.state?.name ?? null,
      stateNameHi: organisation.state?.nameHi ?? null,
    },
    financialYear: year.label,
    ordersThisYear: totals._count._all,
    valueThisYearPaise: totals._sum.totalPaise ?? 0n,
    recentOrders: recent.map((order) => ({
      id: order.id,
      number: order.number,
      counterparty: order.seller.tradeName ?? order.seller.legalName,
      status: order.status,
      totalPaise: order.totalPaise,
      placedAt: order.placedAt,
    })),
  };
}
