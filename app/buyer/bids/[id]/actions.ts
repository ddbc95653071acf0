"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { runFormAction } from "@/app/_lib/run-form-action";
import type { ActionContext } from "@/lib/auth/context";
import { awardBid } from "@/lib/bids/award-bid";
import {
  AwardSchema,
  BidStepSchema,
  CancelBidSchema,
  ClarificationAnswerSchema,
  EvaluationSchema,
  RepresentationReplySchema,
} from "@/lib/bids/bid-schemas";
import { cancelBid } from "@/lib/bids/cancel-bid";
import { answerClarification } from "@/lib/bids/clarifications";
import { answerRepresentation, evaluateOffer } from "@/lib/bids/evaluate-offers";
import { openFinancialOffers } from "@/lib/bids/open-financial";
import { publishBid } from "@/lib/bids/publish-bid";
import { startAuction } from "@/lib/bids/reverse-auction";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";

// Every step on a bid returns to the bid's page (its id bound by the page) saying what was done.
async function bidStep<Shape extends z.ZodRawShape>(
  bidId: number,
  formData: FormData,
  schema: z.ZodObject<Shape>,
  run: (input: z.output<z.ZodObject<Shape>>, ctx: ActionContext) => Promise<unknown>,
  done: string | ((input: z.output<z.ZodObject<Shape>>) => string),
): Promise<FormState> {
  const outcome = await runFormAction(formData, schema, async (input, ctx) => {
    await run(input, ctx);
    return typeof done === "string" ? done : done(input);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath("/buyer/bids", "layout");
  redirect(`/buyer/bids/${Number(bidId)}?done=${outcome.result}`);
}

const db = () => getDatabase().db;

export async function publishBidAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, BidStepSchema, (input, ctx) => publishBid(db(), ctx, input.bidId), "published");
}

export async function cancelBidAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, CancelBidSchema, (input, ctx) => cancelBid(db(), ctx, input), "cancelled");
}

export async function answerClarificationAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, ClarificationAnswerSchema, (input, ctx) => answerClarification(db(), ctx, input), "answered");
}

export async function evaluateOfferAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, EvaluationSchema, (input, ctx) => evaluateOffer(db(), ctx, input), (input) => (input.decision === "REJECT" ? "rejected" : "qualified"));
}

export async function answerRepresentationAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, RepresentationReplySchema, (input, ctx) => answerRepresentation(db(), ctx, input), "replied");
}

export async function openFinancialAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, BidStepSchema, (input, ctx) => openFinancialOffers(db(), ctx, input.bidId), "financialOpened");
}

export async function startAuctionAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, BidStepSchema, (input, ctx) => startAuction(db(), ctx, input.bidId), "auctionStarted");
}

export async function awardBidAction(bidId: number, _: FormState, formData: FormData): Promise<FormState> {
  return bidStep(bidId, formData, AwardSchema, (input, ctx) => awardBid(db(), ctx, input), "awarded");
}
