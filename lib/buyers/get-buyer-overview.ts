import "server-only";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import type { OrganisationType, VerificationStatus } from "../db/generated/enums";
import { listRecentOrders, sumOrdersInYear, type RecentOrder } from "../orders/order-summaries";
import { financialYearOf } from "../reporting/financial-year";

export type BuyerOverview = {
  organisation: {
    name: string;
    type: OrganisationType;
    stateName: string | null;
    stateNameHi: string | null;
    verificationStatus: VerificationStatus;
    rejectionReasonCode: string | null;
    rejectionNote: string | null;
  };
  financialYear: string;
  ordersThisYear: number;
  valueThisYearPaise: bigint;
  recentOrders: RecentOrder[];
};

// The buyer portal's summary: only the actor's own organisation, never another's.
export async function getBuyerOverview(db: Db, actor: Actor, now = new Date()): Promise<BuyerOverview | null> {
  if (actor.organisationId === null) return null;
  const year = financialYearOf(now);
  const scope = { buyerOrganisationId: actor.organisationId };
  const [organisation, totals, recentOrders] = await Promise.all([
    db.buyerOrganisation.findUnique({
      where: { id: actor.organisationId },
      select: {
        name: true,
        type: true,
        verificationStatus: true,
        rejectionReasonCode: true,
        rejectionNote: true,
        state: { select: { name: true, nameHi: true } },
      },
    }),
    sumOrdersInYear(db, scope, year),
    listRecentOrders(db, scope, "seller"),
  ]);
  if (!organisation) return null;
  return {
    organisation: {
      name: organisation.name,
      type: organisation.type,
      stateName: organisation.state?.name ?? null,
      stateNameHi: organisation.state?.nameHi ?? null,
      verificationStatus: organisation.verificationStatus,
      rejectionReasonCode: organisation.rejectionReasonCode,
      rejectionNote: organisation.rejectionNote,
    },
    financialYear: year.label,
    ordersThisYear: totals.orders,
    valueThisYearPaise: totals.valuePaise,
    recentOrders,
  };
}
