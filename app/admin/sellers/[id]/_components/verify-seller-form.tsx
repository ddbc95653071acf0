"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { VerifySellerSchema } from "@/lib/admin/schemas";

export function VerifySellerForm({ sellerId, action }: { sellerId: number; action: FormAction }) {
  const t = useTranslations("adminSellers.verify");
  return (
    <ZodForm schema={VerifySellerSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="sellerId" value={sellerId} />
      <p className="text-slate-700">
        {t("text")}
      </p>
    </ZodForm>
  );
}
