"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Fieldset } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { GST_RATES_BPS } from "@/lib/bids/bid-schemas";

const inputClass = "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900";

// One cell of an item row: the repeated field's value for this row, and the message the
// server gives for it ("itemQuantities.2").
function useItemCell(name: string, row: number) {
  const column = useFormField(name);
  const cell = useFormField(`${name}.${row}`);
  const values = Array.isArray(column.value) ? column.value : column.value === undefined ? [] : [column.value];
  return { id: cell.id, error: cell.error, value: values[row]?.trim() };
}

function Cell({ id, label, hint, error, className = "", children }: { id: string; label: string; hint?: string; error?: string; className?: string; children: (describedBy?: string) => ReactNode }) {
  const t = useTranslations();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

type CellProps = { name: string; row: number; label: string; hint?: string; className?: string };

function ItemInput({ name, row, label, hint, className, fallback = "", inputMode }: CellProps & { fallback?: string; inputMode?: "numeric" | "decimal" }) {
  const { id, error, value } = useItemCell(name, row);
  return (
    <Cell id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          inputMode={inputMode}
          defaultValue={value ?? fallback}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"}`}
        />
      )}
    </Cell>
  );
}

function GstSelect({ row, label }: { row: number; label: string }) {
  const { id, error, value } = useItemCell("itemGstRates", row);
  return (
    <Cell id={id} label={label} error={error}>
      {(describedBy) => (
        <select key={value} id={id} name="itemGstRates" defaultValue={value || "1800"} aria-describedby={describedBy} className={`${inputClass} border-slate-500`}>
          {GST_RATES_BPS.map((rate) => (
            <option key={rate} value={rate}>
              {`${rate / 100} %`}
            </option>
          ))}
        </select>
      )}
    </Cell>
  );
}

function Specifications({ row, label, hint }: { row: number; label: string; hint: string }) {
  const { id, error, value } = useItemCell("itemSpecifications", row);
  return (
    <Cell id={id} label={label} hint={hint} error={error} className="sm:col-span-2 lg:col-span-4">
      {(describedBy) => (
        <textarea id={id} name="itemSpecifications" rows={3} defaultValue={value} aria-describedby={describedBy} className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"}`} />
      )}
    </Cell>
  );
}

// The items of a catalogue or custom bid, one row each; rows left empty are skipped.
export function ItemRows({ rows }: { rows: number }) {
  const t = useTranslations("buyerBids.new.items");
  return (
    <Fieldset legend={t("legend")} hint={t("hint")}>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="border-t border-navy-100 pt-4">
          <fieldset>
            <legend className="font-bold text-navy-900">{t("item", { number: row + 1 })}</legend>
            <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <ItemInput name="itemTitles" row={row} label={t("title")} className="sm:col-span-2 lg:col-span-4" />
              <ItemInput name="itemQuantities" row={row} label={t("quantity")} inputMode="numeric" />
              <ItemInput name="itemUnits" row={row} label={t("unit")} fallback="Nos" />
              <ItemInput name="itemEstimates" row={row} label={t("estimate")} inputMode="decimal" />
              <GstSelect row={row} label={t("gst")} />
              <Specifications row={row} label={t("specifications")} hint={t("specificationsHint")} />
            </div>
          </fieldset>
        </div>
      ))}
    </Fieldset>
  );
}
