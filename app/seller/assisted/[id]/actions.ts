"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { ProfileFormSchema } from "@/lib/sellers/profile-form-schema";
import { updateSellerProfile } from "@/lib/sellers/update-seller-profile";

// Bound to the seller's id by the page; updateSellerProfile checks the facilitator assisted it.
export async function updateAssistedSellerAction(sellerId: number, _: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("seller", `/seller/assisted/${sellerId}`);
  const outcome = await runFormAction(formData, ProfileFormSchema, (input, ctx) => updateSellerProfile(getDatabase().db, ctx, sellerId, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  return { status: "done", message: outcome.result.reverification ? "sellerPortal.profile.savedReverify" : "sellerPortal.profile.saved" };
}
