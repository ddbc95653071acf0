"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { AssistedSellerSchema } from "@/lib/sellers/assisted-seller-schema";
import { registerAssistedSeller } from "@/lib/sellers/register-assisted-seller";

export async function registerAssistedSellerAction(_: FormState, formData: FormData): Promise<FormState> {
  await requirePortal("seller", "/seller/assisted/new");
  const outcome = await runFormAction(formData, AssistedSellerSchema, (input, ctx) => registerAssistedSeller(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller", "layout");
  redirect(`/seller/assisted/${outcome.result.sellerId}?registered=1`);
}
