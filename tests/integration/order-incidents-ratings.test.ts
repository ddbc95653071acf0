import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/auth/context";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { runJobs } from "@/lib/jobs/run-jobs";
import { dispatchOrder, raiseInvoice } from "@/lib/orders/fulfil-order";
import { answerIncident, closeIncident, listEscalatedIncidents, raiseIncident } from "@/lib/orders/incidents";
import { rateBuyer, rateSeller } from "@/lib/orders/rate-order";
import { acceptGoods, recordReceipt } from "@/lib/orders/receive-goods";
import { recordPayment } from "@/lib/orders/record-payment";
import { acceptOrder } from "@/lib/orders/respond-to-order";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, adminActor, contextOf } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;
const DAY = 86_400_000;
const at = (ctx: ActionContext, now: Date): ActionContext => ({ ...ctx, now });

async function paidOrder() {
  const order = await placeDirectOrder(db());
  const { orderId } = order;
  await acceptOrder(db(), order.seller, { orderId });
  await dispatchOrder(db(), order.seller, { orderId, carrier: "DTDC", reference: "D1" });
  await recordReceipt(db(), order.consignee, { orderId });
  const items = await db().orderItem.findMany({ where: { orderId } });
  await acceptGoods(db(), order.consignee, { orderId, itemIds: items.map((item) => item.id), acceptedQuantities: items.map((item) => item.quantity) });
  await raiseInvoice(db(), order.seller, { orderId, invoiceNumber: `R-${orderId}` });
  await recordPayment(db(), order.paying, { orderId, reference: "UTR0001" });
  return order;
}

describe("ratings after payment", () => {
  it("lets the buyer rate the seller once, feeding the seller's and listing's rating in the catalogue", async () => {
    const order = await placeDirectOrder(db());
    await expect(rateSeller(db(), order.buyer, { orderId: order.orderId, timeliness: 5, quality: 4 })).rejects.toMatchObject({ fieldErrors: { order: "ratings.errors.notPaid" } });
    const paid = await paidOrder();
    const before = await db().seller.findUniqueOrThrow({ where: { id: paid.sellerId }, select: { ratingCount: true } });
    await rateSeller(db(), paid.buyer, { orderId: paid.orderId, timeliness: 5, quality: 4, comment: "On time, sturdy." });
    expect(await db().rating.findUniqueOrThrow({ where: { orderId: paid.orderId } })).toMatchObject({ score: 5, timeliness: 5, quality: 4 });
    const after = await db().seller.findUniqueOrThrow({ where: { id: paid.sellerId }, select: { ratingCount: true, ratingAverage: true } });
    expect(after.ratingCount).toBe(before.ratingCount + 1);
    const listing = await db().listing.findUniqueOrThrow({ where: { id: paid.listingId }, select: { ratingAverage: true } });
    const search = await db().listingSearch.findUniqueOrThrow({ where: { listingId: paid.listingId }, select: { rating: true } });
    expect(search.rating?.toString()).toBe(listing.ratingAverage?.toString());
    await expect(rateSeller(db(), paid.consignee, { orderId: paid.orderId, timeliness: 1, quality: 1 })).rejects.toMatchObject({ fieldErrors: { order: "ratings.errors.already" } });
    await expect(rateSeller(db(), paid.seller, { orderId: paid.orderId, timeliness: 1, quality: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets the seller rate the buyer's payment speed once, and nobody else's order", async () => {
    const paid = await paidOrder();
    const otherSeller = await db().seller.findFirstOrThrow({ where: { id: { not: paid.sellerId } }, select: { id: true } });
    const stranger = contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: otherSeller.id }));
    await expect(rateBuyer(db(), stranger, { orderId: paid.orderId, paymentSpeed: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await rateBuyer(db(), paid.seller, { orderId: paid.orderId, paymentSpeed: 5 });
    await expect(rateBuyer(db(), paid.seller, { orderId: paid.orderId, paymentSpeed: 4 })).rejects.toBeInstanceOf(FieldValidationError);
    expect(await db().buyerRating.count({ where: { orderId: paid.orderId } })).toBe(1);
  });
});

describe("incidents on an order", () => {
  it("is raised by one side, answered by the other, closed by the raiser, with word to each", async () => {
    const order = await placeDirectOrder(db());
    await raiseIncident(db(), order.consignee, { orderId: order.orderId, type: "DELIVERY_DELAY", description: "Not delivered a week after the promised date." });
    const incident = await db().incident.findFirstOrThrow({ where: { orderId: order.orderId } });
    expect(await db().notification.count({ where: { kind: "incident.raised", link: `/seller/orders/${order.orderId}` } })).toBeGreaterThan(0);
    await expect(answerIncident(db(), order.buyer, { incidentId: incident.id, answer: "Our own answer" })).rejects.toMatchObject({ fieldErrors: { answer: "incidents.errors.ownIncident" } });
    await answerIncident(db(), order.seller, { incidentId: incident.id, answer: "The transporter was held up at the state border; delivery on Monday." });
    expect(await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "UNDER_REVIEW" });
    await expect(closeIncident(db(), order.seller, { incidentId: incident.id, outcome: "RESOLVED" })).rejects.toMatchObject({ fieldErrors: { outcome: "incidents.errors.notYours" } });
    await expect(closeIncident(db(), order.buyer, { incidentId: incident.id, outcome: "DISMISSED" })).rejects.toMatchObject({ fieldErrors: { outcome: "incidents.errors.onlyAdminsDismiss" } });
    await closeIncident(db(), order.buyer, { incidentId: incident.id, outcome: "RESOLVED", resolution: "Delivered on Monday." });
    expect(await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ status: "RESOLVED", resolution: "Delivered on Monday." });
    await expect(answerIncident(db(), order.seller, { incidentId: incident.id, answer: "Late answer" })).rejects.toMatchObject({ fieldErrors: { answer: "incidents.errors.closed" } });
    expect(await db().auditEvent.count({ where: { entityType: "Incident", entityId: String(incident.id) } })).toBe(3);
  });

  it("keeps strangers out: another organisation, another seller, an admin of another state", async () => {
    const order = await placeDirectOrder(db());
    const otherOrg = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: order.organisationId } }, select: { id: true } });
    const strangerBuyer = contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrg.id }));
    await expect(raiseIncident(db(), strangerBuyer, { orderId: order.orderId, type: "OTHER", description: "Not my order at all." })).rejects.toBeInstanceOf(NotFoundError);
    await raiseIncident(db(), order.seller, { orderId: order.orderId, type: "PAYMENT_DELAY", description: "Invoice unpaid for weeks now." });
    const incident = await db().incident.findFirstOrThrow({ where: { orderId: order.orderId } });
    await expect(answerIncident(db(), strangerBuyer, { incidentId: incident.id, answer: "Who are you?" })).rejects.toBeInstanceOf(NotFoundError);
    const placed = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { buyerStateId: true } });
    const elsewhere = await db().state.findFirstOrThrow({ where: { id: { not: placed.buyerStateId ?? -1 } }, select: { id: true } });
    const otherAdmin = contextOf(await adminActor(db(), "STATE", { stateId: elsewhere.id }));
    await expect(closeIncident(db(), otherAdmin, { incidentId: incident.id, outcome: "DISMISSED", resolution: "Not ours." })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("escalates an incident open for 7 days to the buyer state's admins, once, and lets them settle it", async () => {
    const raisedAt = new Date("2026-11-01T06:00:00Z");
    const order = await placeDirectOrder(db());
    await raiseIncident(db(), at(order.consignee, raisedAt), { orderId: order.orderId, type: "WRONG_ITEM", description: "Received 2-seater benches, ordered single-seaters." });
    const incident = await db().incident.findFirstOrThrow({ where: { orderId: order.orderId } });
    expect((await runJobs(db(), new Date(raisedAt.getTime() + 6 * DAY))).incidentsEscalated).toBe(0);
    const later = new Date(raisedAt.getTime() + 8 * DAY);
    expect((await runJobs(db(), later)).incidentsEscalated).toBeGreaterThanOrEqual(1);
    await runJobs(db(), later);
    const escalated = await db().incident.findUniqueOrThrow({ where: { id: incident.id } });
    const placed = await db().order.findUniqueOrThrow({ where: { id: order.orderId }, select: { buyerStateId: true } });
    expect(escalated).toMatchObject({ escalatedAt: later, escalatedToStateId: placed.buyerStateId });
    expect(await db().auditEvent.count({ where: { action: "incidents.escalate", entityId: String(incident.id) } })).toBe(1);

    const stateAdmin = contextOf(await adminActor(db(), "STATE", { stateId: placed.buyerStateId! }));
    expect((await listEscalatedIncidents(db(), stateAdmin)).map((row) => row.id)).toContain(incident.id);
    await expect(closeIncident(db(), stateAdmin, { incidentId: incident.id, outcome: "DISMISSED" })).rejects.toMatchObject({ fieldErrors: { resolution: "incidents.errors.resolutionNeeded" } });
    await closeIncident(db(), stateAdmin, { incidentId: incident.id, outcome: "RESOLVED", resolution: "Seller replaces the benches within 7 days." });
    expect((await db().incident.findUniqueOrThrow({ where: { id: incident.id } })).status).toBe("RESOLVED");
  });
});
