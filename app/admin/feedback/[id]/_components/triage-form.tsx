"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { FEEDBACK_TEXT, TriageSchema, type FeedbackStatusName } from "@/lib/feedback/feedback-schemas";

type TriageFormProps = { action: FormAction; feedbackId: number; status: FeedbackStatusName; nextStatuses: readonly FeedbackStatusName[] };

// The status (kept, or one of the next ones the workflow allows) and a reply to the sender.
export function TriageForm({ action, feedbackId, status, nextStatuses }: TriageFormProps) {
  const t = useTranslations("feedback");
  const options = [
    { value: status, label: t("admin.triage.keep", { status: t(`status.${status}`) }) },
    ...nextStatuses.map((next) => ({ value: next, label: t(`status.${next}`) })),
  ];
  return (
    <ZodForm schema={TriageSchema} action={action} submitLabel={t("admin.triage.submit")} initialValues={{ status }}>
      <input type="hidden" name="feedbackId" value={feedbackId} />
      <SelectInput name="status" label={t("admin.triage.status")} hint={t("admin.triage.statusHint")} options={options} placeholder={t("new.choose")} />
      <TextArea name="reply" label={t("admin.triage.reply")} hint={t("admin.triage.replyHint")} optional rows={5} maxLength={FEEDBACK_TEXT.max} />
    </ZodForm>
  );
}
