"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { addToCart, setCartQuantity } from "@/lib/cart/change-cart";
import { CartQuantitySchema } from "@/lib/cart/cart-schemas";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

// The product page's "add to cart" (a ZodForm: field messages in place).
export async function addToCartAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, CartQuantitySchema, (input, ctx) => addToCart(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/buyer", "layout");
  redirect("/buyer/cart?added=1");
}

// A cart line's quantity or its removal (quantity 0): plain forms, one per line, so a refusal
// comes back in the URL and the page shows it beside that line's field.
export async function changeCartLineAction(formData: FormData): Promise<void> {
  const outcome = await runFormAction(formData, CartQuantitySchema, (input, ctx) => setCartQuantity(getDatabase().db, ctx, input));
  if (!outcome.ok) {
    const error = outcome.state.status === "invalid" ? (Object.values(outcome.state.fieldErrors)[0] ?? "cart.errors.quantity") : "cart.errors.quantity";
    redirect(`/buyer/cart?line=${encodeURIComponent(String(formData.get("listingId") ?? ""))}&error=${encodeURIComponent(error)}`);
  }
  revalidatePath("/buyer", "layout");
  redirect("/buyer/cart?updated=1");
}
