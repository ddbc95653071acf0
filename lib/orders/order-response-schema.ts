import { z } from "zod";

// Why a seller may turn an order down; the buyer and the auditors see the reason.
export const ORDER_REJECTION_REASONS = ["OUT_OF_STOCK", "CANNOT_DELIVER_IN_TIME", "CANNOT_DELIVER_THERE", "PRICE_ERROR", "OTHER"] as const;

const orderId = z.coerce.number().int().positive();

export const AcceptOrderSchema = z.object({ orderId });

export const RejectOrderSchema = z
  .object({
    orderId,
    reasonCode: z.enum(ORDER_REJECTION_REASONS, { error: "forms.errors.choose" }),
    note: z.string().trim().max(500, { error: "forms.errors.tooLong" }).optional(),
  })
  .superRefine((input, issues) => {
    if (input.reasonCode === "OTHER" && !input.note) issues.addIssue({ code: "custom", path: ["note"], message: "orderLifecycle.errors.noteForOther" });
  });

export type RejectOrderInput = z.output<typeof RejectOrderSchema>;
