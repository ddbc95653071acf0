"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { BidDraftSchema } from "@/lib/bids/bid-schemas";
import { createBid } from "@/lib/bids/create-bid";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function createBidAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(formData, BidDraftSchema, (input, ctx) => createBid(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/buyer/bids", "layout");
  redirect(`/buyer/bids/${outcome.result.id}?done=created`);
}
