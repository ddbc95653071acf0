"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import { TriageSchema } from "@/lib/feedback/feedback-schemas";
import { triageFeedback } from "@/lib/feedback/triage-feedback";
import type { FormState } from "@/lib/forms/form-state";

export async function triageFeedbackAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, TriageSchema, (input, ctx) => triageFeedback(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/feedback", "layout");
  revalidatePath("/feedback", "layout");
  redirect(`/admin/feedback/${outcome.result.id}?done=saved`);
}
