"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { ClarificationSchema } from "@/lib/bids/bid-schemas";

export function AskQuestionForm({ bidId, hint, action }: { bidId: number; hint: string; action: FormAction }) {
  const t = useTranslations("sellerBids.clarifications");
  return (
    <ZodForm schema={ClarificationSchema} action={action} submitLabel={t("submit")} idPrefix="ask-">
      <input type="hidden" name="bidId" value={bidId} />
      <TextArea name="question" label={t("label")} hint={hint} rows={3} />
    </ZodForm>
  );
}
