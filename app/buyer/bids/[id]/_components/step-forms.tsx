"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { BidStepSchema, CancelBidSchema, ClarificationAnswerSchema } from "@/lib/bids/bid-schemas";

// A step that needs nothing but the bid (publish, open the prices, start the auction); the
// domain's refusal comes back in the form's error summary.
export function BidStepForm({ bidId, action, submitLabel, idPrefix }: { bidId: number; action: FormAction; submitLabel: string; idPrefix: string }) {
  return (
    <ZodForm schema={BidStepSchema} action={action} submitLabel={submitLabel} idPrefix={idPrefix}>
      <input type="hidden" name="bidId" value={bidId} />
    </ZodForm>
  );
}

export function CancelBidForm({ bidId, action }: { bidId: number; action: FormAction }) {
  const t = useTranslations("buyerBids.cancel");
  return (
    <ZodForm schema={CancelBidSchema} action={action} submitLabel={t("submit")} idPrefix="cancel-">
      <input type="hidden" name="bidId" value={bidId} />
      <TextArea name="reason" label={t("reason")} hint={t("reasonHint")} rows={3} />
    </ZodForm>
  );
}

export function ClarificationAnswerForm({ clarificationId, action }: { clarificationId: number; action: FormAction }) {
  const t = useTranslations("buyerBids.clarifications");
  return (
    <ZodForm schema={ClarificationAnswerSchema} action={action} submitLabel={t("submit")} idPrefix={`clarification-${clarificationId}-`}>
      <input type="hidden" name="clarificationId" value={clarificationId} />
      <TextArea name="answer" label={t("answer")} rows={3} />
    </ZodForm>
  );
}
