"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { CheckoutSchema } from "@/lib/orders/checkout-schema";
import { placeOrders } from "@/lib/orders/place-orders";

export async function placeOrdersAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, CheckoutSchema, (input, ctx) => placeOrders(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  redirect(`/buyer/cart/placed?orders=${outcome.result.orders.map((order) => order.id).join(",")}`);
}
