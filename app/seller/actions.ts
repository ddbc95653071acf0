"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { actionContext } from "@/app/_lib/action-context";
import { getDatabase } from "@/lib/db/client";
import { ACTING_SELLER_COOKIE, stopActingForSeller } from "@/lib/sellers/act-for-seller";

// Back to the facilitator's own work, from any seller page.
export async function stopActingAction(): Promise<void> {
  const ctx = await actionContext();
  if (ctx.actor) await stopActingForSeller(getDatabase().db, ctx);
  (await cookies()).delete(ACTING_SELLER_COOKIE);
  revalidatePath("/seller", "layout");
  redirect("/seller/assisted");
}
