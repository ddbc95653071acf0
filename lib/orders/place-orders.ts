import "server-only";
import { auditActorOf } from "../audit/record-audit";
import { requireRole, nowOf, type ActionContext } from "../auth/context";
import { readCart, type CartOrder } from "../cart/get-cart";
import { findEquivalentOffers } from "../catalogue/compare-offers";
import { L1_MINIMUM_OFFERS } from "../catalogue/equivalence";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError, ForbiddenError } from "../errors";
import { addPlacedOrdersToReports } from "../reporting/update-report-cells";
import { refreshListingSearch } from "../search/refresh-listing-search";
import { DAY_MS, SPLIT_WINDOW_DAYS, buyingModeFor } from "./buying-rules";
import type { CheckoutInput } from "./checkout-schema";
import { insertOrder } from "./insert-order";
import { assertOrderRolesSeparate, eligibleConsignees, eligiblePayingAuthorities } from "./order-roles";

export type PlacedOrders = { orders: { id: number; number: string }[] };

// Checkout: the buyer's cart becomes one order (contract) per seller, in one transaction.
// - Each order's value decides its mode (buying-rules.ts); above the L1 limit nothing is placed.
// - An L1 order's lines must each have at least three equivalent offers delivering to the
//   consignee's state, and the buyer takes the lowest or records why not.
// - Stock is taken with a conditional update: of two buyers racing for the last units, one
//   gets them and the other is refused, never both.
// - The form's key makes a retried or double-clicked submission return the same orders.
export async function placeOrders(db: Db, ctx: ActionContext, input: CheckoutInput): Promise<PlacedOrders> {
  const { actor, role } = requireRole(ctx, "BUYER");
  const organisationId = actor.organisationId;
  if (organisationId === null) throw new ForbiddenError("A buyer without an organisation");
  const placed = await ordersOfKey(db, actor.userId, input.idempotencyKey);
  if (placed.length > 0) return { orders: placed };

  const organisation = await db.buyerOrganisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { verificationStatus: true, stateId: true, department: { select: { ministryId: true } } },
  });
  if (organisation.verificationStatus !== "VERIFIED") throw new ForbiddenError("The buyer organisation is not verified");
  const roles = { buyerUserId: actor.userId, consigneeUserId: input.consigneeUserId, payingAuthorityUserId: input.payingAuthorityUserId };
  assertOrderRolesSeparate(roles);
  const consignees = await eligibleConsignees(db, organisationId);
  if (!consignees.some((user) => user.id === input.consigneeUserId)) throw new FieldValidationError({ consigneeUserId: "forms.errors.choose" });
  const payers = await eligiblePayingAuthorities(db, organisationId, roles);
  if (!payers.some((user) => user.id === input.payingAuthorityUserId)) throw new FieldValidationError({ payingAuthorityUserId: "forms.errors.choose" });
  const consignee = await db.user.findUniqueOrThrow({ where: { id: input.consigneeUserId }, select: { office: { select: { id: true, stateId: true } } } });
  const deliveryStateId = consignee.office?.stateId ?? organisation.stateId;
  if (deliveryStateId === null) throw new FieldValidationError({ consigneeUserId: "checkout.errors.consigneeOffice" });

  const cart = await readCart(db, actor.userId);
  if (cart.orders.length === 0) throw new FieldValidationError({ cart: "checkout.errors.emptyCart" });
  if (cart.orders.some((order) => order.lines.some((line) => !line.isAvailable))) throw new FieldValidationError({ cart: "checkout.errors.unavailable" });
  if (cart.orders.some((order) => order.mode === "BID")) throw new FieldValidationError({ cart: "checkout.errors.needsBid" });
  const deviations = await l1Deviations(db, cart.orders, deliveryStateId);
  if (deviations.size > 0 && !input.l1DeviationReason) throw new FieldValidationError({ l1DeviationReason: "checkout.errors.l1Reason" });

  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      const orders: PlacedOrders["orders"] = [];
      for (const order of cart.orders) {
        await takeStock(tx, order);
        const placedOrder = await insertOrder(tx, { ...auditActorOf(ctx, role), at: now }, {
          mode: order.mode, buyerOrganisationId: organisationId, ministryId: organisation.department.ministryId, buyerStateId: organisation.stateId,
          buyerUserId: actor.userId, consigneeUserId: input.consigneeUserId, payingAuthorityUserId: input.payingAuthorityUserId,
          officeId: consignee.office?.id ?? null, sellerId: order.seller.id,
          deliveryAddress: input.deliveryAddress, deliveryStateId, budgetHead: input.budgetHead, sanctionReference: input.sanctionReference,
          idempotencyKey: `${input.idempotencyKey}:${order.seller.id}`,
          l1DeviationReason: deviations.has(order.seller.id) ? (input.l1DeviationReason ?? null) : null,
          isSplitSuspected: await looksSplit(tx, organisationId, order, now),
          deliveryDays: Math.max(...order.lines.map((line) => line.deliveryDays)),
          lines: order.lines.map((line) => ({
            listingId: line.listingId, categoryId: line.categoryId, title: line.title, quantity: line.quantity,
            unitPricePaise: line.unitPricePaise, unitMrpPaise: line.unitMrpPaise, gstRateBps: line.gstRateBps,
            taxPaise: line.gstPaise, totalPaise: line.valuePaise + line.gstPaise,
          })),
        });
        orders.push(placedOrder);
      }
      await addPlacedOrdersToReports(tx, orders.map((order) => order.id));
      await tx.cartItem.deleteMany({ where: { userId: actor.userId } });
      await refreshListingSearch(tx, { listingIds: cart.orders.flatMap((order) => order.lines.map((line) => line.listingId)) });
      return { orders };
    });
  } catch (error) {
    // The same form sent twice at once: the other request placed the orders.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const placedMeanwhile = await ordersOfKey(db, actor.userId, input.idempotencyKey);
      if (placedMeanwhile.length > 0) return { orders: placedMeanwhile };
    }
    throw error;
  }
}

function ordersOfKey(db: Db, buyerUserId: number, key: string) {
  return db.order.findMany({ where: { buyerUserId, idempotencyKey: { startsWith: `${key}:` } }, orderBy: { id: "asc" }, select: { id: true, number: true } });
}

// The sellers whose L1 orders do not take the lowest offer of every line; an L1 line with
// fewer than three equivalent offers cannot be bought from the catalogue at all.
async function l1Deviations(db: Db, orders: CartOrder[], deliveryStateId: number): Promise<Set<number>> {
  const deviating = new Set<number>();
  for (const order of orders.filter((candidate) => candidate.mode === "L1")) {
    for (const line of order.lines) {
      const { offers } = await findEquivalentOffers(db, line.listingId, { deliveryStateId });
      if (offers.length < L1_MINIMUM_OFFERS) throw new FieldValidationError({ cart: "checkout.errors.fewerOffers" });
      if (!offers[0]?.isThisListing && offers[0]?.pricePaise !== line.unitPricePaise) deviating.add(order.seller.id);
    }
  }
  return deviating;
}

async function takeStock(tx: Tx, order: CartOrder): Promise<void> {
  for (const line of order.lines) {
    const taken = await tx.$executeRaw`UPDATE "Listing" SET "stockQuantity" = "stockQuantity" - ${line.quantity}
      WHERE id = ${line.listingId} AND status = 'APPROVED' AND "stockQuantity" >= ${line.quantity}`;
    if (taken === 0) throw new FieldValidationError({ cart: "checkout.errors.outOfStock" });
  }
}

// One requirement split to stay under a limit: with the organisation's other live orders in
// the same categories over the last SPLIT_WINDOW_DAYS, the value would need a stricter mode.
async function looksSplit(tx: Tx, organisationId: number, order: CartOrder, now: Date): Promise<boolean> {
  const categoryIds = [...new Set(order.lines.map((line) => line.categoryId))];
  const earlier = await tx.order.aggregate({
    where: {
      buyerOrganisationId: organisationId,
      placedAt: { gte: new Date(now.getTime() - SPLIT_WINDOW_DAYS * DAY_MS) },
      status: { notIn: ["CANCELLED", "AUTO_CANCELLED", "REJECTED"] },
      items: { some: { categoryId: { in: categoryIds } } },
    },
    _sum: { totalPaise: true },
    _count: true,
  });
  if (earlier._count === 0) return false;
  return buyingModeFor(order.totalPaise + (earlier._sum.totalPaise ?? 0n)) !== order.mode;
}
