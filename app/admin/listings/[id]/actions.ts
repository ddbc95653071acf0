"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { ApproveListingSchema, RejectListingSchema } from "@/lib/admin/listing-review-schemas";
import { approveListing, rejectListing } from "@/lib/catalogue/review-listing";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function approveListingAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, ApproveListingSchema, (input, ctx) => approveListing(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin", "layout");
  redirect(`/admin/listings/${outcome.result.id}?decision=approved`);
}

export async function rejectListingAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, RejectListingSchema, (input, ctx) => rejectListing(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/admin", "layout");
  redirect(`/admin/listings/${outcome.result.id}?decision=rejected`);
}
