"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { REJECTION_REASONS } from "@/lib/bids/bid-rules";
import { EvaluationSchema, RepresentationReplySchema } from "@/lib/bids/bid-schemas";
import { ChoiceGroup } from "@/components/forms/choice-group";

type OfferFormProps = { offerId: number; action: FormAction };

export function QualifyForm({ offerId, action }: OfferFormProps) {
  const t = useTranslations("buyerBids.evaluate");
  return (
    <ZodForm schema={EvaluationSchema} action={action} submitLabel={t("qualify")} idPrefix={`qualify-${offerId}-`}>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="decision" value="QUALIFY" />
      <p className="text-slate-700">{t("qualifyText")}</p>
    </ZodForm>
  );
}

export function RejectForm({ offerId, action }: OfferFormProps) {
  const t = useTranslations("buyerBids.evaluate");
  const reasons = useTranslations("bids.rejectionReasons");
  return (
    <ZodForm schema={EvaluationSchema} action={action} submitLabel={t("reject")} idPrefix={`reject-${offerId}-`}>
      <input type="hidden" name="offerId" value={offerId} />
      <input type="hidden" name="decision" value="REJECT" />
      <SelectInput name="reasonCode" label={t("reason")} options={REJECTION_REASONS.map((code) => ({ value: code, label: reasons(code) }))} placeholder={t("choose")} />
      <TextArea name="note" label={t("note")} hint={t("noteHint")} rows={3} />
    </ZodForm>
  );
}

export function RepresentationReplyForm({ offerId, action }: OfferFormProps) {
  const t = useTranslations("buyerBids.evaluate");
  return (
    <ZodForm schema={RepresentationReplySchema} action={action} submitLabel={t("replySubmit")} idPrefix={`reply-${offerId}-`}>
      <input type="hidden" name="offerId" value={offerId} />
      <ChoiceGroup
        name="upheld"
        legend={t("upheld")}
        options={[
          { value: "yes", label: t("upheldYes") },
          { value: "no", label: t("upheldNo") },
        ]}
      />
      <TextArea name="reply" label={t("reply")} rows={3} />
    </ZodForm>
  );
}
