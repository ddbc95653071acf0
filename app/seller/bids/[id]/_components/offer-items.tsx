"use client";

import { useTranslations } from "next-intl";
import { useContext } from "react";
import { Fieldset } from "@/components/forms/fields";
import { fieldId, FormFieldsContext } from "@/components/forms/form-context";
import { RepeatedInput } from "@/components/forms/repeated-input";

export type OfferItem = { id: number; title: string; quantity: number; unit: string; gstRateBps: number; specifications: [string, string][] };

// For each item, an answer to each of its specifications and a unit price without GST. The
// hidden keys give each answer its "<itemId>:<specification>" and each price its item, in
// the order of the visible fields (OfferSchema).
export function OfferItems({ items }: { items: OfferItem[] }) {
  const t = useTranslations();
  const { errors, idPrefix } = useContext(FormFieldsContext);
  const firstAnswer = items.map((_, index) => items.slice(0, index).reduce((count, item) => count + item.specifications.length, 0));
  return (
    <div id={fieldId("unitPrices", idPrefix)} className="space-y-6">
      <p className="text-slate-700">{t("sellerBids.offer.complianceHint")}</p>
      {errors.unitPrices ? <p className="text-sm font-semibold text-red-800">{t(errors.unitPrices)}</p> : null}
      {items.map((item, index) => (
        <Fieldset
          key={item.id}
          legend={t("sellerBids.offer.item", { number: index + 1, title: item.title })}
          hint={t("sellerBids.offer.itemFacts", { quantity: item.quantity, unit: item.unit, rate: item.gstRateBps / 100 })}
        >
          {item.specifications.map(([name, value], specIndex) => (
            <div key={name} className="break-words">
              <input type="hidden" name="complianceKeys" value={`${item.id}:${name}`} />
              <RepeatedInput name="complianceValues" index={firstAnswer[index]! + specIndex} label={name} hint={t("sellerBids.offer.asked", { value })} autoComplete="off" />
            </div>
          ))}
          <input type="hidden" name="itemIds" value={item.id} />
          <RepeatedInput
            name="unitPrices"
            index={index}
            label={t("sellerBids.offer.unitPrice")}
            hint={t("sellerBids.offer.unitPriceHint", { rate: item.gstRateBps / 100 })}
            inputMode="decimal"
            autoComplete="off"
            className="sm:max-w-60"
          />
        </Fieldset>
      ))}
    </div>
  );
}
