import { z } from "zod";

const MAX_QUANTITY = 1_000_000;

// One listing and how many units of it: the product page's "add to cart" and the cart's
// quantity fields. Zero in the cart removes the line.
export const CartQuantitySchema = z.object({
  listingId: z.coerce.number().int().positive(),
  quantity: z.coerce
    .number({ error: "cart.errors.quantity" })
    .int({ error: "cart.errors.quantity" })
    .min(0, { error: "cart.errors.quantity" })
    .max(MAX_QUANTITY, { error: "cart.errors.quantity" }),
});

export type CartQuantity = z.output<typeof CartQuantitySchema>;
