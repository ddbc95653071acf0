"use server";

import { revalidatePath } from "next/cache";
import { setAlertFrequency } from "@/lib/alerts/follows";
import { AlertFrequencySchema } from "@/lib/alerts/follow-schemas";
import { getDatabase } from "@/lib/db/client";
import { runFormAction } from "@/app/_lib/run-form-action";

export async function setAlertFrequencyAction(formData: FormData): Promise<void> {
  await runFormAction(formData, AlertFrequencySchema, (input, ctx) => setAlertFrequency(getDatabase().db, ctx, input));
  revalidatePath("/buyer/follows");
}
