"use server";

import { revalidatePath } from "next/cache";
import { followTarget, unfollowTarget } from "@/lib/alerts/follows";
import { FollowTargetSchema, followTargetOf } from "@/lib/alerts/follow-schemas";
import { getDatabase } from "@/lib/db/client";
import { runFormAction } from "./run-form-action";

// The follow buttons of the market, search and product pages post here (plain forms: they
// work without JavaScript). Following shows on several pages, so all of them are refreshed.
export async function followAction(formData: FormData): Promise<void> {
  await runFormAction(formData, FollowTargetSchema, (input, ctx) => followTarget(getDatabase().db, ctx, followTargetOf(input)));
  revalidatePath("/", "layout");
}

export async function unfollowAction(formData: FormData): Promise<void> {
  await runFormAction(formData, FollowTargetSchema, (input, ctx) => unfollowTarget(getDatabase().db, ctx, followTargetOf(input)));
  revalidatePath("/", "layout");
}
