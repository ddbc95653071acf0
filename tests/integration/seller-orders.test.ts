import { describe, expect, it } from "vitest";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { acceptOrder, rejectOrder } from "@/lib/orders/respond-to-order";
import { getSellerOrder, listSellerOrders } from "@/lib/orders/seller-orders";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorWithRoles, contextOf } from "./admin-fixtures";
import { placeDirectOrder } from "./order-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

async function placedOrder() {
  return placeDirectOrder(db());
}

describe("the seller's answer to an order", () => {
  it("lists the order as waiting, accepts it once, and records who did it", async () => {
    const { orderId, seller } = await placedOrder();
    const { waiting } = await listSellerOrders(db(), seller);
    expect(waiting.map((order) => order.id)).toContain(orderId);
    expect((await getSellerOrder(db(), seller, orderId)).items).toHaveLength(1);

    await acceptOrder(db(), seller, { orderId });
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId }, include: { events: { orderBy: { id: "asc" } } } });
    expect(order.status).toBe("ACCEPTED");
    expect(order.acceptedAt).not.toBeNull();
    expect(order.events.map((event) => event.toStatus)).toEqual(["PLACED", "ACCEPTED"]);
    await expect(acceptOrder(db(), seller, { orderId })).rejects.toMatchObject({ fieldErrors: { order: "orderLifecycle.errors.wrongState" } });
    expect(await db().auditEvent.count({ where: { action: "orders.accept", entityId: String(orderId) } })).toBe(1);
  });

  it("rejects with a reason and puts the units back in stock", async () => {
    const { orderId, listingId, seller } = await placedOrder();
    const stock = (await db().listing.findUniqueOrThrow({ where: { id: listingId } })).stockQuantity;
    await rejectOrder(db(), seller, { orderId, reasonCode: "CANNOT_DELIVER_IN_TIME", note: "The weavers' cooperative is closed for Diwali." });
    const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: "REJECTED", statusReason: "CANNOT_DELIVER_IN_TIME: The weavers' cooperative is closed for Diwali." });
    expect((await db().listing.findUniqueOrThrow({ where: { id: listingId } })).stockQuantity).toBe(stock + 3);
  });

  it("refuses other sellers, buyers, and answers after the deadline", async () => {
    const { orderId, sellerId, buyer, seller } = await placedOrder();
    const other = await db().seller.findFirstOrThrow({ where: { id: { not: sellerId } }, select: { id: true } });
    const stranger = contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: other.id }));
    await expect(acceptOrder(db(), stranger, { orderId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSellerOrder(db(), stranger, orderId)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSellerOrders(db(), stranger)).waiting.map((order) => order.id)).not.toContain(orderId);
    await expect(acceptOrder(db(), buyer, { orderId })).rejects.toBeInstanceOf(ForbiddenError);

    const late = { ...seller, now: new Date(Date.now() + 4 * 86_400_000) };
    await expect(acceptOrder(db(), late, { orderId })).rejects.toBeInstanceOf(FieldValidationError);
    expect((await db().order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PLACED");
  });
});
