"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { runFormAction } from "@/app/_lib/run-form-action";
import type { ActionContext } from "@/lib/auth/context";
import { BidStepSchema, ClarificationSchema, OfferSchema, RepresentationSchema } from "@/lib/bids/bid-schemas";
import { askClarification } from "@/lib/bids/clarifications";
import { makeRepresentation } from "@/lib/bids/evaluate-offers";
import { submitOffer, withdrawOffer } from "@/lib/bids/submit-offer";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

// One step on a bid from the seller's bid page: run the use case, then back to the bid with
// what was done (the page shows it), so a form that disappears with the step still confirms it.
async function bidStep<Shape extends z.ZodRawShape>(
  formData: FormData,
  schema: z.ZodObject<Shape>,
  run: (input: z.output<z.ZodObject<Shape>>, ctx: ActionContext) => Promise<{ bidId: number; done: string }>,
): Promise<FormState> {
  const outcome = await runFormAction(formData, schema, run);
  if (!outcome.ok) return outcome.state;
  revalidatePath("/seller/bids", "layout");
  redirect(`/seller/bids/${outcome.result.bidId}?done=${outcome.result.done}`);
}

export async function submitOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  return bidStep(formData, OfferSchema, async (input, ctx) => {
    const { revision } = await submitOffer(getDatabase().db, ctx, input);
    return { bidId: input.bidId, done: revision === 0 ? "submitted" : "revised" };
  });
}

export async function withdrawOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  return bidStep(formData, BidStepSchema, async (input, ctx) => {
    await withdrawOffer(getDatabase().db, ctx, input.bidId);
    return { bidId: input.bidId, done: "withdrawn" };
  });
}

export async function askClarificationAction(_: FormState, formData: FormData): Promise<FormState> {
  return bidStep(formData, ClarificationSchema, async (input, ctx) => {
    await askClarification(getDatabase().db, ctx, input);
    return { bidId: input.bidId, done: "asked" };
  });
}

// The representation names the offer; the page binds the bid's id for the way back.
export async function makeRepresentationAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(formData, RepresentationSchema, async (input, ctx) => {
    await makeRepresentation(getDatabase().db, ctx, input);
    return { bidId, done: "represented" };
  });
}
