import "server-only";
import type { ActionContext } from "../auth/context";
import type { Db, Tx } from "../db/client";
import { FieldValidationError, NotFoundError } from "../errors";
import { requireCartBuyer } from "./cart-buyer";
import type { CartQuantity } from "./cart-schemas";

// What a buyer may put in the cart: a listing buyers can see, at least its minimum order and
// no more than its stock. Adding a listing already in the cart adds to its quantity.
export async function addToCart(db: Db, ctx: ActionContext, input: CartQuantity): Promise<{ quantity: number }> {
  const { userId } = await requireCartBuyer(db, ctx);
  return db.$transaction(async (tx) => {
    const existing = await tx.cartItem.findUnique({ where: { userId_listingId: { userId, listingId: input.listingId } }, select: { quantity: true } });
    const quantity = (existing?.quantity ?? 0) + input.quantity;
    await checkQuantity(tx, input.listingId, quantity);
    await tx.cartItem.upsert({
      where: { userId_listingId: { userId, listingId: input.listingId } },
      create: { userId, listingId: input.listingId, quantity },
      update: { quantity },
    });
    return { quantity };
  });
}

// The cart's quantity field: a new quantity for a line, or zero to remove it.
export async function setCartQuantity(db: Db, ctx: ActionContext, input: CartQuantity): Promise<void> {
  const { userId } = await requireCartBuyer(db, ctx);
  await db.$transaction(async (tx) => {
    const line = { userId_listingId: { userId, listingId: input.listingId } };
    if (!(await tx.cartItem.findUnique({ where: line, select: { id: true } }))) throw new NotFoundError("Cart item");
    if (input.quantity === 0) {
      await tx.cartItem.delete({ where: line });
      return;
    }
    await checkQuantity(tx, input.listingId, input.quantity);
    await tx.cartItem.update({ where: line, data: { quantity: input.quantity } });
  });
}

async function checkQuantity(tx: Tx, listingId: number, quantity: number): Promise<void> {
  const visible = await tx.listingSearch.findUnique({ where: { listingId }, select: { listingId: true } });
  if (!visible) throw new NotFoundError("Listing");
  const { minOrderQuantity, stockQuantity } = await tx.listing.findUniqueOrThrow({ where: { id: listingId }, select: { minOrderQuantity: true, stockQuantity: true } });
  if (quantity < minOrderQuantity) throw new FieldValidationError({ quantity: "cart.errors.belowMinimum" });
  if (quantity > stockQuantity) throw new FieldValidationError({ quantity: "cart.errors.aboveStock" });
}
