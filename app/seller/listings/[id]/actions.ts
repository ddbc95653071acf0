"use server";

import { revalidatePath } from "next/cache";
import { forbidden, notFound, redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { requirePortal } from "@/lib/auth/require";
import { addListingImages } from "@/lib/catalogue/add-listing-images";
import { moveListingImage } from "@/lib/catalogue/move-listing-image";
import { removeListingImage } from "@/lib/catalogue/remove-listing-image";
import { updateListing } from "@/lib/catalogue/update-listing";
import { getDatabase } from "@/lib/db/client";
import { FieldValidationError, ForbiddenError, NotFoundError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { mediaStorage } from "@/lib/media/configured-storage";
import { runListingFormAction } from "../_lib/listing-form-action";

export async function updateListingAction(listingId: number, _: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("seller", `/seller/listings/${listingId}`);
  const outcome = await runListingFormAction(formData, (input, ctx) => updateListing(getDatabase().db, ctx, listingId, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  return { status: "done", message: outcome.result.needsApproval ? "listingEditor.savedNeedsApproval" : "listingEditor.saved" };
}

// The image forms post plain multipart forms; the page reads the outcome from the URL.
async function runImageAction(listingId: number, run: () => Promise<unknown>, done: string): Promise<never> {
  await requirePortal("seller", `/seller/listings/${listingId}`);
  let outcome = done;
  try {
    await run();
  } catch (error) {
    if (error instanceof FieldValidationError) outcome = `imageError=${encodeURIComponent(error.fieldErrors.images ?? "")}`;
    else if (error instanceof NotFoundError) notFound();
    else if (error instanceof ForbiddenError) forbidden();
    else throw error;
  }
  revalidatePath("/seller", "layout");
  redirect(`/seller/listings/${listingId}?${outcome}#images`);
}

export async function addImagesAction(listingId: number, formData: FormData): Promise<void> {
  const files = formData.getAll("images").filter((file): file is File => file instanceof File && file.size > 0);
  const bytes = await Promise.all(files.map(async (file) => new Uint8Array(await file.arrayBuffer())));
  await runImageAction(listingId, async () => addListingImages(getDatabase().db, await actionContext(), listingId, bytes, mediaStorage()), "notice=imagesAdded");
}

export async function removeImageAction(listingId: number, formData: FormData): Promise<void> {
  await runImageAction(listingId, async () => removeListingImage(getDatabase().db, await actionContext(), Number(formData.get("imageId")) || -1, mediaStorage()), "");
}

export async function moveImageAction(listingId: number, formData: FormData): Promise<void> {
  const direction = formData.get("direction") === "up" ? "up" : "down";
  await runImageAction(listingId, async () => moveListingImage(getDatabase().db, await actionContext(), Number(formData.get("imageId")) || -1, direction), "");
}
