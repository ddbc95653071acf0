"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SELLER_REJECTION_REASONS } from "@/lib/admin/rejection-reasons";
import { RejectSellerSchema } from "@/lib/admin/schemas";

export function RejectSellerForm({ sellerId, action }: { sellerId: number; action: FormAction }) {
  const t = useTranslations("adminSellers.reject");
  const reasons = useTranslations("rejectionReason");
  const forms = useTranslations("forms");
  return (
    <ZodForm schema={RejectSellerSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="sellerId" value={sellerId} />
      <p className="text-slate-700">
        {t("text")}
      </p>
      <SelectInput
        name="reasonCode"
        label={t("reason")}
        placeholder={forms("choose")}
        options={SELLER_REJECTION_REASONS.map((code) => ({ value: code, label: reasons(code) }))}
      />
      <TextArea name="note" label={t("note")} hint={t("noteHint")} optional rows={4} maxLength={1000} />
    </ZodForm>
  );
}
