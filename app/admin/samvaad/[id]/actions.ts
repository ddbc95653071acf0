"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { cancelOutreachEvent } from "@/lib/outreach/cancel-event";
import { CancelEventSchema } from "@/lib/outreach/outreach-schemas";

export async function cancelEventAction(_: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("admin", "/admin/samvaad");
  const outcome = await runFormAction(formData, CancelEventSchema, (input, ctx) => cancelOutreachEvent(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin/samvaad", "layout");
  revalidatePath("/samvaad", "layout");
  return { status: "done", message: "outreach.admin.cancelledTitle" };
}
