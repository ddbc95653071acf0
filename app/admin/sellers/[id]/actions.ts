"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { RejectSellerSchema, VerifySellerSchema } from "@/lib/admin/schemas";
import { rejectSeller, verifySeller } from "@/lib/admin/verify-seller";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function verifySellerAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, VerifySellerSchema, (input, ctx) => verifySeller(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/sellers");
  redirect(`/admin/sellers/${outcome.result.id}?decision=verified`);
}

export async function rejectSellerAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RejectSellerSchema, (input, ctx) => rejectSeller(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/sellers");
  redirect(`/admin/sellers/${outcome.result.id}?decision=rejected`);
}
