import { z } from "zod";

// The marks each side gives the other once an order is paid, 1 (poor) to 5 (excellent).
const mark = z.coerce.number({ error: "forms.errors.choose" }).int({ error: "forms.errors.choose" }).min(1, { error: "forms.errors.choose" }).max(5, { error: "forms.errors.choose" });
const comment = z.string().trim().max(500, { error: "forms.errors.tooLong" }).optional();
const orderId = z.coerce.number().int().positive();

export const RATING_MARKS = [5, 4, 3, 2, 1] as const;

export const RateSellerSchema = z.object({ orderId, timeliness: mark, quality: mark, comment });
export const RateBuyerSchema = z.object({ orderId, paymentSpeed: mark, comment });

export type RateSellerInput = z.output<typeof RateSellerSchema>;
export type RateBuyerInput = z.output<typeof RateBuyerSchema>;
