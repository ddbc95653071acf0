"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextArea, TextInput } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { HelpLink } from "@/components/help/help-link";
import {
  AcceptGoodsSchema,
  CANCELLATION_REASONS,
  CancelOrderSchema,
  GOODS_REJECTION_REASONS,
  OrderStepSchema,
  RecordPaymentSchema,
  RejectGoodsSchema,
} from "@/lib/orders/order-lifecycle-schemas";

type StepFormProps = { orderId: number; action: FormAction };

export function CancelOrderForm({ orderId, action }: StepFormProps) {
  const t = useTranslations("orderLifecycle.cancel");
  const reasons = useTranslations("orderReasons");
  return (
    <ZodForm schema={CancelOrderSchema} action={action} submitLabel={t("submit")} idPrefix="cancel-">
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{t("text")}</p>
      <SelectInput name="reasonCode" label={t("reason")} options={CANCELLATION_REASONS.map((code) => ({ value: code, label: reasons(code) }))} />
      <TextArea name="note" label={t("note")} optional rows={3} />
    </ZodForm>
  );
}

export function RecordReceiptForm({ orderId, action, text }: StepFormProps & { text: string }) {
  const t = useTranslations("orderLifecycle.receive");
  return (
    <ZodForm schema={OrderStepSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{text}</p>
      <HelpLink topic="acceptGoods" />
    </ZodForm>
  );
}

type Line = { id: number; title: string; quantity: number };

// One quantity box per line, all named acceptedQuantities in the order of itemIds.
function AcceptedQuantities({ lines }: { lines: Line[] }) {
  const t = useTranslations();
  const { id: firstId, error, value } = useFormField("acceptedQuantities");
  const echoed = Array.isArray(value) ? value : value === undefined ? undefined : [value];
  return (
    <div className="space-y-4">
      {error ? (
        <p id={`${firstId}-error`} className="text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
      {lines.map((line, index) => {
        const id = index === 0 ? firstId : `${firstId}-${index}`;
        return (
          <div key={line.id}>
            <input type="hidden" name="itemIds" value={line.id} />
            <label htmlFor={id} className="block font-semibold text-slate-900">
              {t("orderLifecycle.acceptGoods.quantity", { title: line.title, quantity: line.quantity })}
            </label>
            <input
              id={id}
              name="acceptedQuantities"
              type="number"
              inputMode="numeric"
              min={0}
              max={line.quantity}
              defaultValue={echoed?.[index] ?? line.quantity}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${firstId}-error` : undefined}
              className={`mt-1 block min-h-11 w-32 rounded-md border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
            />
          </div>
        );
      })}
    </div>
  );
}

export function AcceptGoodsForm({ orderId, action, lines }: StepFormProps & { lines: Line[] }) {
  const t = useTranslations("orderLifecycle.acceptGoods");
  return (
    <ZodForm schema={AcceptGoodsSchema} action={action} submitLabel={t("submit")} idPrefix="accept-">
      <input type="hidden" name="orderId" value={orderId} />
      <p className="text-slate-700">{t("text")}</p>
      <HelpLink topic="acceptGoods" />
      <AcceptedQuantities lines={lines} />
      <TextArea name="note" label={t("note")} optional rows={2} />
    </ZodForm>
  );
}

export function RejectGoodsForm({ orderId, action }: StepFormProps) {
  const t = useTranslations("orderLifecycle.rejectGoods");
  const reasons = useTranslations("orderReasons");
  return (
    <ZodForm schema={RejectGoodsSchema} action={action} submitLabel={t("submit")} idPrefix="reject-">
      <input type="hidden" name="orderId" value={orderId} />
      <SelectInput name="reasonCode" label={t("reason")} options={GOODS_REJECTION_REASONS.map((code) => ({ value: code, label: reasons(code) }))} />
      <TextArea name="note" label={t("note")} rows={3} />
    </ZodForm>
  );
}

export type PaymentFigures = { amount: string; due: string; daysLate: number; interest: string; total: string };

export function RecordPaymentForm({ orderId, action, figures }: StepFormProps & { figures: PaymentFigures }) {
  const t = useTranslations("orderLifecycle.pay");
  const rows = [
    { label: t("amount"), value: figures.amount },
    { label: t("due"), value: figures.due },
    { label: t("daysLate"), value: String(figures.daysLate) },
    { label: t("interest"), value: figures.interest },
  ];
  return (
    <ZodForm schema={RecordPaymentSchema} action={action} submitLabel={t("submit")}>
      <input type="hidden" name="orderId" value={orderId} />
      <HelpLink topic="payInvoice" />
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="text-slate-700">{row.label}</dt>
            <dd className={`text-right tabular-nums ${row.label === t("daysLate") && figures.daysLate > 0 ? "font-semibold text-red-800" : ""}`}>{row.value}</dd>
          </div>
        ))}
        <dt className="border-t border-navy-100 pt-1 font-bold text-navy-900">{t("total")}</dt>
        <dd className="border-t border-navy-100 pt-1 text-right font-bold text-navy-900 tabular-nums">{figures.total}</dd>
      </dl>
      <TextInput name="reference" label={t("reference")} autoComplete="off" />
    </ZodForm>
  );
}
