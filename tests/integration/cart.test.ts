import { describe, expect, it } from "vitest";
import { addToCart, setCartQuantity } from "@/lib/cart/change-cart";
import { getCart } from "@/lib/cart/get-cart";
import { FieldValidationError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { ANONYMOUS } from "../factories/buyer-organisations";
import { actorByEmail, actorWithRoles, contextOf } from "./admin-fixtures";
import { setUpTestDatabase } from "../support/test-database";

const database = setUpTestDatabase((created) => seedDatabase(created.db, { scale: 0.03 }));
const db = () => database().db;

// A fresh buyer of the demo organisation, with an empty cart.
async function newBuyer() {
  const demo = await actorByEmail(db(), "buyer@kraya.demo");
  return contextOf(await actorWithRoles(db(), ["BUYER"], { organisationId: demo.organisationId ?? undefined }));
}

// A visible listing with a set price, minimum order and stock (GST 18 %).
async function listing(options: { pricePaise: bigint; minOrder?: number; stock?: number; skip?: number }) {
  const row = await db().listingSearch.findFirstOrThrow({ orderBy: { listingId: "asc" }, skip: options.skip ?? 0, select: { listingId: true, sellerId: true } });
  await db().listing.update({
    where: { id: row.listingId },
    data: { pricePaise: options.pricePaise, mrpPaise: options.pricePaise * 2n, gstRateBps: 1800, minOrderQuantity: options.minOrder ?? 1, stockQuantity: options.stock ?? 1000 },
  });
  return row;
}

describe("the cart", () => {
  it("adds at least the minimum order, adds up repeats, and groups lines by seller with GST and the buying mode", async () => {
    const ctx = await newBuyer();
    const cheap = await listing({ pricePaise: 1_000_00n, minOrder: 2, skip: 0 });
    await expect(addToCart(db(), ctx, { listingId: cheap.listingId, quantity: 1 })).rejects.toMatchObject({ fieldErrors: { quantity: "cart.errors.belowMinimum" } });
    expect(await addToCart(db(), ctx, { listingId: cheap.listingId, quantity: 2 })).toEqual({ quantity: 2 });
    expect(await addToCart(db(), ctx, { listingId: cheap.listingId, quantity: 3 })).toEqual({ quantity: 5 });

    const cart = await getCart(db(), ctx);
    expect(cart.lineCount).toBe(1);
    const [order] = cart.orders;
    expect(order).toMatchObject({ valuePaise: 5_000_00n, gstPaise: 900_00n, totalPaise: 5_900_00n, mode: "DIRECT" });
    expect(order?.lines[0]).toMatchObject({ quantity: 5, isAvailable: true });
  });

  it("says which rule applies by each seller's order value: direct up to Rs 50,000, L1 up to Rs 10 lakh, a bid above", async () => {
    const ctx = await newBuyer();
    const item = await listing({ pricePaise: 10_000_00n, skip: 1 });
    await addToCart(db(), ctx, { listingId: item.listingId, quantity: 4 });
    expect((await getCart(db(), ctx)).orders[0]?.mode).toBe("DIRECT");
    await setCartQuantity(db(), ctx, { listingId: item.listingId, quantity: 5 });
    expect((await getCart(db(), ctx)).orders[0]).toMatchObject({ totalPaise: 59_000_00n, mode: "L1" });
    await setCartQuantity(db(), ctx, { listingId: item.listingId, quantity: 85 });
    expect((await getCart(db(), ctx)).orders[0]).toMatchObject({ totalPaise: 10_03_000_00n, mode: "BID" });
    await setCartQuantity(db(), ctx, { listingId: item.listingId, quantity: 0 });
    expect((await getCart(db(), ctx)).orders).toEqual([]);
  });

  it("refuses more than the stock, listings buyers cannot see, and everyone but a buyer", async () => {
    const ctx = await newBuyer();
    const few = await listing({ pricePaise: 500_00n, stock: 3, skip: 2 });
    await expect(addToCart(db(), ctx, { listingId: few.listingId, quantity: 4 })).rejects.toBeInstanceOf(FieldValidationError);
    await db().listingSearch.delete({ where: { listingId: few.listingId } });
    await expect(addToCart(db(), ctx, { listingId: few.listingId, quantity: 1 })).rejects.toBeInstanceOf(NotFoundError);

    const open = await listing({ pricePaise: 500_00n, skip: 3 });
    await expect(addToCart(db(), ANONYMOUS, { listingId: open.listingId, quantity: 1 })).rejects.toBeInstanceOf(UnauthenticatedError);
    const consignee = contextOf(await actorByEmail(db(), "consignee@kraya.demo"));
    await expect(addToCart(db(), consignee, { listingId: open.listingId, quantity: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const seller = contextOf(await actorByEmail(db(), "mse.seller@kraya.demo"));
    await expect(addToCart(db(), seller, { listingId: open.listingId, quantity: 1 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps each buyer's cart their own", async () => {
    const mine = await newBuyer();
    const theirs = await newBuyer();
    const item = await listing({ pricePaise: 700_00n, skip: 4 });
    await addToCart(db(), mine, { listingId: item.listingId, quantity: 2 });
    expect((await getCart(db(), theirs)).orders).toEqual([]);
    await expect(setCartQuantity(db(), theirs, { listingId: item.listingId, quantity: 0 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getCart(db(), mine)).lineCount).toBe(1);
  });

  it("marks a line that can no longer be ordered as it stands", async () => {
    const ctx = await newBuyer();
    const item = await listing({ pricePaise: 900_00n, skip: 5 });
    await addToCart(db(), ctx, { listingId: item.listingId, quantity: 10 });
    await db().listing.update({ where: { id: item.listingId }, data: { stockQuantity: 5 } });
    expect((await getCart(db(), ctx)).orders[0]?.lines[0]?.isAvailable).toBe(false);
  });
});
