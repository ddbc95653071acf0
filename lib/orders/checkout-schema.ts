import { z } from "zod";

const required = { error: "forms.errors.required" };
const choose = { error: "forms.errors.choose" };
const text = (min: number, max: number) => z.string(required).trim().min(min, required).max(max, { error: "forms.errors.tooLong" });

// The checkout form: who receives and who pays, where the goods go, which budget pays, and
// the reason when an L1 purchase does not take the lowest offer. The key is made when the
// form is drawn: sending the same form twice places the orders once.
export const CheckoutSchema = z.object({
  idempotencyKey: z.string(required).regex(/^[A-Za-z0-9_-]{16,64}$/, required),
  consigneeUserId: z.coerce.number(choose).int(choose).positive(choose),
  payingAuthorityUserId: z.coerce.number(choose).int(choose).positive(choose),
  deliveryAddress: text(10, 500),
  budgetHead: text(2, 120),
  sanctionReference: text(1, 120).optional(),
  l1DeviationReason: text(10, 1000).optional(),
});

export type CheckoutInput = z.output<typeof CheckoutSchema>;
