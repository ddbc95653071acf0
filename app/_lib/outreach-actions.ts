"use server";

import { revalidatePath } from "next/cache";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { AttendanceSchema, WalkInSchema } from "@/lib/outreach/outreach-schemas";
import { recordAttendance, recordWalkIn } from "@/lib/outreach/record-attendance";
import { runFormAction } from "./run-form-action";

// Attendance at a Samvaad event, from the admin's page or the facilitator's: the domain
// checks that the caller is an admin of the event's area or a facilitator.
function revalidateEventPages(eventId: FormDataEntryValue | null) {
  revalidatePath(`/admin/samvaad/${eventId}`);
  revalidatePath(`/seller/samvaad/${eventId}`);
}

export async function recordAttendanceAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, AttendanceSchema, (input, ctx) => recordAttendance(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidateEventPages(formData.get("eventId"));
  return { status: "done", message: "outreach.staff.saved" };
}

export async function recordWalkInAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, WalkInSchema, (input, ctx) => recordWalkIn(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidateEventPages(formData.get("eventId"));
  return { status: "done", message: "outreach.staff.saved" };
}
