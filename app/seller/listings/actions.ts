"use server";

import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { requirePortal } from "@/lib/auth/require";
import { ListingStatusError } from "@/lib/catalogue/change-listing-status";
import { cloneListing } from "@/lib/catalogue/clone-listing";
import { pauseListing } from "@/lib/catalogue/pause-listing";
import { resumeListing } from "@/lib/catalogue/resume-listing";
import { ListingNotSubmittableError, submitListingForApproval } from "@/lib/catalogue/submit-listing";
import { getDatabase } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

const idOf = (formData: FormData) => {
  const id = Number(formData.get("listingId"));
  return Number.isSafeInteger(id) ? id : -1;
};

// The list's row buttons: plain forms (work without JavaScript); the page shows the outcome from the URL.
async function runRowAction(formData: FormData, run: (listingId: number) => Promise<string>): Promise<never> {
  await requirePortal("seller", "/seller/listings");
  let outcome: string;
  try {
    outcome = await run(idOf(formData));
  } catch (error) {
    if (error instanceof ListingNotSubmittableError) outcome = `refused=${error.reasons.join(",")}`;
    else if (error instanceof ListingStatusError) outcome = "notice=notAllowed";
    else if (error instanceof NotFoundError) notFound();
    else if (error instanceof ForbiddenError) forbidden();
    else throw error;
  }
  revalidatePath("/seller", "layout");
  redirect(`/seller/listings?${outcome}`);
}

export async function submitListingAction(formData: FormData): Promise<void> {
  await runRowAction(formData, async (id) => (await submitListingForApproval(getDatabase().db, await actionContext(), id), "submitted=1"));
}

export async function pauseListingAction(formData: FormData): Promise<void> {
  await runRowAction(formData, async (id) => (await pauseListing(getDatabase().db, await actionContext(), id), "notice=paused"));
}

export async function resumeListingAction(formData: FormData): Promise<void> {
  await runRowAction(formData, async (id) => ((await resumeListing(getDatabase().db, await actionContext(), id)) === "APPROVED" ? "notice=resumed" : "notice=resumedDraft"));
}

export async function cloneListingAction(formData: FormData): Promise<void> {
  await requirePortal("seller", "/seller/listings");
  const { listingId } = await cloneListing(getDatabase().db, await actionContext(), idOf(formData)).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  revalidatePath("/seller", "layout");
  redirect(`/seller/listings/${listingId}?notice=cloned`);
}
