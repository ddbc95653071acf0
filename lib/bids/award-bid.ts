import "server-only";
import { auditActorOf, recordAudit } from "../audit/record-audit";
import { nowOf, type ActionContext } from "../auth/context";
import type { Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { FieldValidationError } from "../errors";
import { insertOrder } from "../orders/insert-order";
import { eligiblePayingAuthorities } from "../orders/order-roles";
import { addPlacedOrdersToReports } from "../reporting/update-report-cells";
import { buyerOfBid } from "./bid-access";
import { settleBid } from "./bid-clock";
import { offeringSellerIds, tellBidSellers } from "./bid-notifications";
import type { AwardInput } from "./bid-schemas";
import { planAward, type AwardLine } from "./award-plan";
import { qualifiedOffers } from "./open-financial";
import { auctionParticipants } from "./reverse-auction";

// The award: the plan (award-plan.ts) becomes one order per awarded seller, placed through the
// ordering lifecycle with the bid referenced, in one transaction. When the bid has a reverse
// auction that could run (two or more qualified offers), it must have run first. The form's
// key makes a double submission award once.
export async function awardBid(db: Db, ctx: ActionContext, input: AwardInput): Promise<{ orders: { id: number; number: string }[] }> {
  const { actor, role } = await buyerOfBid(db, ctx, input.bidId);
  const placed = await ordersOfKey(db, input.bidId, input.idempotencyKey);
  if (placed.length > 0) return { orders: placed };
  const now = nowOf(ctx);
  try {
    return await db.$transaction(async (tx) => {
      await settleBid(tx, input.bidId, now);
      const bid = await tx.bid.findUniqueOrThrow({
        where: { id: input.bidId },
        include: {
          items: { orderBy: { id: "asc" } },
          buyerOrganisation: { select: { stateId: true, department: { select: { ministryId: true } } } },
          consignee: { select: { id: true, office: { select: { id: true, stateId: true } } } },
        },
      });
      if (bid.status !== "FINANCIAL_EVALUATION") throw new FieldValidationError({ form: "bids.errors.notReadyToAward" });
      const { items, offers } = await qualifiedOffers(tx, bid.id);
      if (bid.hasReverseAuction && !bid.auctionStartedAt && bid.reverseAuctionRule && auctionParticipants(offers, bid.reverseAuctionRule).length > 0) {
        throw new FieldValidationError({ form: "bids.errors.auctionFirst" });
      }
      const consigneeUserId = bid.consigneeUserId ?? bid.createdById;
      const payers = await eligiblePayingAuthorities(tx, bid.buyerOrganisationId, { buyerUserId: actor.userId, consigneeUserId });
      if (!payers.some((user) => user.id === input.payingAuthorityUserId)) throw new FieldValidationError({ payingAuthorityUserId: "forms.errors.choose" });
      const deliveryStateId = bid.consignee?.office?.stateId ?? bid.buyerOrganisation.stateId;
      if (deliveryStateId === null || bid.categoryId === null) throw new FieldValidationError({ form: "bids.errors.notReadyToAward" });

      const plan = planAward({ items, method: bid.evaluationMethod, hasMsePreference: bid.hasMsePreference, hasMakeInIndiaPreference: bid.hasMakeInIndiaPreference, offers });
      const byOffer = new Map<number, AwardLine[]>();
      for (const line of plan) byOffer.set(line.offerId, [...(byOffer.get(line.offerId) ?? []), line]);
      const orders: { id: number; number: string }[] = [];
      for (const [offerId, lines] of byOffer) {
        const offer = offers.find((candidate) => candidate.offerId === offerId)!;
        orders.push(await insertOrder(tx, { ...auditActorOf(ctx, role), at: now }, {
          mode: "BID", bidId: bid.id, buyerOrganisationId: bid.buyerOrganisationId, ministryId: bid.buyerOrganisation.department.ministryId,
          buyerStateId: bid.buyerOrganisation.stateId, buyerUserId: actor.userId, consigneeUserId, payingAuthorityUserId: input.payingAuthorityUserId,
          officeId: bid.consignee?.office?.id ?? null, sellerId: offer.sellerId, deliveryAddress: bid.deliveryAddress, deliveryStateId,
          budgetHead: input.budgetHead, sanctionReference: bid.number, idempotencyKey: `${input.idempotencyKey}:${offerId}`, deliveryDays: bid.deliveryDays,
          lines: lines.map((line) => {
            const item = bid.items.find((candidate) => candidate.id === line.itemId)!;
            const valuePaise = (line.linePaise * 10_000n * 2n + BigInt(10_000 + item.gstRateBps)) / (2n * BigInt(10_000 + item.gstRateBps));
            return {
              listingId: null, categoryId: bid.categoryId!, title: item.title, quantity: line.quantity,
              unitPricePaise: (valuePaise * 2n + BigInt(line.quantity)) / (2n * BigInt(line.quantity)),
              unitMrpPaise: item.estimatedUnitPricePaise ?? 0n, gstRateBps: item.gstRateBps,
              taxPaise: line.linePaise - valuePaise, totalPaise: line.linePaise,
            };
          }),
        }));
      }
      await addPlacedOrdersToReports(tx, orders.map((order) => order.id));
      await tx.bid.update({ where: { id: bid.id }, data: { status: "AWARDED", awardedAt: now } });
      await recordAudit(tx, auditActorOf(ctx, role), {
        action: "bids.award", entityType: "Bid", entityId: bid.id, organisationId: bid.buyerOrganisationId,
        after: { orders: orders.map((order) => order.number), lines: plan.map((line) => ({ offerId: line.offerId, itemId: line.itemId, quantity: line.quantity, reason: line.reason })) },
      });
      await tellBidSellers(tx, bid, await offeringSellerIds(tx, bid.id), "awarded", now);
      return { orders };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const placedMeanwhile = await ordersOfKey(db, input.bidId, input.idempotencyKey);
      if (placedMeanwhile.length > 0) return { orders: placedMeanwhile };
    }
    throw error;
  }
}

// What the award would place now, for the buyer to read before awarding: the same plan.
export async function previewAward(db: Db, ctx: ActionContext, bidId: number): Promise<AwardLine[]> {
  await buyerOfBid(db, ctx, bidId);
  const bid = await db.bid.findUniqueOrThrow({ where: { id: bidId }, select: { status: true, evaluationMethod: true, hasMsePreference: true, hasMakeInIndiaPreference: true } });
  if (bid.status !== "FINANCIAL_EVALUATION") return [];
  const { items, offers } = await qualifiedOffers(db, bidId);
  return planAward({ items, offers, method: bid.evaluationMethod, hasMsePreference: bid.hasMsePreference, hasMakeInIndiaPreference: bid.hasMakeInIndiaPreference });
}

function ordersOfKey(db: Db, bidId: number, key: string) {
  return db.order.findMany({ where: { bidId, idempotencyKey: { startsWith: `${key}:` } }, orderBy: { id: "asc" }, select: { id: true, number: true } });
}
