"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { CloseIncidentSchema } from "@/lib/orders/incident-schemas";
import { closeIncident } from "@/lib/orders/incidents";

export async function settleIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, CloseIncidentSchema, (input, ctx) => closeIncident(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/incidents");
  return { status: "done", message: "incidents.close.done" };
}
