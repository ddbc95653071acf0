"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { createOutreachEvent } from "@/lib/outreach/create-event";
import { OutreachEventSchema } from "@/lib/outreach/outreach-schemas";

export async function createEventAction(_: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("admin", "/admin/samvaad/new");
  const outcome = await runFormAction(formData, OutreachEventSchema, (input, ctx) => createOutreachEvent(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/samvaad");
  redirect(`/admin/samvaad/${outcome.result.eventId}?created=1`);
}
