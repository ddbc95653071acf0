"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { RejectListingSchema } from "@/lib/admin/listing-review-schemas";
import { LISTING_REJECTION_REASONS } from "@/lib/catalogue/listing-rejection-reasons";

export function RejectListingForm({ listingId, action }: { listingId: number; action: FormAction }) {
  const t = useTranslations("listingReview.reject");
  const reasons = useTranslations("listingRejectionReasons");
  const forms = useTranslations("forms");
  return (
    <ZodForm schema={RejectListingSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="listingId" value={listingId} />
      <p className="text-slate-700">{t("text")}</p>
      <SelectInput name="reasonCode" label={t("reason")} placeholder={forms("choose")} options={LISTING_REJECTION_REASONS.map((code) => ({ value: code, label: reasons(code) }))} />
      <TextArea name="note" label={t("note")} hint={t("noteHint")} optional rows={4} maxLength={1000} />
    </ZodForm>
  );
}
