"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { AcceptOrderSchema, RejectOrderSchema } from "@/lib/orders/order-response-schema";
import { acceptOrder, rejectOrder } from "@/lib/orders/respond-to-order";

export async function acceptOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, AcceptOrderSchema, (input, ctx) => acceptOrder(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  redirect(`/seller/orders/${outcome.result.orderId}?answer=accepted`);
}

export async function rejectOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RejectOrderSchema, (input, ctx) => rejectOrder(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  redirect(`/seller/orders/${outcome.result.orderId}?answer=rejected`);
}
