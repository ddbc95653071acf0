"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction } from "@/app/_lib/run-form-action";
import { BidDraftSchema } from "@/lib/bids/bid-schemas";
import { createBid } from "@/lib/bids/create-bid";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

export async function createBidAction(_: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(alignItemRows(formData), BidDraftSchema, (input, ctx) => createBid(getDatabase().db, ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/buyer/bids", "layout");
  redirect(`/buyer/bids/${outcome.result.id}?done=created`);
}

const ITEM_COLUMNS = ["itemTitles", "itemQuantities", "itemUnits", "itemEstimates", "itemGstRates", "itemSpecifications"];

// readForm leaves empty strings out of a repeated field, so a blank cell would pull the next
// rows' cells of that column up one row. The rows createBid skips (no title, quantity or
// estimate) are left out here, and a blank cell of a kept row is sent as " " (trimmed to
// empty by the schema), so every column keeps one entry per row and the error indexes match.
function alignItemRows(formData: FormData): FormData {
  const aligned = new FormData();
  for (const [key, value] of formData) if (!ITEM_COLUMNS.includes(key)) aligned.append(key, value);
  const columns = ITEM_COLUMNS.map((name) => formData.getAll(name).map(String));
  const [titles = [], quantities = [], , estimates = []] = columns;
  titles.forEach((title, row) => {
    if (![title, quantities[row], estimates[row]].some((cell) => cell?.trim())) return;
    ITEM_COLUMNS.forEach((name, column) => {
      const cell = columns[column]?.[row] ?? "";
      aligned.append(name, cell.trim() ? cell : " ");
    });
  });
  return aligned;
}
