"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse } from "@/app/_lib/or-refuse";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { ACTING_SELLER_COOKIE, startActingForSeller } from "@/lib/sellers/act-for-seller";
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

// The facilitator works for this seller: lists its products and handles its orders.
export async function actForSellerAction(sellerId: number): Promise<void> {
  await requirePortal("seller", `/seller/assisted/${sellerId}`);
  await orRefuse(startActingForSeller(getDatabase().db, await actionContext(), sellerId));
  (await cookies()).set(ACTING_SELLER_COOKIE, String(sellerId), sessionCookie().options);
  revalidatePath("/seller", "layout");
  redirect("/seller/listings");
}
