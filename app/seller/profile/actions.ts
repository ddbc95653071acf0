"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { ProfileFormSchema } from "@/lib/sellers/profile-form-schema";
import { updateSellerProfile } from "@/lib/sellers/update-seller-profile";

export async function updateOwnProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requirePortal("seller", "/seller/profile");
  const outcome = await runFormAction(formData, ProfileFormSchema, (input, ctx) => updateSellerProfile(getDatabase().db, ctx, actor.sellerId ?? -1, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  return { status: "done", message: outcome.result.reverification ? "sellerPortal.profile.savedReverify" : "sellerPortal.profile.saved" };
}
