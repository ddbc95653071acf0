"use server";

import { runOrderStep } from "@/app/_lib/run-order-step";
import { getDatabase } from "@/lib/db/client";
import type { FormState } from "@/lib/forms/form-state";
import { dispatchOrder, markDelivered, raiseInvoice } from "@/lib/orders/fulfil-order";
import { DispatchOrderSchema, OrderStepSchema, RaiseInvoiceSchema } from "@/lib/orders/order-lifecycle-schemas";
import { AcceptOrderSchema, RejectOrderSchema } from "@/lib/orders/order-response-schema";
import { acceptOrder, rejectOrder } from "@/lib/orders/respond-to-order";
import { AnswerIncidentSchema, CloseIncidentSchema, RaiseIncidentSchema } from "@/lib/orders/incident-schemas";
import { answerIncident, closeIncident, raiseIncident } from "@/lib/orders/incidents";
import { rateBuyer } from "@/lib/orders/rate-order";
import { RateBuyerSchema } from "@/lib/orders/rating-schemas";

const seller = (done: string) => ({ portalPath: "/seller" as const, done });

export async function acceptOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, AcceptOrderSchema, (input, ctx) => acceptOrder(getDatabase().db, ctx, input), seller("accepted"));
}

export async function rejectOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RejectOrderSchema, (input, ctx) => rejectOrder(getDatabase().db, ctx, input), seller("rejected"));
}

export async function dispatchOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, DispatchOrderSchema, (input, ctx) => dispatchOrder(getDatabase().db, ctx, input), seller("dispatched"));
}

export async function markDeliveredAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, OrderStepSchema, (input, ctx) => markDelivered(getDatabase().db, ctx, input), seller("delivered"));
}

export async function raiseInvoiceAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RaiseInvoiceSchema, (input, ctx) => raiseInvoice(getDatabase().db, ctx, input), seller("invoiced"));
}

export async function rateBuyerAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RateBuyerSchema, (input, ctx) => rateBuyer(getDatabase().db, ctx, input), seller("rated"));
}

export async function raiseIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, RaiseIncidentSchema, (input, ctx) => raiseIncident(getDatabase().db, ctx, input), seller("incidentRaised"));
}

export async function answerIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, AnswerIncidentSchema, (input, ctx) => answerIncident(getDatabase().db, ctx, input), seller("incidentAnswered"));
}

export async function closeIncidentAction(_: FormState, formData: FormData): Promise<FormState> {
  return runOrderStep(formData, CloseIncidentSchema, (input, ctx) => closeIncident(getDatabase().db, ctx, input), seller("incidentClosed"));
}
