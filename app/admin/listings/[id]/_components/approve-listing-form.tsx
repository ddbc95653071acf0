"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { ApproveListingSchema } from "@/lib/admin/listing-review-schemas";

export function ApproveListingForm({ listingId, action }: { listingId: number; action: FormAction }) {
  const t = useTranslations("listingReview.approve");
  return (
    <ZodForm schema={ApproveListingSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="listingId" value={listingId} />
      <p className="text-slate-700">{t("text")}</p>
    </ZodForm>
  );
}
