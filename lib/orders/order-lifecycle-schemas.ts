import { z } from "zod";

// The forms of an order's life after the seller's answer, shared by the browser and the
// server actions. The domain checks what a form cannot know (the ordered quantities, the
// state the order is in, who may act).

const required = { error: "forms.errors.required" };
const choose = { error: "forms.errors.choose" };
const text = (min: number, max: number) => z.string(required).trim().min(min, required).max(max, { error: "forms.errors.tooLong" });
const orderId = z.coerce.number().int().positive();
const optionalNote = z.string().trim().max(500, { error: "forms.errors.tooLong" }).optional();

function noteForOther(input: { reasonCode: string; note?: string }, issues: z.RefinementCtx) {
  if (input.reasonCode === "OTHER" && !input.note) issues.addIssue({ code: "custom", path: ["note"], message: "orderLifecycle.errors.noteForOther" });
}

export const CANCELLATION_REASONS = ["REQUIREMENT_CHANGED", "ORDERED_BY_MISTAKE", "SELLER_DELAY", "BUDGET_WITHDRAWN", "OTHER"] as const;
export const CancelOrderSchema = z.object({ orderId, reasonCode: z.enum(CANCELLATION_REASONS, choose), note: optionalNote }).superRefine(noteForOther);

export const DispatchOrderSchema = z.object({ orderId, carrier: text(2, 120), reference: text(2, 120) });

export const OrderStepSchema = z.object({ orderId });

export const GOODS_REJECTION_REASONS = ["NOT_AS_SPECIFIED", "DAMAGED", "SHORT_SUPPLY", "WRONG_ITEM", "OTHER"] as const;

// Acceptance (CRAC), full or partial: one accepted quantity per line, in the order of
// itemIds; a partial acceptance says why.
export const AcceptGoodsSchema = z.object({
  orderId,
  itemIds: z.array(z.coerce.number().int().positive()).min(1),
  acceptedQuantities: z.array(z.coerce.number({ error: "orderLifecycle.errors.quantity" }).int({ error: "orderLifecycle.errors.quantity" }).min(0, { error: "orderLifecycle.errors.quantity" })).min(1),
  note: optionalNote,
});

export const RejectGoodsSchema = z.object({ orderId, reasonCode: z.enum(GOODS_REJECTION_REASONS, choose), note: text(10, 1000) });

export const RaiseInvoiceSchema = z.object({
  orderId,
  invoiceNumber: text(1, 40).regex(/^[A-Za-z0-9/_-]+$/, { error: "orderLifecycle.errors.invoiceNumber" }),
});

// The payment's bank or PFMS transaction reference (UTR).
export const RecordPaymentSchema = z.object({ orderId, reference: text(4, 80) });

export type CancelOrderInput = z.output<typeof CancelOrderSchema>;
export type DispatchOrderInput = z.output<typeof DispatchOrderSchema>;
export type AcceptGoodsInput = z.output<typeof AcceptGoodsSchema>;
export type RejectGoodsInput = z.output<typeof RejectGoodsSchema>;
export type RaiseInvoiceInput = z.output<typeof RaiseInvoiceSchema>;
export type RecordPaymentInput = z.output<typeof RecordPaymentSchema>;
