import type { BuyingMode, OrderStatus } from "../../lib/db/generated/enums";
import type { BuyerOrganisation } from "./buyers";
import type { Actor, OrderDates } from "./order-lifecycle";
import type { Random } from "./random";
import { DAY_MS, HOUR_MS, financialYearCode, padNumber } from "./seed-config";
import type { SeedContext } from "./seed-context";
import type { SellerRef } from "./sellers";

// Writes one order and everything its history implies: items, one event per transition
// (actor = the user of the role that made it), the invoice, the payment with late-payment
// interest, a rating, an incident where something went wrong, and the seller's alerts.

export type OrderLine = {
  listingId: number;
  categoryId: number;
  title: string;
  quantity: number;
  unitPricePaise: number;
  unitMrpPaise: number;
  gstRateBps: number;
  taxPaise: number;
  totalPaise: number;
};

export type OrderDraft = {
  id: number;
  number: string;
  mode: BuyingMode;
  organisation: BuyerOrganisation;
  seller: SellerRef;
  bidId: number | null;
  lines: OrderLine[];
  subtotalPaise: number;
  taxPaise: number;
  totalPaise: number;
  mrpTotalPaise: number;
  placedAtMs: number;
  dates: OrderDates;
  l1DeviationReason: string | null;
  isSplitSuspected: boolean;
};

const BUDGET_HEADS = ["Office Expenses", "Supplies and Materials", "Machinery and Equipment", "Minor Works", "Professional Services", "Other Charges"];
const PRAISE = ["Delivered on time and as specified.", "Good quality, well packed.", "Prompt service and clear invoice.", "Excellent product from a local enterprise."];
const COMPLAINTS = ["Acceptable, but delivery was slow.", "Quality below expectation for the price.", "Invoice had to be corrected twice."];

// Interest on late payment: 1 % a month of the overdue amount, for each day late (30-day month).
export function latePaymentInterest(overduePaise: number, daysLate: number): number {
  return Math.round((overduePaise * daysLate) / 3000);
}

export function writeOrder(ctx: SeedContext, random: Random, draft: OrderDraft): void {
  const { tables } = ctx;
  const { organisation: org, seller, dates } = draft;
  tables.order.push({
    id: draft.id, number: draft.number, buyingMode: draft.mode, status: dates.status, buyerOrganisationId: org.id,
    buyerUserId: org.buyerUserId, consigneeUserId: org.consigneeUserId, payingAuthorityUserId: org.payingUserId, officeId: org.officeId,
    sellerId: seller.id, bidId: draft.bidId, ministryId: org.ministryId, buyerStateId: org.stateId, sellerStateId: seller.state.id,
    sellerDistrictId: seller.district.id, sellerBlockId: seller.blockId, sellerMseClass: seller.mseClass,
    sellerIsWomenOwned: seller.isWomenOwned, sellerIsScStOwned: seller.isScStOwned, sellerIsShg: seller.isShg,
    subtotalPaise: draft.subtotalPaise, taxPaise: draft.taxPaise, totalPaise: draft.totalPaise, mrpTotalPaise: draft.mrpTotalPaise,
    deliveryAddress: org.deliveryAddress, deliveryStateId: org.officeStateId, budgetHead: random.pick(BUDGET_HEADS),
    sanctionReference: `No. ${random.int(1, 999)}/${random.int(10, 99)}/${financialYearCode(draft.placedAtMs)}`,
    l1DeviationReason: draft.l1DeviationReason, isSplitSuspected: draft.isSplitSuspected, statusReason: dates.statusReason,
    placedAt: draft.placedAtMs, respondBy: dates.respondByMs, deliveryDueAt: dates.deliveryDueMs, acceptedAt: dates.acceptedAtMs,
    dispatchedAt: dates.dispatchedAtMs, deliveredAt: dates.deliveredAtMs, receivedAt: dates.receivedAtMs,
    goodsAcceptedAt: dates.goodsAcceptedAtMs, paymentDueAt: dates.paymentDueMs, closedAt: dates.closedAtMs,
  });
  const accepted = dates.goodsAcceptedAtMs !== null;
  for (const line of draft.lines) {
    tables.orderItem.push({
      id: tables.orderItem.nextId(), orderId: draft.id, listingId: line.listingId, categoryId: line.categoryId, title: line.title,
      quantity: line.quantity, acceptedQuantity: accepted ? line.quantity : dates.status === "GOODS_REJECTED" ? 0 : null,
      unitPricePaise: line.unitPricePaise, unitMrpPaise: line.unitMrpPaise, gstRateBps: line.gstRateBps, taxPaise: line.taxPaise, totalPaise: line.totalPaise,
    });
  }
  const actorIds: Record<Actor, number | null> = {
    buyer: org.buyerUserId, seller: seller.adminUserId, consignee: org.consigneeUserId, paying: org.payingUserId, system: null,
  };
  let previous: OrderStatus | null = null;
  for (const step of dates.steps) {
    tables.orderEvent.push({ id: tables.orderEvent.nextId(), orderId: draft.id, fromStatus: previous, toStatus: step.status, actorUserId: actorIds[step.actor], note: step.note, createdAt: step.atMs });
    previous = step.status;
  }
  writeInvoiceAndPayment(ctx, random, draft);
  writeAftermath(ctx, random, draft);
}

function writeInvoiceAndPayment(ctx: SeedContext, random: Random, draft: OrderDraft): void {
  const { tables } = ctx;
  const { dates } = draft;
  if (dates.invoicedAtMs === null || dates.paymentDueMs === null) return;
  const invoiceId = tables.invoice.nextId();
  tables.invoice.push({
    id: invoiceId, number: `INV/${financialYearCode(dates.invoicedAtMs)}/${padNumber(draft.id, 8)}`, orderId: draft.id, sellerId: draft.seller.id,
    amountPaise: draft.totalPaise, taxPaise: draft.taxPaise, status: dates.paidAtMs === null ? "RAISED" : "PAID", issuedAt: dates.invoicedAtMs, dueAt: dates.paymentDueMs,
  });
  if (dates.paidAtMs === null) return;
  const daysLate = Math.max(0, Math.ceil((dates.paidAtMs - dates.paymentDueMs) / DAY_MS));
  tables.payment.push({
    id: tables.payment.nextId(), invoiceId, orderId: draft.id, amountPaise: draft.totalPaise,
    interestPaise: latePaymentInterest(draft.totalPaise, daysLate), daysLate,
    reference: `PFMS${financialYearCode(dates.paidAtMs)}${padNumber(draft.id, 10)}${random.letters(2)}`,
    paidAt: dates.paidAtMs, recordedById: draft.organisation.payingUserId, createdAt: dates.paidAtMs,
  });
}

function writeAftermath(ctx: SeedContext, random: Random, draft: OrderDraft): void {
  const { tables, nowMs } = ctx;
  const { dates, seller, organisation: org } = draft;
  if (dates.paidAtMs !== null && random.chance(0.35)) {
    const score = random.weighted([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]] as const);
    tables.rating.push({
      id: tables.rating.nextId(), orderId: draft.id, sellerId: seller.id, buyerUserId: org.buyerUserId, score, timeliness: score, quality: score,
      comment: random.chance(0.4) ? random.pick(score >= 4 ? PRAISE : COMPLAINTS) : null,
      createdAt: Math.min(dates.paidAtMs + random.int(1, 240) * HOUR_MS, nowMs),
    });
  }
  const incident = pickIncident(random, draft);
  if (incident) {
    const isOld = nowMs - incident.atMs > 45 * DAY_MS;
    const status = isOld ? random.weighted([["RESOLVED", 80], ["DISMISSED", 20]] as const) : random.weighted([["OPEN", 50], ["UNDER_REVIEW", 40], ["RESOLVED", 10]] as const);
    const resolvedAtMs = status === "RESOLVED" || status === "DISMISSED" ? Math.min(incident.atMs + random.int(2, 40) * DAY_MS, nowMs) : null;
    tables.incident.push({
      id: tables.incident.nextId(), orderId: draft.id, sellerId: seller.id, raisedById: incident.raisedById, type: incident.type, status,
      description: incident.description, resolution: status === "RESOLVED" ? "Settled between buyer and seller after review." : status === "DISMISSED" ? "No breach of the contract terms found." : null,
      createdAt: incident.atMs, resolvedAt: resolvedAtMs,
    });
  }
  // The seller's alerts for the last month: new orders and payments received, with the
  // parameters of their messages (notifications.kinds.*) so that they read in Hindi too.
  const params = { orderNumber: draft.number, organisationName: org.name, amount: `Rs ${Math.round(draft.totalPaise / 100).toLocaleString("en-IN")}` };
  if (nowMs - draft.placedAtMs < 30 * DAY_MS) {
    tables.notification.push({
      id: tables.notification.nextId(), userId: seller.adminUserId, kind: "ORDER_PLACED", params, title: `New order ${draft.number}`,
      body: `${org.name} placed an order worth ${params.amount}.`,
      link: "/seller", readAt: dates.status === "PLACED" ? null : (dates.acceptedAtMs ?? dates.closedAtMs), createdAt: draft.placedAtMs,
    });
  }
  if (dates.paidAtMs !== null && nowMs - dates.paidAtMs < 30 * DAY_MS) {
    tables.notification.push({
      id: tables.notification.nextId(), userId: seller.adminUserId, kind: "PAYMENT_RECEIVED", params, title: `Payment received for ${draft.number}`,
      body: `${params.amount} credited by ${org.name}.`, link: "/seller",
      readAt: random.chance(0.5) ? Math.min(dates.paidAtMs + random.int(1, 72) * HOUR_MS, nowMs) : null, createdAt: dates.paidAtMs,
    });
  }
}

function pickIncident(random: Random, draft: OrderDraft) {
  const { dates, organisation: org, seller } = draft;
  if (dates.status === "GOODS_REJECTED" && dates.closedAtMs !== null && random.chance(0.5)) {
    return { type: "QUALITY_ISSUE" as const, raisedById: org.consigneeUserId, atMs: dates.closedAtMs, description: dates.statusReason ?? "Goods rejected on inspection." };
  }
  if (dates.deliveredAtMs !== null && dates.deliveredAtMs > dates.deliveryDueMs + 5 * DAY_MS && random.chance(0.3)) {
    return { type: "DELIVERY_DELAY" as const, raisedById: org.buyerUserId, atMs: dates.deliveryDueMs + DAY_MS, description: "Goods not delivered by the delivery date in the contract." };
  }
  if (dates.paidAtMs !== null && dates.paymentDueMs !== null && dates.paidAtMs - dates.paymentDueMs > 30 * DAY_MS && random.chance(0.3)) {
    return { type: "PAYMENT_DELAY" as const, raisedById: seller.adminUserId, atMs: dates.paymentDueMs + 20 * DAY_MS, description: "Payment not received within the due date after acceptance of goods." };
  }
  return null;
}
