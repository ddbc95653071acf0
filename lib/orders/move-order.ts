import "server-only";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { OrderStatus } from "../db/generated/enums";
import { FieldValidationError, NotFoundError } from "../errors";
import { moveOrderInReports } from "../reporting/update-report-cells";
import { eventOfStatus, tellOrderParties, type NotifiedOrder, type OrderNews } from "./order-notifications";

export const LIFECYCLE_ORDER = {
  id: true, number: true, status: true, sellerId: true, buyerOrganisationId: true, buyerUserId: true, consigneeUserId: true,
  payingAuthorityUserId: true, buyerStateId: true, sellerStateId: true, respondBy: true, deliveryDueAt: true, receivedAt: true, goodsAcceptedAt: true,
  paymentDueAt: true, totalPaise: true,
  buyerOrganisation: { select: { name: true } },
  seller: { select: { legalName: true, tradeName: true } },
} as const;

export type LifecycleOrder = Prisma.OrderGetPayload<{ select: typeof LIFECYCLE_ORDER }> & NotifiedOrder;

// The order as the actor may see it (where: their party's scope, lib/orders/order-parties.ts).
export async function findOrderIn(tx: Tx, where: Prisma.OrderWhereInput, orderId: number): Promise<LifecycleOrder> {
  const order = await tx.order.findFirst({ where: { AND: [where, { id: orderId }] }, select: LIFECYCLE_ORDER });
  if (!order) throw new NotFoundError("Order");
  return order;
}

export type Move = {
  from: OrderStatus[];
  to: OrderStatus;
  data?: Prisma.OrderUpdateManyMutationInput;
  note?: string | null;
  action: string;
  // What the next party is told besides the step: its deadline, the reason and a note.
  tell?: OrderNews;
};

// One step of the order's lifecycle: a conditional update (so two people, or the scheduler
// and a person, never both move the same order), its history event with time and actor, its
// audit event, the reporting rollups, and word to whoever acts next. A refused step changes nothing.
export async function moveOrder(tx: Tx, order: LifecycleOrder, move: Move, by: AuditActor, now: Date): Promise<void> {
  if (!move.from.includes(order.status)) throw new FieldValidationError({ order: "orderLifecycle.errors.wrongState" });
  const changed = await tx.order.updateMany({ where: { id: order.id, status: { in: move.from } }, data: { ...move.data, status: move.to } });
  if (changed.count === 0) throw new FieldValidationError({ order: "orderLifecycle.errors.wrongState" });
  await moveOrderInReports(tx, order.id, order.status, move.to);
  await tx.orderEvent.create({ data: { orderId: order.id, fromStatus: order.status, toStatus: move.to, actorUserId: by.userId, note: move.note ?? null, createdAt: now } });
  await recordAudit(tx, by, {
    action: move.action, entityType: "Order", entityId: order.id,
    before: { status: order.status }, after: { status: move.to, ...(move.note ? { note: move.note } : {}) },
    organisationId: order.buyerOrganisationId, sellerId: order.sellerId, place: { stateId: order.buyerStateId },
  });
  await tellOrderParties(tx, order, eventOfStatus(move.to), now, move.tell);
}

// Units of a cancelled or rejected order go back on sale (a bid's lines have no listing).
export async function returnStock(tx: Tx, orderId: number): Promise<number[]> {
  const items = await tx.orderItem.findMany({ where: { orderId, listingId: { not: null } }, select: { listingId: true, quantity: true } });
  const listingIds: number[] = [];
  for (const { listingId, quantity } of items) {
    if (listingId === null) continue;
    await tx.listing.update({ where: { id: listingId }, data: { stockQuantity: { increment: quantity } } });
    listingIds.push(listingId);
  }
  return listingIds;
}
