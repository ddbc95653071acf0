"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Fieldset, SelectInput, TextArea, TextInput } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { localName } from "@/components/portal/local-name";
import { DELIVERY_SCOPES, listingFormSchema, SPEC_PREFIX } from "@/lib/catalogue/listing-form-schema";
import { GST_RATES_BPS } from "@/lib/catalogue/listing-schema";
import { makeInIndiaClass } from "@/lib/catalogue/make-in-india";
import { ORIGIN_COUNTRIES } from "@/lib/catalogue/origin-countries";
import type { SpecField } from "@/lib/catalogue/spec-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { formatRupees } from "@/lib/money/format";
import { rupeesToPaise } from "@/lib/money/parse-rupees";

type ListingFormProps = { action: FormAction; specFields: SpecField[]; places: PlaceTree; values: Record<string, string | string[]>; submitLabel: string };

function SpecInput({ field }: { field: SpecField }) {
  const locale = useLocale();
  const label = locale === "hi" ? field.labelHi : field.label;
  const name = `${SPEC_PREFIX}${field.key}`;
  if (field.type === "enum") return <SelectInput name={name} label={label} optional={!field.required} options={(field.values ?? []).map((value) => ({ value, label: value }))} />;
  if (field.type === "number") {
    return (
      <div className="flex items-end gap-2">
        <TextInput name={name} label={label} optional={!field.required} inputMode="decimal" className="sm:max-w-40" />
        {field.unit ? <span className="pb-2 text-slate-700">{field.unit}</span> : null}
      </div>
    );
  }
  return <TextInput name={name} label={label} optional={!field.required} />;
}

function DeliveryFields({ places }: { places: PlaceTree }) {
  const t = useTranslations("listingEditor");
  const translate = useTranslations();
  const locale = useLocale();
  const initial = useFormField("deliveryScope").value;
  const states = useFormField("deliveryStateIds");
  const districts = useFormField("deliveryDistrictIds");
  const chosenStates = ([] as string[]).concat(states.value ?? []);
  const [scope, setScope] = useState(typeof initial === "string" && initial ? initial : "INDIA");
  const chosenDistricts = ([] as string[]).concat(districts.value ?? []);
  return (
    <>
      <div role="radiogroup" aria-label={t("deliveryScope")} className="flex flex-wrap gap-x-6 gap-y-2">
        {DELIVERY_SCOPES.map((option) => (
          <label key={option} className="flex min-h-11 items-center gap-2 font-semibold">
            <input type="radio" name="deliveryScope" value={option} defaultChecked={scope === option} onChange={() => setScope(option)} className="size-5 accent-navy-800" />
            {t(`scope.${option}`)}
          </label>
        ))}
      </div>
      {scope === "STATES" ? (
        <fieldset id="field-deliveryStateIds" tabIndex={-1}>
          <legend className="font-semibold">{t("deliveryStates")}</legend>
          {states.error ? <p className="text-sm font-semibold text-red-800">{translate(states.error)}</p> : null}
          <div className="mt-2 grid max-h-72 gap-1 overflow-y-auto rounded-md border border-slate-300 p-3 sm:grid-cols-2 lg:grid-cols-3">
            {places.map((state) => (
              <label key={state.id} className="flex min-h-9 items-center gap-2">
                <input type="checkbox" name="deliveryStateIds" value={state.id} defaultChecked={chosenStates.includes(String(state.id))} className="size-5 accent-navy-800" />
                {localName(locale, state)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {scope === "DISTRICTS" ? (
        <div>
          <label htmlFor="field-deliveryDistrictIds" className="block font-semibold">
            {t("deliveryDistricts")}
          </label>
          {districts.error ? <p className="text-sm font-semibold text-red-800">{translate(districts.error)}</p> : null}
          <select id="field-deliveryDistrictIds" name="deliveryDistrictIds" multiple defaultValue={chosenDistricts} className="mt-1 block h-72 w-full rounded-md border border-slate-500 bg-white p-2">
            {places.map((state) => (
              <optgroup key={state.id} label={localName(locale, state)}>
                {state.districts.map((district) => (
                  <option key={district.id} value={district.id}>
                    {localName(locale, district)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

// The seller's listing form, new or edited, checked in the browser and by the server with the
// same schema (including the category's specification fields).
export function ListingForm({ action, specFields, places, values, submitLabel }: ListingFormProps) {
  const t = useTranslations();
  const schema = useMemo(() => listingFormSchema(specFields), [specFields]);
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const [price, setPrice] = useState(text("price"));
  const [mrp, setMrp] = useState(text("mrp"));
  const [localContent, setLocalContent] = useState(text("localContentPercent"));
  const pricePaise = rupeesToPaise(price);
  const mrpPaise = rupeesToPaise(mrp);
  const saving = pricePaise !== null && mrpPaise !== null && mrpPaise > pricePaise ? mrpPaise - pricePaise : null;
  const local = Number(localContent);
  return (
    <ZodForm schema={schema} action={action} submitLabel={submitLabel} initialValues={values}>
      <input type="hidden" name="categoryId" value={text("categoryId")} />
      <Fieldset legend={t("listingEditor.basics")}>
        <TextInput name="title" label={t("listingEditor.title")} hint={t("listingEditor.titleHint")} />
        <TextArea name="description" label={t("listingEditor.description")} optional />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="brand" label={t("listingEditor.brand")} optional />
          <TextInput name="model" label={t("listingEditor.model")} optional />
        </div>
      </Fieldset>
      {specFields.length > 0 ? (
        <Fieldset legend={t("listingEditor.specifications")}>
          <div className="grid gap-4 sm:grid-cols-2">
            {specFields.map((field) => (
              <SpecInput key={field.key} field={field} />
            ))}
          </div>
        </Fieldset>
      ) : null}
      <Fieldset legend={t("listingEditor.priceAndStock")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="price" label={t("listingEditor.price")} inputMode="decimal" onChange={(event) => setPrice(event.target.value)} />
          <TextInput name="mrp" label={t("listingEditor.mrp")} inputMode="decimal" onChange={(event) => setMrp(event.target.value)} />
        </div>
        {saving !== null && mrpPaise ? (
          <p aria-live="polite" className="font-semibold text-green-800">
            {t("listingEditor.saving", { amount: formatRupees(saving), percent: ((saving * 100) / mrpPaise).toFixed(1) })}
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectInput name="gstRateBps" label={t("listingEditor.gstRate")} options={GST_RATES_BPS.map((rate) => ({ value: String(rate), label: t("listingEditor.gstRateValue", { rate: rate / 100 }) }))} />
          <TextInput name="stockQuantity" label={t("listingEditor.stock")} inputMode="numeric" />
          <TextInput name="minOrderQuantity" label={t("listingEditor.minOrder")} inputMode="numeric" />
        </div>
      </Fieldset>
      <Fieldset legend={t("listingEditor.delivery")}>
        <TextInput name="deliveryDays" label={t("listingEditor.deliveryDays")} inputMode="numeric" className="sm:max-w-40" />
        <DeliveryFields places={places} />
      </Fieldset>
      <Fieldset legend={t("listingEditor.origin")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectInput name="countryOfOrigin" label={t("listingEditor.country")} options={ORIGIN_COUNTRIES.map((code) => ({ value: code, label: t(`listingEditor.countries.${code}`) }))} />
          <TextInput name="localContentPercent" label={t("listingEditor.localContent")} inputMode="numeric" onChange={(event) => setLocalContent(event.target.value)} />
        </div>
        {localContent !== "" && Number.isInteger(local) && local >= 0 && local <= 100 ? (
          <p aria-live="polite" className="font-semibold text-navy-900">
            {t("listingEditor.makeInIndiaClass", { class: t(`catalogue.makeInIndia.${makeInIndiaClass(local)}`) })}
          </p>
        ) : null}
        <p className="text-sm text-slate-700">{t("catalogue.makeInIndia.explain")}</p>
      </Fieldset>
    </ZodForm>
  );
}
