import { describe, expect, it } from "vitest";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { runJobs } from "@/lib/jobs/run-jobs";
import { getBuyerOrder, listBuyerOrders } from "@/lib/orders/buyer-orders";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { CancelOrderSchema } from "@/lib/orders/order-lifecycle-schemas";
import { dispatchOrder, markDelivered, raiseInvoice } from "@/lib/orders/fulfil-order";
import { acceptGoods, recordReceipt, rejectGoods } from "@/lib/orders/receive-goods";
import { recordPayment } from "@/lib/orders/record-payment";
import { acceptOrder } from "@/lib/orders/respond-to-order";
import { listSellerOrders } from "@/lib/orders/seller-orders";
import { countOrdersWaiting } from "@/lib/orders/orders-waiting-count";
import type { ActionContext } from "@/lib/auth/context";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, contextOf } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const DAY = 86_400_000;
const at = (ctx: ActionContext, now: Date): ActionContext => ({ ...ctx, now });
const statusOf = async (orderId: number) => (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;
const kindsFor = async (orderId: number) =>
  (await db().notification.findMany({ where: { link: { endsWith: `/orders/${orderId}` } }, orderBy: { id: "asc" }, select: { kind: true } })).map((row) => row.kind);

// Moves a freshly placed order to the given step, each party acting at `now`.
async function orderAt(step: "accepted" | "dispatched" | "received" | "goodsAccepted" | "invoiced", now = new Date(), listingId?: number) {
  const order = await placeDirectOrder(db(), 3, listingId);
  const { orderId } = order;
  await acceptOrder(db(), at(order.seller, now), { orderId });
  if (step === "accepted") return order;
  await dispatchOrder(db(), at(order.seller, now), { orderId, carrier: "India Post", reference: "EK123456789IN" });
  if (step === "dispatched") return order;
  await recordReceipt(db(), at(order.consignee, now), { orderId });
  if (step === "received") return order;
  const items = await db().orderItem.findMany({ where: { orderId }, orderBy: { id: "asc" } });
  await acceptGoods(db(), at(order.consignee, now), { orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity) });
  if (step === "goodsAccepted") return order;
  await raiseInvoice(db(), at(order.seller, now), { orderId, invoiceNumber: `INV-${orderId}` });
  return order;
}

describe("an order from placement to payment", () => {
  it("goes through every step by the right party, with history, audit and word to whoever acts next", async () => {
    const order = await placeDirectOrder(db());
    const { orderId } = order;
    await acceptOrder(db(), order.seller, { orderId });
    await dispatchOrder(db(), order.seller, { orderId, carrier: "India Post", reference: "EK123456789IN" });
    const consigneeWaiting = (await listBuyerOrders(db(), order.consignee)).waiting;
    expect(consigneeWaiting.find((row) => row.id === orderId)?.step).toBe("receive");
    expect(await countOrdersWaiting(db(), order.consignee.actor!)).toBe(consigneeWaiting.length);
    expect(await countOrdersWaiting(db(), order.seller.actor!)).toBe((await listSellerOrders(db(), order.seller)).waiting.length);
    await markDelivered(db(), order.seller, { orderId });
    await recordReceipt(db(), order.consignee, { orderId });
    expect((await listBuyerOrders(db(), order.consignee)).waiting.find((row) => row.id === orderId)?.step).toBe("decideGoods");
    const items = await db().orderItem.findMany({ where: { orderId } });
    await acceptGoods(db(), order.consignee, { orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity) });
    expect((await listSellerOrders(db(), order.seller)).waiting.find((row) => row.id === orderId)?.step).toBe("invoice");
    await raiseInvoice(db(), order.seller, { orderId, invoiceNumber: `INV/26-27/${orderId}` });
    expect((await listBuyerOrders(db(), order.paying)).waiting.find((row) => row.id === orderId)?.step).toBe("pay");
    const paid = await recordPayment(db(), order.paying, { orderId, reference: "UTR SBIN0000123456" });
    expect(paid).toMatchObject({ daysLate: 0, interestPaise: 0n });

    const record = await db().order.findUniqueOrThrow({ where: { id: orderId }, include: { events: { orderBy: { id: "asc" } }, invoices: true, payments: true } });
    expect(record.events.map((event) => event.toStatus)).toEqual(["PLACED", "ACCEPTED", "DISPATCHED", "DELIVERED", "RECEIVED", "GOODS_ACCEPTED", "INVOICED", "PAID"]);
    expect(record.events.every((event) => event.actorUserId !== null)).toBe(true);
    expect(record.dispatchReference).toBe("EK123456789IN");
    expect(record.invoices[0]).toMatchObject({ amountPaise: record.totalPaise, taxPaise: record.taxPaise, status: "PAID" });
    expect(record.payments[0]).toMatchObject({ amountPaise: record.totalPaise, daysLate: 0, interestPaise: 0n });
    expect(await db().auditEvent.count({ where: { entityType: "Order", entityId: String(orderId) } })).toBe(8);
    expect(await kindsFor(orderId)).toEqual(expect.arrayContaining(["order.placed", "order.accepted", "order.dispatched", "order.delivered", "order.received", "order.goodsAccepted", "order.invoiced", "order.paid"]));
    const invoiced = await db().notification.findFirstOrThrow({ where: { kind: "order.invoiced", link: `/buyer/orders/${orderId}` } });
    expect(invoiced.userId).toBe(order.paying.actor!.userId);
    expect(invoiced.title).toContain(record.number);
  });

  it("refuses the wrong role, the wrong organisation and the wrong state, changing nothing", async () => {
    const order = await orderAt("accepted");
    const { orderId } = order;
    await expect(dispatchOrder(db(), order.buyer, { orderId, carrier: "DTDC", reference: "X1" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordReceipt(db(), order.seller, { orderId })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(recordReceipt(db(), order.consignee, { orderId })).rejects.toMatchObject({ fieldErrors: { order: "orderLifecycle.errors.wrongState" } });
    await expect(recordPayment(db(), order.paying, { orderId, reference: "UTR1234" })).rejects.toBeInstanceOf(FieldValidationError);
    await expect(raiseInvoice(db(), order.seller, { orderId, invoiceNumber: "EARLY-1" })).rejects.toBeInstanceOf(FieldValidationError);

    const otherOrg = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: order.organisationId } }, select: { id: true } });
    const strangerBuyer = contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrg.id }));
    await expect(cancelOrder(db(), strangerBuyer, { orderId, reasonCode: "REQUIREMENT_CHANGED" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBuyerOrder(db(), strangerBuyer, orderId)).rejects.toBeInstanceOf(NotFoundError);
    const otherSeller = await db().seller.findFirstOrThrow({ where: { id: { not: order.sellerId } }, select: { id: true } });
    const strangerSeller = contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: otherSeller.id }));
    await expect(dispatchOrder(db(), strangerSeller, { orderId, carrier: "DTDC", reference: "X1" })).rejects.toBeInstanceOf(NotFoundError);

    await dispatchOrder(db(), order.seller, { orderId, carrier: "DTDC", reference: "D998877" });
    // A consignee of the same organisation, but not the one named on the order.
    const colleague = contextOf(await actorWithRoles(db(), ["CONSIGNEE"], { organisationId: order.organisationId }));
    await expect(recordReceipt(db(), colleague, { orderId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelOrder(db(), order.buyer, { orderId, reasonCode: "REQUIREMENT_CHANGED" })).rejects.toBeInstanceOf(FieldValidationError);
    expect(await statusOf(orderId)).toBe("DISPATCHED");
  });

  it("lets the buyer cancel before dispatch with a reason, and puts the units back", async () => {
    const order = await placeDirectOrder(db(), 4);
    const stock = (await db().listing.findUniqueOrThrow({ where: { id: order.listingId } })).stockQuantity;
    expect(CancelOrderSchema.safeParse({ orderId: order.orderId, reasonCode: "OTHER" }).error?.issues[0]).toMatchObject({ path: ["note"], message: "orderLifecycle.errors.noteForOther" });
    await cancelOrder(db(), order.buyer, { orderId: order.orderId, reasonCode: "BUDGET_WITHDRAWN", note: "The sanction was withdrawn." });
    expect(await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({ status: "CANCELLED", statusReason: "BUDGET_WITHDRAWN: The sanction was withdrawn." });
    expect((await db().listing.findUniqueOrThrow({ where: { id: order.listingId } })).stockQuantity).toBe(stock + 4);
    expect(await kindsFor(order.orderId)).toContain("order.cancelled");
  });

  it("accepts part of the goods with a reason and invoices only what was accepted", async () => {
    const order = await orderAt("received");
    const items = await db().orderItem.findMany({ where: { orderId: order.orderId }, orderBy: { id: "asc" } });
    const input = { orderId: order.orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity - 1) };
    await expect(acceptGoods(db(), order.consignee, input)).rejects.toMatchObject({ fieldErrors: { note: "orderLifecycle.errors.partialNote" } });
    await expect(acceptGoods(db(), order.consignee, { ...input, acceptedQuantities: items.map((item) => item.quantity + 1) })).rejects.toMatchObject({ fieldErrors: { acceptedQuantities: "orderLifecycle.errors.moreThanOrdered" } });
    await expect(acceptGoods(db(), order.consignee, { ...input, acceptedQuantities: items.map(() => 0) })).rejects.toMatchObject({ fieldErrors: { acceptedQuantities: "orderLifecycle.errors.nothingAccepted" } });
    const result = await acceptGoods(db(), order.consignee, { ...input, note: "One stole arrived torn." });
    expect(result.partial).toBe(true);
    await raiseInvoice(db(), order.seller, { orderId: order.orderId, invoiceNumber: `P-${order.orderId}` });
    const [item] = items;
    const value = item!.unitPricePaise * BigInt(item!.quantity - 1);
    const gst = (value * BigInt(item!.gstRateBps) + 5_000n) / 10_000n;
    expect((await db().invoice.findFirstOrThrow({ where: { orderId: order.orderId } })).amountPaise).toBe(value + gst);
    await expect(raiseInvoice(db(), order.seller, { orderId: order.orderId, invoiceNumber: `P-${order.orderId}` })).rejects.toBeInstanceOf(FieldValidationError);
  });

  it("rejects the goods with reasons, and refuses a second invoice number already used", async () => {
    const order = await orderAt("received");
    await rejectGoods(db(), order.consignee, { orderId: order.orderId, reasonCode: "NOT_AS_SPECIFIED", note: "Cotton count is 40s, not the 60s ordered." });
    expect(await statusOf(order.orderId)).toBe("GOODS_REJECTED");
    expect(await kindsFor(order.orderId)).toContain("order.goodsRejected");

    const first = await orderAt("goodsAccepted");
    const second = await orderAt("goodsAccepted", new Date(), first.listingId);
    await raiseInvoice(db(), first.seller, { orderId: first.orderId, invoiceNumber: "DUP-1" });
    await expect(raiseInvoice(db(), second.seller, { orderId: second.orderId, invoiceNumber: "DUP-1" })).rejects.toMatchObject({ fieldErrors: { invoiceNumber: "orderLifecycle.errors.invoiceNumberUsed" } });
    expect(await statusOf(second.orderId)).toBe("GOODS_ACCEPTED");
  });

  it("lets only one of two people acting at once move the order", async () => {
    const order = await orderAt("accepted");
    const outcomes = await Promise.allSettled([
      cancelOrder(db(), order.buyer, { orderId: order.orderId, reasonCode: "REQUIREMENT_CHANGED" }),
      dispatchOrder(db(), order.seller, { orderId: order.orderId, carrier: "Blue Dart", reference: "BD1" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect((await db().orderEvent.findMany({ where: { orderId: order.orderId } })).length).toBe(3);
  });
});

describe("the order deadlines, run by the scheduler", () => {
  it("auto-cancels an order the seller did not answer, once, and counts it against the seller", async () => {
    const order = await placeDirectOrder(db(), 2);
    const stock = (await db().listing.findUniqueOrThrow({ where: { id: order.listingId } })).stockQuantity;
    const later = new Date(Date.now() + 4 * DAY);
    const first = await runJobs(db(), later);
    const second = await runJobs(db(), later);
    expect(first.autoCancelled).toBeGreaterThanOrEqual(1);
    expect(second.autoCancelled).toBe(0);
    expect(await db().order.findUniqueOrThrow({ where: { id: order.orderId } })).toMatchObject({ status: "AUTO_CANCELLED", statusReason: "SELLER_DID_NOT_RESPOND" });
    expect((await db().listing.findUniqueOrThrow({ where: { id: order.listingId } })).stockQuantity).toBe(stock + 2);
    expect((await listSellerOrders(db(), at(order.seller, later), later)).autoCancelled).toBeGreaterThanOrEqual(1);
    const event = await db().orderEvent.findFirstOrThrow({ where: { orderId: order.orderId, toStatus: "AUTO_CANCELLED" } });
    expect(event.actorUserId).toBeNull();
  });

  it("deems goods accepted 10 days after receipt, with payment due from that day, and the consignee can no longer decide", async () => {
    const received = new Date("2026-11-02T05:00:00Z");
    const order = await orderAt("received", received);
    expect((await runJobs(db(), new Date(received.getTime() + 9 * DAY))).deemedAccepted).toBe(0);
    const late = new Date(received.getTime() + 12 * DAY);
    const items = await db().orderItem.findMany({ where: { orderId: order.orderId } });
    await expect(acceptGoods(db(), at(order.consignee, late), { orderId: order.orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity) }))
      .rejects.toMatchObject({ fieldErrors: { order: "orderLifecycle.errors.acceptanceWindowOver" } });
    expect((await runJobs(db(), late)).deemedAccepted).toBeGreaterThanOrEqual(1);
    expect((await runJobs(db(), late)).deemedAccepted).toBe(0);
    const deemed = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, include: { items: true } });
    expect(deemed.status).toBe("GOODS_ACCEPTED");
    expect(deemed.goodsAcceptedAt).toEqual(new Date(received.getTime() + 10 * DAY));
    expect(deemed.paymentDueAt).toEqual(new Date(received.getTime() + 20 * DAY));
    expect(deemed.items.every((item) => item.acceptedQuantity === item.quantity)).toBe(true);
    expect((await db().orderEvent.findFirstOrThrow({ where: { orderId: order.orderId, toStatus: "GOODS_ACCEPTED" } })).note).toBe("DEEMED");
  });

  it("reports an overdue invoice once and charges 1 % a month on a late payment", async () => {
    const accepted = new Date("2026-10-01T06:00:00Z");
    const order = await orderAt("invoiced", accepted);
    const invoice = await db().invoice.findFirstOrThrow({ where: { orderId: order.orderId } });
    expect(invoice.dueAt).toEqual(new Date(accepted.getTime() + 10 * DAY));
    const overdue = new Date(accepted.getTime() + 25 * DAY);
    expect((await runJobs(db(), overdue)).overdueReported).toBeGreaterThanOrEqual(1);
    await runJobs(db(), overdue);
    expect(await db().notification.count({ where: { kind: "order.paymentOverdue", link: `/buyer/orders/${order.orderId}` } })).toBe(2);

    const view = await getBuyerOrder(db(), at(order.paying, overdue), order.orderId, overdue);
    expect(view.can.pay).toBe(true);
    expect(view.payNow).toMatchObject({ daysLate: 15 });
    const paid = await recordPayment(db(), at(order.paying, overdue), { orderId: order.orderId, reference: "PFMS 0042" });
    const expected = (invoice.amountPaise * 100n * 15n + 150_000n) / 300_000n;
    expect(paid).toEqual({ orderId: order.orderId, daysLate: 15, interestPaise: expected });
    expect(await db().payment.findFirstOrThrow({ where: { orderId: order.orderId } })).toMatchObject({ daysLate: 15, interestPaise: expected });
  });
});
