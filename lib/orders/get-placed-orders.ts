import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";

// The orders a buyer has just placed, for the confirmation page: only the buyer
// organisation's own orders are found, whatever ids the address holds.
export async function getPlacedOrders(db: Db, ctx: ActionContext, orderIds: number[]) {
  const { actor } = requireRole(ctx, "BUYER", "PRIMARY_BUYER", "CONSIGNEE", "PAYING_AUTHORITY");
  if (actor.organisationId === null || orderIds.length === 0) return [];
  return db.order.findMany({
    where: { id: { in: orderIds }, buyerOrganisationId: actor.organisationId },
    orderBy: { id: "asc" },
    select: {
      id: true, number: true, buyingMode: true, totalPaise: true, respondBy: true, l1DeviationReason: true, isSplitSuspected: true,
      seller: { select: { legalName: true, tradeName: true } },
      items: { select: { title: true, quantity: true } },
    },
  });
}

export type PlacedOrder = Awaited<ReturnType<typeof getPlacedOrders>>[number];
