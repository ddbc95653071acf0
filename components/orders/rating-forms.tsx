"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { RATING_MARKS, RateBuyerSchema, RateSellerSchema } from "@/lib/orders/rating-schemas";

function useMarks() {
  const t = useTranslations("ratings.marks");
  return RATING_MARKS.map((mark) => ({ value: String(mark), label: t(String(mark)) }));
}

export function RateSellerForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("ratings.seller");
  const marks = useMarks();
  return (
    <ZodForm schema={RateSellerSchema} action={action} submitLabel={t("submit")} idPrefix="rating-">
      <input type="hidden" name="orderId" value={orderId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectInput name="timeliness" label={t("timeliness")} options={marks} />
        <SelectInput name="quality" label={t("quality")} options={marks} />
      </div>
      <TextArea name="comment" label={t("comment")} optional rows={2} />
    </ZodForm>
  );
}

export function RateBuyerForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("ratings.buyer");
  const marks = useMarks();
  return (
    <ZodForm schema={RateBuyerSchema} action={action} submitLabel={t("submit")} idPrefix="rating-">
      <input type="hidden" name="orderId" value={orderId} />
      <SelectInput name="paymentSpeed" label={t("paymentSpeed")} options={marks} />
      <TextArea name="comment" label={t("comment")} optional rows={2} />
    </ZodForm>
  );
}
