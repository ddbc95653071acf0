import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, requireRole, type ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { partyAccess } from "./order-parties";
import type { RateBuyerInput, RateSellerInput } from "./rating-schemas";
import { refreshSellerRatings } from "./seller-ratings";

// Once an order is paid, the buyer organisation rates the seller (timeliness and quality;
// the overall score, their rounded mean, feeds the catalogue) and the seller rates the
// buyer organisation's payment speed. Each side rates an order once.

async function paidOrder(tx: Tx, where: Prisma.OrderWhereInput, orderId: number) {
  const order = await tx.order.findFirst({ where: { AND: [where, { id: orderId }] }, select: { id: true, status: true, sellerId: true, buyerOrganisationId: true } });
  if (!order) throw new NotFoundError("Order");
  if (order.status !== "PAID") throw new FieldValidationError({ order: "ratings.errors.notPaid" });
  return order;
}

function once<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new FieldValidationError({ order: "ratings.errors.already" });
    throw error;
  });
}

export async function rateSeller(db: Db, ctx: ActionContext, input: RateSellerInput): Promise<{ orderId: number }> {
  const { actor, role } = requireRole(ctx, "BUYER", "CONSIGNEE", "PRIMARY_BUYER");
  if (actor.organisationId === null) throw new NotFoundError("Order");
  const now = nowOf(ctx);
  return once(
    db.$transaction(async (tx) => {
      const order = await paidOrder(tx, { buyerOrganisationId: actor.organisationId! }, input.orderId);
      const score = Math.round((input.timeliness + input.quality) / 2);
      await tx.rating.create({ data: { orderId: order.id, sellerId: order.sellerId, buyerUserId: actor.userId, score, timeliness: input.timeliness, quality: input.quality, comment: input.comment ?? null, createdAt: now } });
      await refreshSellerRatings(tx, { sellerId: order.sellerId });
      await recordAudit(tx, auditActorOf(ctx, role), { action: "orders.rateSeller", entityType: "Order", entityId: order.id, after: { score, timeliness: input.timeliness, quality: input.quality }, organisationId: order.buyerOrganisationId, sellerId: order.sellerId });
      return { orderId: order.id };
    }),
  );
}

export async function rateBuyer(db: Db, ctx: ActionContext, input: RateBuyerInput): Promise<{ orderId: number }> {
  const { actor, role, where } = partyAccess(ctx, "seller");
  const now = nowOf(ctx);
  return once(
    db.$transaction(async (tx) => {
      const order = await paidOrder(tx, where, input.orderId);
      await tx.buyerRating.create({ data: { orderId: order.id, buyerOrganisationId: order.buyerOrganisationId, sellerUserId: actor.userId, paymentSpeed: input.paymentSpeed, comment: input.comment ?? null, createdAt: now } });
      await recordAudit(tx, auditActorOf(ctx, role), { action: "orders.rateBuyer", entityType: "Order", entityId: order.id, after: { paymentSpeed: input.paymentSpeed }, organisationId: order.buyerOrganisationId, sellerId: order.sellerId });
      return { orderId: order.id };
    }),
  );
}
