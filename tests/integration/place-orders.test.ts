import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/auth/context";
import { addToCart } from "@/lib/cart/change-cart";
import { FieldValidationError, ForbiddenError } from "@/lib/errors";
import { getPlacedOrders } from "@/lib/orders/get-placed-orders";
import { placeOrders } from "@/lib/orders/place-orders";
import type { CheckoutInput } from "@/lib/orders/checkout-schema";
import { refreshListingSearch } from "@/lib/search/refresh-listing-search";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

async function newBuyer(): Promise<ActionContext> {
  const demo = await actorByEmail(db(), "buyer@kraya.demo");
  return contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: demo.organisationId ?? undefined }));
}

async function checkout(overrides: Partial<CheckoutInput> = {}): Promise<CheckoutInput> {
  const [consignee, paying] = await Promise.all([actorByEmail(db(), "consignee@kraya.demo"), actorByEmail(db(), "paying@kraya.demo")]);
  return {
    idempotencyKey: randomBytes(12).toString("base64url"),
    consigneeUserId: consignee.userId,
    payingAuthorityUserId: paying.userId,
    deliveryAddress: "Main Office, Arera Hills, Bhopal 462011",
    budgetHead: "2202-01-101 Office expenses",
    ...overrides,
  };
}

// A listing of its own seller, visible and delivering everywhere, with a set price (GST 18 %),
// stock and specifications (none by default: then it has no equivalents).
let nextListing = 0;
async function listing(options: { pricePaise: bigint; stock?: number; specifications?: object; categoryId?: number; sellerId?: number } = { pricePaise: 1_000_00n }) {
  const rows = await db().listingSearch.findMany({ orderBy: { listingId: "asc" }, skip: nextListing, take: 1, select: { listingId: true, sellerId: true, categoryId: true } });
  nextListing += 7;
  const row = rows[0]!;
  const states = await db().state.findMany({ select: { id: true } });
  await db().$transaction(async (tx) => {
    await tx.listing.update({
      where: { id: row.listingId },
      data: {
        pricePaise: options.pricePaise, mrpPaise: options.pricePaise * 2n, gstRateBps: 1800, minOrderQuantity: 1, stockQuantity: options.stock ?? 1000,
        specifications: options.specifications ?? {}, ...(options.categoryId ? { categoryId: options.categoryId } : {}), ...(options.sellerId ? { sellerId: options.sellerId } : {}),
      },
    });
    await tx.listingDeliveryArea.deleteMany({ where: { listingId: row.listingId } });
    await tx.listingDeliveryArea.createMany({ data: states.map((state) => ({ listingId: row.listingId, stateId: state.id })) });
    await refreshListingSearch(tx, { listingIds: [row.listingId] });
  });
  return row;
}

describe("placing orders from the cart", () => {
  it("places one order per seller with its lines, takes the stock, empties the cart and records who did it", async () => {
    const ctx = await newBuyer();
    const first = await listing({ pricePaise: 1_000_00n, stock: 50 });
    const second = await listing({ pricePaise: 2_500_00n, stock: 50 });
    await addToCart(db(), ctx, { listingId: first.listingId, quantity: 3 });
    await addToCart(db(), ctx, { listingId: second.listingId, quantity: 2 });

    const { orders } = await placeOrders(db(), ctx, await checkout());
    expect(orders).toHaveLength(first.sellerId === second.sellerId ? 1 : 2);
    expect(orders.every((order) => /^KRY-\d{4}-\d{8}$/.test(order.number))).toBe(true);
    const placed = await db().order.findMany({ where: { id: { in: orders.map((order) => order.id) } }, include: { items: true, events: true } });
    const total = placed.reduce((sum, order) => sum + order.totalPaise, 0n);
    expect(total).toBe(3_540_00n + 5_900_00n);
    expect(placed.every((order) => order.status === "PLACED" && order.buyingMode === "DIRECT" && order.events.length === 1)).toBe(true);
    expect(placed.every((order) => order.subtotalPaise + order.taxPaise === order.totalPaise)).toBe(true);
    expect((await db().listing.findUniqueOrThrow({ where: { id: first.listingId } })).stockQuantity).toBe(47);
    expect(await db().cartItem.count({ where: { userId: ctx.actor!.userId } })).toBe(0);
    expect(await db().auditEvent.count({ where: { action: "orders.place", actorUserId: ctx.actor!.userId } })).toBe(orders.length);

    const ids = orders.map((order) => order.id);
    expect((await getPlacedOrders(db(), ctx, ids)).map((order) => order.number)).toEqual(orders.map((order) => order.number));
    const otherOrganisation = await db().buyerOrganisation.findFirstOrThrow({ where: { id: { not: ctx.actor!.organisationId! } }, select: { id: true } });
    const outsider = contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: otherOrganisation.id }));
    expect(await getPlacedOrders(db(), outsider, ids)).toEqual([]);
  });

  it("places the orders once when the same form is sent twice, even at the same time", async () => {
    const ctx = await newBuyer();
    const item = await listing({ pricePaise: 800_00n, stock: 20 });
    await addToCart(db(), ctx, { listingId: item.listingId, quantity: 4 });
    const input = await checkout();
    const [a, b] = await Promise.all([placeOrders(db(), ctx, input), placeOrders(db(), ctx, input)]);
    expect(b.orders).toEqual(a.orders);
    expect(await placeOrders(db(), ctx, input)).toEqual(a);
    expect((await db().listing.findUniqueOrThrow({ where: { id: item.listingId } })).stockQuantity).toBe(16);
  });

  it("never sells more than the stock when buyers race for the last units", async () => {
    const item = await listing({ pricePaise: 500_00n, stock: 10 });
    const buyers = await Promise.all(Array.from({ length: 5 }, () => newBuyer()));
    for (const ctx of buyers) await addToCart(db(), ctx, { listingId: item.listingId, quantity: 3 });
    const results = await Promise.allSettled(buyers.map(async (ctx) => placeOrders(db(), ctx, await checkout())));
    const won = results.filter((result) => result.status === "fulfilled");
    expect(won).toHaveLength(3);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toBeInstanceOf(FieldValidationError);
    expect((await db().listing.findUniqueOrThrow({ where: { id: item.listingId } })).stockQuantity).toBe(1);
    const buyerIds = buyers.map((ctx) => ctx.actor!.userId);
    expect(await db().orderItem.aggregate({ where: { listingId: item.listingId, order: { buyerUserId: { in: buyerIds } } }, _sum: { quantity: true } })).toMatchObject({ _sum: { quantity: 9 } });
  });

  it("refuses a cart above Rs 10 lakh, an L1 order without three equivalent offers, and wrong consignees or paying authorities", async () => {
    const ctx = await newBuyer();
    const dear = await listing({ pricePaise: 5_00_000_00n, stock: 10 });
    await addToCart(db(), ctx, { listingId: dear.listingId, quantity: 3 });
    await expect(placeOrders(db(), ctx, await checkout())).rejects.toMatchObject({ fieldErrors: { cart: "checkout.errors.needsBid" } });
    await db().cartItem.deleteMany({ where: { userId: ctx.actor!.userId } });
    await addToCart(db(), ctx, { listingId: dear.listingId, quantity: 1 });
    await expect(placeOrders(db(), ctx, await checkout())).rejects.toMatchObject({ fieldErrors: { cart: "checkout.errors.fewerOffers" } });

    const buyer = ctx.actor!.userId;
    await expect(placeOrders(db(), ctx, await checkout({ payingAuthorityUserId: buyer }))).rejects.toBeInstanceOf(FieldValidationError);
    const stranger = await actorWithRoles(db(), ["CONSIGNEE"]);
    await expect(placeOrders(db(), ctx, await checkout({ consigneeUserId: stranger.userId }))).rejects.toMatchObject({ fieldErrors: { consigneeUserId: "forms.errors.choose" } });
    await expect(placeOrders(db(), contextOf(await actorByEmail(db(), "consignee@kraya.demo")), await checkout())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().order.count({ where: { buyerUserId: buyer } })).toBe(0);
  });

  it("takes an L1 order at the lowest of three equivalent offers, and records the reason for any other", async () => {
    const category = await db().category.findFirstOrThrow({ where: { isLeaf: true, kind: "PRODUCT", specFields: { not: [] } }, orderBy: { id: "asc" }, select: { id: true, specFields: true } });
    const keyFields = (category.specFields as { key: string; keySpec?: boolean; key_spec?: boolean }[]).filter((field) => field.keySpec ?? field.key_spec);
    const specifications = Object.fromEntries(keyFields.map((field) => [field.key, "Same"]));
    const sellers = await db().seller.findMany({ where: { verificationStatus: "VERIFIED", profileCompleteness: 100 }, take: 3, orderBy: { id: "desc" }, select: { id: true } });
    const offers = [];
    for (const [index, seller] of sellers.entries()) offers.push(await listing({ pricePaise: BigInt(60_000_00 + index * 1_000_00), categoryId: category.id, sellerId: seller.id, specifications }));
    const ctx = await newBuyer();
    await addToCart(db(), ctx, { listingId: offers[1]!.listingId, quantity: 1 });
    await expect(placeOrders(db(), ctx, await checkout())).rejects.toMatchObject({ fieldErrors: { l1DeviationReason: "checkout.errors.l1Reason" } });
    const reason = "The lowest offer's delivery period of 30 days is too long for the examination hall.";
    const { orders } = await placeOrders(db(), ctx, await checkout({ l1DeviationReason: reason }));
    expect(await db().order.findUniqueOrThrow({ where: { id: orders[0]!.id } })).toMatchObject({ buyingMode: "L1", l1DeviationReason: reason });

    const lowest = await newBuyer();
    await addToCart(db(), lowest, { listingId: offers[0]!.listingId, quantity: 1 });
    const l1 = await placeOrders(db(), lowest, await checkout());
    expect(await db().order.findUniqueOrThrow({ where: { id: l1.orders[0]!.id } })).toMatchObject({ buyingMode: "L1", l1DeviationReason: null });
  });

  it("flags orders that together with the organisation's recent ones in the category would need a stricter mode", async () => {
    const item = await listing({ pricePaise: 20_000_00n, stock: 100 });
    const first = await newBuyer();
    await addToCart(db(), first, { listingId: item.listingId, quantity: 2 });
    const a = await placeOrders(db(), first, await checkout());
    const second = await newBuyer();
    await addToCart(db(), second, { listingId: item.listingId, quantity: 1 });
    const b = await placeOrders(db(), second, await checkout());
    const [earlier, later] = await Promise.all([a, b].map((placed) => db().order.findUniqueOrThrow({ where: { id: placed.orders[0]!.id } })));
    expect(earlier?.isSplitSuspected).toBe(false);
    expect(later?.isSplitSuspected).toBe(true);
  });
});

