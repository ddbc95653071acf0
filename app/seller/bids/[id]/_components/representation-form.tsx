"use client";

import { useTranslations } from "next-intl";
import { TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { RepresentationSchema } from "@/lib/bids/bid-schemas";

export function RepresentationForm({ offerId, action }: { offerId: number; action: FormAction }) {
  const t = useTranslations("sellerBids.represent");
  return (
    <ZodForm schema={RepresentationSchema} action={action} submitLabel={t("submit")} idPrefix="represent-">
      <input type="hidden" name="offerId" value={offerId} />
      <TextArea name="representation" label={t("label")} hint={t("hint")} rows={5} />
    </ZodForm>
  );
}
