"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePortal } from "@/lib/auth/require";
import { createListing } from "@/lib/catalogue/create-listing";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { runListingFormAction } from "../_lib/listing-form-action";

export async function createListingAction(_: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("seller", "/seller/listings/new");
  const outcome = await runListingFormAction(formData, (input, ctx) => createListing(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  redirect(`/seller/listings/${outcome.result.listingId}?notice=created`);
}
