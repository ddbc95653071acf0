import "server-only";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import type { Tx } from "../db/client";
import type { BuyingMode } from "../db/generated/enums";
import { financialYearCode } from "../reporting/financial-year";
import { DAY_MS, SELLER_RESPONSE_DAYS } from "./buying-rules";
import { LIFECYCLE_ORDER } from "./move-order";
import { tellOrderParties } from "./order-notifications";

export type NewOrderLine = {
  listingId: number | null;
  categoryId: number;
  title: string;
  quantity: number;
  unitPricePaise: bigint;
  unitMrpPaise: bigint;
  gstRateBps: number;
  taxPaise: bigint;
  totalPaise: bigint;
};

export type NewOrder = {
  mode: BuyingMode;
  buyerOrganisationId: number;
  ministryId: number | null;
  buyerStateId: number | null;
  buyerUserId: number;
  consigneeUserId: number;
  payingAuthorityUserId: number;
  officeId: number | null;
  sellerId: number;
  bidId?: number;
  deliveryAddress: string;
  deliveryStateId: number;
  budgetHead: string;
  sanctionReference?: string | null;
  idempotencyKey: string;
  l1DeviationReason?: string | null;
  isSplitSuspected?: boolean;
  deliveryDays: number;
  lines: NewOrderLine[];
};

// One order (contract) placed with one seller, however it was bought (the cart's checkout or
// a bid's award): its number, the snapshots reports read, its first event, the seller's
// notification and the audit record. The caller adds it to the reports in the same transaction.
export async function insertOrder(tx: Tx, by: AuditActor & { at: Date }, order: NewOrder): Promise<{ id: number; number: string }> {
  const now = by.at;
  const [{ id }] = (await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"Order"', 'id')) AS id`) as [{ id: bigint }];
  const number = `KRY-${financialYearCode(now)}-${String(id).padStart(8, "0")}`;
  const seller = await tx.seller.findUniqueOrThrow({
    where: { id: order.sellerId },
    select: { stateId: true, districtId: true, blockId: true, mseClass: true, isWomenOwned: true, isScStOwned: true, isShg: true },
  });
  const sum = (pick: (line: NewOrderLine) => bigint) => order.lines.reduce((total, line) => total + pick(line), 0n);
  const totalPaise = sum((line) => line.totalPaise);
  const taxPaise = sum((line) => line.taxPaise);
  const created = await tx.order.create({
    select: LIFECYCLE_ORDER,
    data: {
      id: Number(id), number, buyingMode: order.mode, status: "PLACED", buyerOrganisationId: order.buyerOrganisationId,
      buyerUserId: order.buyerUserId, consigneeUserId: order.consigneeUserId, payingAuthorityUserId: order.payingAuthorityUserId,
      officeId: order.officeId, sellerId: order.sellerId, bidId: order.bidId ?? null, ministryId: order.ministryId, buyerStateId: order.buyerStateId,
      sellerStateId: seller.stateId, sellerDistrictId: seller.districtId, sellerBlockId: seller.blockId, sellerMseClass: seller.mseClass,
      sellerIsWomenOwned: seller.isWomenOwned, sellerIsScStOwned: seller.isScStOwned, sellerIsShg: seller.isShg,
      subtotalPaise: totalPaise - taxPaise, taxPaise, totalPaise,
      mrpTotalPaise: order.lines.reduce((total, line) => total + line.unitMrpPaise * BigInt(line.quantity), 0n),
      deliveryAddress: order.deliveryAddress, deliveryStateId: order.deliveryStateId, budgetHead: order.budgetHead, sanctionReference: order.sanctionReference ?? null,
      idempotencyKey: order.idempotencyKey, l1DeviationReason: order.l1DeviationReason ?? null, isSplitSuspected: order.isSplitSuspected ?? false,
      placedAt: now, respondBy: new Date(now.getTime() + SELLER_RESPONSE_DAYS * DAY_MS), deliveryDueAt: new Date(now.getTime() + order.deliveryDays * DAY_MS),
      items: { create: order.lines },
      events: { create: { toStatus: "PLACED", actorUserId: order.buyerUserId, createdAt: now } },
    },
  });
  await tellOrderParties(tx, created, "placed", now, { date: created.respondBy });
  await recordAudit(tx, by, {
    action: "orders.place", entityType: "Order", entityId: Number(id),
    after: { number, mode: order.mode, totalPaise, sellerId: order.sellerId, ...(order.bidId ? { bidId: order.bidId } : {}) },
  });
  return { id: Number(id), number };
}
