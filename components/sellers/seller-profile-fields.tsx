"use client";

import { useTranslations } from "next-intl";
import { CheckboxInput, Fieldset, SelectInput, TextInput } from "@/components/forms/fields";
import { PlaceFields } from "@/components/forms/place-fields";
import { LegalEntityType, MseClass } from "@/lib/db/generated/enums";
import type { PlaceTree } from "@/lib/geography/places";

// The fields of SellerProfileFields, grouped as a person thinks of them. Used by
// self-registration, the profile page and a facilitator's assisted registration.
export function SellerProfileFieldsets({ places }: { places: PlaceTree }) {
  const t = useTranslations();
  const f = (name: string) => t(`sellers.fields.${name}`);
  return (
    <>
      <Fieldset legend={t("sellers.fieldsets.enterprise")}>
        <TextInput name="legalName" label={f("legalName")} hint={f("legalNameHint")} autoComplete="organization" />
        <TextInput name="tradeName" label={f("tradeName")} optional />
        <SelectInput
          name="entityType"
          label={f("entityType")}
          hint={f("entityTypeHint")}
          placeholder={t("forms.choose")}
          options={Object.values(LegalEntityType).map((value) => ({ value, label: t(`sellers.entityType.${value}`) }))}
        />
        <TextInput name="pan" label={f("pan")} hint={f("panHint")} autoCapitalize="characters" spellCheck={false} className="uppercase sm:max-w-xs" />
      </Fieldset>
      <Fieldset legend={t("sellers.fieldsets.registrations")}>
        <TextInput name="gstin" label={f("gstin")} hint={f("gstinHint")} optional autoCapitalize="characters" spellCheck={false} className="uppercase sm:max-w-sm" />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="udyamNumber" label={f("udyamNumber")} hint={f("udyamNumberHint")} optional autoCapitalize="characters" spellCheck={false} className="uppercase" />
          <SelectInput
            name="mseClass"
            label={f("mseClass")}
            hint={f("mseClassHint")}
            optional
            placeholder={t("forms.choose")}
            options={Object.values(MseClass).map((value) => ({ value, label: t(`mseClass.${value}`) }))}
          />
        </div>
        <CheckboxInput name="isStartup" label={f("isStartup")} />
        <TextInput name="dpiitNumber" label={f("dpiitNumber")} hint={f("dpiitNumberHint")} optional autoCapitalize="characters" spellCheck={false} className="uppercase sm:max-w-xs" />
      </Fieldset>
      <Fieldset legend={t("sellers.fieldsets.groups")} hint={t("sellers.fieldsets.groupsHint")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <CheckboxInput name="isWomenOwned" label={f("isWomenOwned")} />
          <CheckboxInput name="isScStOwned" label={f("isScStOwned")} />
          <CheckboxInput name="isShg" label={f("isShg")} />
          <CheckboxInput name="isCooperative" label={f("isCooperative")} />
          <CheckboxInput name="isProducerCompany" label={f("isProducerCompany")} />
          <CheckboxInput name="isArtisan" label={f("isArtisan")} />
          <CheckboxInput name="isWeaver" label={f("isWeaver")} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="artisanCardNumber" label={f("artisanCardNumber")} optional />
          <TextInput name="weaverCardNumber" label={f("weaverCardNumber")} optional />
        </div>
      </Fieldset>
      <Fieldset legend={t("sellers.fieldsets.address")}>
        <TextInput name="addressLine" label={f("addressLine")} hint={f("addressLineHint")} autoComplete="street-address" />
        <TextInput name="pincode" label={f("pincode")} inputMode="numeric" autoComplete="postal-code" className="sm:max-w-[10rem]" />
        <PlaceFields places={places} blockOptional />
      </Fieldset>
      <Fieldset legend={t("sellers.fieldsets.bank")} hint={t("sellers.fieldsets.bankHint")}>
        <TextInput name="bankAccountName" label={f("bankAccountName")} optional />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="bankAccountNumber" label={f("bankAccountNumber")} optional inputMode="numeric" autoComplete="off" />
          <TextInput name="ifsc" label={f("ifsc")} hint={f("ifscHint")} optional autoCapitalize="characters" spellCheck={false} className="uppercase" />
        </div>
      </Fieldset>
    </>
  );
}
