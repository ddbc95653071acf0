"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { AcceptOrderSchema, ORDER_REJECTION_REASONS, RejectOrderSchema } from "@/lib/orders/order-response-schema";

export function AcceptOrderForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("sellerOrders.accept");
  return (
    <ZodForm schema={AcceptOrderSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{t("text")}</p>
    </ZodForm>
  );
}

export function RejectOrderForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("sellerOrders");
  const reasons = useTranslations("orderReasons");
  return (
    <ZodForm schema={RejectOrderSchema} action={action} submitLabel={t("reject.submit")} idPrefix="reject-">
      <input type="hidden" name="orderId" value={orderId} />
      <SelectInput name="reasonCode" label={t("reject.reason")} options={ORDER_REJECTION_REASONS.map((code) => ({ value: code, label: reasons(code) }))} />
      <TextArea name="note" label={t("reject.note")} optional rows={3} />
    </ZodForm>
  );
}
