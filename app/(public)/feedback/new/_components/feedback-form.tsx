"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { FEEDBACK_CATEGORIES } from "@/lib/feedback/feedback-pages";
import { FEEDBACK_TEXT, FeedbackSchema } from "@/lib/feedback/feedback-schemas";
import { ScreenshotField } from "./screenshot-field";
import { StarRating } from "./star-rating";

type FeedbackFormProps = {
  action: FormAction;
  formKey: string;
  startedAt: string;
  page: string;
  initialValues: Record<string, string>;
};

// The feedback form, for people signed in or not. The "website" field is the honeypot: out of
// sight, out of the tab order and hidden from screen readers, so only robots fill it in.
export function FeedbackForm({ action, formKey, startedAt, page, initialValues }: FeedbackFormProps) {
  const t = useTranslations("feedback");
  return (
    <ZodForm schema={FeedbackSchema} action={action} submitLabel={t("new.submit")} pendingLabel={t("new.sending")} initialValues={initialValues}>
      <input type="hidden" name="formKey" value={formKey} />
      <input type="hidden" name="startedAt" value={startedAt} />
      <input type="hidden" name="page" value={page} />
      <SelectInput name="category" label={t("new.category")} options={FEEDBACK_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))} placeholder={t("new.choose")} />
      <StarRating />
      <TextArea name="text" label={t("new.text")} hint={t("new.textHint", { min: FEEDBACK_TEXT.min, max: FEEDBACK_TEXT.max })} rows={6} maxLength={FEEDBACK_TEXT.max} />
      <ScreenshotField />
      <div aria-hidden="true" className="sr-only">
        <label htmlFor="feedback-website">{t("new.honeypot")}</label>
        <input id="feedback-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </ZodForm>
  );
}
