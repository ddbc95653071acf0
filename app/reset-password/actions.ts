"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { resetPassword } from "@/lib/auth/password-reset";
import { ResetPasswordSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ResetPasswordSchema, (input, ctx) => resetPassword(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  redirect("/sign-in?notice=passwordSet");
}
