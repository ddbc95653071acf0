import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addToCart } from "@/lib/cart/change-cart";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { placeOrders } from "@/lib/orders/place-orders";
import { acceptOrder, rejectOrder } from "@/lib/orders/respond-to-order";
import { getSellerOrder, listSellerOrders } from "@/lib/orders/seller-orders";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

let skip = 0;
// A direct-purchase order for 3 units of a cheap visible listing, and its seller's administrator.
async function placedOrder() {
  const row = (await db().listingSearch.findMany({ where: { pricePaise: { lt: 5_000_00n } }, orderBy: { listingId: "asc" }, skip: (skip += 5), take: 1, select: { listingId: true, sellerId: true } }))[0]!;
  await db().listing.update({ where: { id: row.listingId }, data: { stockQuantity: 100, minOrderQuantity: 1 } });
  const demo = await actorByEmail(db(), "buyer@kraya.demo");
  const buyer = contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: demo.organisationId ?? undefined }));
  await addToCart(db(), buyer, { listingId: row.listingId, quantity: 3 });
  const [consignee, paying] = await Promise.all([actorByEmail(db(), "consignee@kraya.demo"), actorByEmail(db(), "paying@kraya.demo")]);
  const { orders } = await placeOrders(db(), buyer, {
    idempotencyKey: randomBytes(12).toString("base64url"), consigneeUserId: consignee.userId, payingAuthorityUserId: paying.userId,
    deliveryAddress: "Main Office, Arera Hills, Bhopal 462011", budgetHead: "2202-01-101 Office expenses",
  });
  const seller = contextOf(await actorWithRoles(db(), ["SELLER_ADMIN"], { sellerId: row.sellerId }));
  return { orderId: orders[0]!.id, listingId: row.listingId, sellerId: row.sellerId, buyer, seller };
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
    await expect(acceptOrder(db(), seller, { orderId })).rejects.toMatchObject({ fieldErrors: { decision: "sellerOrders.errors.answered" } });
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
