"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runFormAction } from "@/app/_lib/run-form-action";
import { getDatabase } from "@/lib/db/client";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/notifications";

const MarkReadSchema = z.object({ notificationId: z.number().int().positive() });

// The header's bell counts unread notifications on every page: refresh them all.
export async function markReadAction(formData: FormData): Promise<void> {
  await runFormAction(formData, MarkReadSchema, (input, ctx) => markNotificationRead(getDatabase().db, ctx, input));
  revalidatePath("/", "layout");
}

export async function markAllReadAction(formData: FormData): Promise<void> {
  await runFormAction(formData, z.object({}), (_input, ctx) => markAllNotificationsRead(getDatabase().db, ctx));
  revalidatePath("/", "layout");
}
