import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";

// One order as its parties see it on its page: lines, delivery, the people named on it, its
// history with actors, the invoice and the payment. Callers pass the actor's scope.
const ORDER_RECORD = {
  id: true, number: true, status: true, buyingMode: true, subtotalPaise: true, taxPaise: true, totalPaise: true,
  placedAt: true, respondBy: true, deliveryDueAt: true, acceptedAt: true, dispatchedAt: true, deliveredAt: true, receivedAt: true,
  goodsAcceptedAt: true, paymentDueAt: true, closedAt: true, statusReason: true, dispatchCarrier: true, dispatchReference: true,
  deliveryAddress: true, budgetHead: true, sanctionReference: true, l1DeviationReason: true, isSplitSuspected: true,
  buyerUserId: true, consigneeUserId: true, payingAuthorityUserId: true, bidId: true, buyerOrganisationId: true,
  buyerOrganisation: { select: { name: true } },
  seller: { select: { legalName: true, tradeName: true, state: { select: { name: true, nameHi: true } } } },
  deliveryState: { select: { name: true, nameHi: true } },
  buyerUser: { select: { name: true, designation: true } },
  consigneeUser: { select: { name: true, designation: true } },
  payingAuthorityUser: { select: { name: true, designation: true } },
  items: { orderBy: { id: "asc" as const }, select: { id: true, listingId: true, title: true, quantity: true, acceptedQuantity: true, unitPricePaise: true, gstRateBps: true, taxPaise: true, totalPaise: true } },
  events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true } } } },
  invoices: { orderBy: { id: "asc" }, select: { id: true, number: true, amountPaise: true, taxPaise: true, status: true, issuedAt: true, dueAt: true } },
  payments: { orderBy: { id: "asc" }, select: { id: true, amountPaise: true, interestPaise: true, daysLate: true, reference: true, paidAt: true } },
  incidents: {
    orderBy: { id: "asc" },
    select: {
      id: true, type: true, status: true, description: true, answer: true, answeredAt: true, resolution: true, createdAt: true, escalatedAt: true, resolvedAt: true,
      raisedBy: { select: { name: true, sellerId: true } }, answeredBy: { select: { name: true } },
    },
  },
  rating: { select: { score: true, timeliness: true, quality: true, comment: true } },
  buyerRating: { select: { paymentSpeed: true, comment: true } },
  sellerId: true,
} satisfies Prisma.OrderSelect;

export type OrderRecord = Prisma.OrderGetPayload<{ select: typeof ORDER_RECORD }>;

export async function readOrderRecord(db: Db, where: Prisma.OrderWhereInput, orderId: number): Promise<OrderRecord> {
  const order = await db.order.findFirst({ where: { AND: [where, { id: orderId }] }, select: ORDER_RECORD });
  if (!order) throw new NotFoundError("Order");
  return order;
}
