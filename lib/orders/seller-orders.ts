import "server-only";
import { requireRole, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";

// A seller's orders: those waiting for its answer (soonest deadline first), then the latest
// others. Only the seller's own users see them.

function sellerOf(ctx: ActionContext): number {
  const { actor } = requireRole(ctx, "SELLER_ADMIN", "SELLER_STAFF");
  if (actor.sellerId === null) throw new NotFoundError("Order");
  return actor.sellerId;
}

const SUMMARY = {
  id: true, number: true, status: true, buyingMode: true, totalPaise: true, placedAt: true, respondBy: true,
  buyerOrganisation: { select: { name: true } },
} as const;

export async function listSellerOrders(db: Db, ctx: ActionContext) {
  const sellerId = sellerOf(ctx);
  const [waiting, recent] = await Promise.all([
    db.order.findMany({ where: { sellerId, status: "PLACED" }, orderBy: [{ respondBy: "asc" }, { id: "asc" }], take: 100, select: SUMMARY }),
    db.order.findMany({ where: { sellerId, status: { not: "PLACED" } }, orderBy: [{ placedAt: "desc" }, { id: "desc" }], take: 20, select: SUMMARY }),
  ]);
  return { waiting, recent };
}

export type SellerOrderSummary = Awaited<ReturnType<typeof listSellerOrders>>["waiting"][number];

export async function getSellerOrder(db: Db, ctx: ActionContext, orderId: number) {
  const sellerId = sellerOf(ctx);
  const order = await db.order.findFirst({
    where: { id: orderId, sellerId },
    select: {
      ...SUMMARY, subtotalPaise: true, taxPaise: true, deliveryAddress: true, statusReason: true,
      deliveryState: { select: { name: true, nameHi: true } },
      consigneeUser: { select: { name: true, designation: true } },
      items: { orderBy: { id: "asc" }, select: { id: true, title: true, quantity: true, unitPricePaise: true, gstRateBps: true, totalPaise: true } },
    },
  });
  if (!order) throw new NotFoundError("Order");
  return order;
}

export type SellerOrder = Awaited<ReturnType<typeof getSellerOrder>>;
