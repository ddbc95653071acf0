"use server";

import { runFormAction } from "@/app/_lib/run-form-action";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { ForgotPasswordSchema } from "@/lib/auth/schemas";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ForgotPasswordSchema, (input, ctx) => requestPasswordReset(getDatabase().db, ctx, input));
  return outcome.ok ? { status: "done", message: "account.forgot.sent" } : outcome.state;
}
