"use server";

import { runOrderStep } from "@/app/_lib/run-order-step";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { AcceptGoodsSchema, CancelOrderSchema, OrderStepSchema, RecordPaymentSchema, RejectGoodsSchema } from "@/lib/orders/order-lifecycle-schemas";
import { acceptGoods, recordReceipt, rejectGoods } from "@/lib/orders/receive-goods";
import { recordPayment } from "@/lib/orders/record-payment";
import { AnswerIncidentSchema, CloseIncidentSchema, RaiseIncidentSchema } from "@/lib/orders/incident-schemas";
import { answerIncident, closeIncident, raiseIncident } from "@/lib/orders/incidents";
import { rateSeller } from "@/lib/orders/rate-order";
import { RateSellerSchema } from "@/lib/orders/rating-schemas";

const buyer = (done: string) => ({ portalPath: "/buyer" as const, done });

export async function cancelOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, CancelOrderSchema, (input, ctx) => cancelOrder(getDatabase().db, ctx, input), buyer("cancelled"));
}

export async function recordReceiptAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, OrderStepSchema, (input, ctx) => recordReceipt(getDatabase().db, ctx, input), buyer("received"));
}

export async function acceptGoodsAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, AcceptGoodsSchema, (input, ctx) => acceptGoods(getDatabase().db, ctx, input), {
    portalPath: "/buyer",
    done: (result) => (result.partial ? "partlyAccepted" : "goodsAccepted"),
  });
}

export async function rejectGoodsAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RejectGoodsSchema, (input, ctx) => rejectGoods(getDatabase().db, ctx, input), buyer("goodsRejected"));
}

export async function recordPaymentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RecordPaymentSchema, (input, ctx) => recordPayment(getDatabase().db, ctx, input), buyer("paid"));
}

export async function rateSellerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RateSellerSchema, (input, ctx) => rateSeller(getDatabase().db, ctx, input), buyer("rated"));
}

export async function raiseIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RaiseIncidentSchema, (input, ctx) => raiseIncident(getDatabase().db, ctx, input), buyer("incidentRaised"));
}

export async function answerIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, AnswerIncidentSchema, (input, ctx) => answerIncident(getDatabase().db, ctx, input), buyer("incidentAnswered"));
}

export async function closeIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, CloseIncidentSchema, (input, ctx) => closeIncident(getDatabase().db, ctx, input), buyer("incidentClosed"));
}
