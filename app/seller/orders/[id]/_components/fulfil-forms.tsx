"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { DispatchOrderSchema, OrderStepSchema, RaiseInvoiceSchema } from "@/lib/orders/order-lifecycle-schemas";

export function DispatchForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("orderLifecycle.dispatch");
  return (
    <ZodForm schema={DispatchOrderSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{t("text")}</p>
      <TextInput name="carrier" label={t("carrier")} autoComplete="off" />
      <TextInput name="reference" label={t("reference")} autoComplete="off" />
    </ZodForm>
  );
}

export function DeliveredForm({ orderId, action }: { orderId: number; action: FormAction }) {
  const t = useTranslations("orderLifecycle.deliver");
  return (
    <ZodForm schema={OrderStepSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{t("text")}</p>
    </ZodForm>
  );
}

export function InvoiceForm({ orderId, text, action }: { orderId: number; text: string; action: FormAction }) {
  const t = useTranslations("orderLifecycle.invoice");
  return (
    <ZodForm schema={RaiseInvoiceSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{text}</p>
      <TextInput name="invoiceNumber" label={t("number")} autoComplete="off" />
    </ZodForm>
  );
}
