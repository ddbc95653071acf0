"use server";

import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { requirePortal } from "@/lib/auth/require";
import { ListingNotSubmittableError, submitListingForApproval } from "@/lib/catalogue/submit-listing";
import { getDatabase } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

// A plain form per draft (works without JavaScript); the page shows the outcome from the URL.
export async function submitListingAction(formData: FormData): Promise<void> {
  await requirePortal("seller", "/seller/listings");
  const listingId = Number(formData.get("listingId"));
  let refusal: string | null = null;
  try {
    await submitListingForApproval(getDatabase().db, await actionContext(), Number.isSafeInteger(listingId) ? listingId : -1);
  } catch (error) {
    if (error instanceof ListingNotSubmittableError) refusal = error.reasons.join(",");
    else if (error instanceof NotFoundError) notFound();
    else if (error instanceof ForbiddenError) forbidden();
    else throw error;
  }
  revalidatePath("/seller", "layout");
  redirect(refusal ? `/seller/listings?refused=${refusal}` : "/seller/listings?submitted=1");
}
