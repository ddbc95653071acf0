"use client";

import { useTranslations } from "next-intl";
import { FieldShell, Fieldset, inputClass } from "@/components/forms/fields";
import { useRepeatedField } from "@/components/forms/form-context";
import { RepeatedInput } from "@/components/forms/repeated-input";
import { GST_RATES_BPS } from "@/lib/bids/bid-schemas";

function GstSelect({ row, label }: { row: number; label: string }) {
  const { id, error, value } = useRepeatedField("itemGstRates", row);
  return (
    <FieldShell id={id} label={label} error={error}>
      {(describedBy) => (
        <select key={value} id={id} name="itemGstRates" defaultValue={value || "1800"} aria-describedby={describedBy} className={`${inputClass} border-slate-500`}>
          {GST_RATES_BPS.map((rate) => (
            <option key={rate} value={rate}>
              {`${rate / 100} %`}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

function Specifications({ row, label, hint }: { row: number; label: string; hint: string }) {
  const { id, error, value } = useRepeatedField("itemSpecifications", row);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className="sm:col-span-2 lg:col-span-4">
      {(describedBy) => (
        <textarea id={id} name="itemSpecifications" rows={3} defaultValue={value} aria-describedby={describedBy} className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"}`} />
      )}
    </FieldShell>
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
              <RepeatedInput name="itemTitles" index={row} label={t("title")} fieldClassName="sm:col-span-2 lg:col-span-4" />
              <RepeatedInput name="itemQuantities" index={row} label={t("quantity")} inputMode="numeric" />
              <RepeatedInput name="itemUnits" index={row} label={t("unit")} />
              <RepeatedInput name="itemEstimates" index={row} label={t("estimate")} inputMode="decimal" />
              <GstSelect row={row} label={t("gst")} />
              <Specifications row={row} label={t("specifications")} hint={t("specificationsHint")} />
            </div>
          </fieldset>
        </div>
      ))}
    </Fieldset>
  );
}
