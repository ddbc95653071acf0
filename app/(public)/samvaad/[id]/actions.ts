"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { RegistrationSchema } from "@/lib/outreach/outreach-schemas";
import { registerForEvent } from "@/lib/outreach/register-for-event";

// Open to anyone: registerForEvent takes a visitor without an account.
export async function registerForEventAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RegistrationSchema, (input, ctx) => registerForEvent(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  const eventId = Number(formData.get("eventId"));
  revalidatePath(`/samvaad/${eventId}`);
  redirect(`/samvaad/${eventId}?registration=${outcome.result.registrationId}${outcome.result.alreadyRegistered ? "&already=1" : ""}#registration`);
}
