"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { registerSeller } from "@/lib/sellers/register-seller";
import { SellerRegistrationSchema } from "@/lib/sellers/registration-schema";

export async function registerSellerAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, SellerRegistrationSchema, (input, ctx) => registerSeller(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  redirect("/sign-in?registered=seller");
}
