"use client";

import { useTranslations } from "next-intl";
import { Fieldset, SelectInput, TextInput } from "@/components/forms/fields";
import { PlaceFields } from "@/components/forms/place-fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import type { BuyerHierarchy } from "@/lib/buyers/list-buyer-hierarchy";
import { OrganisationRegistrationSchema } from "@/lib/buyers/organisation-registration-schema";
import { OrganisationType } from "@/lib/db/generated/enums";
import type { PlaceTree } from "@/lib/geography/places";
import { HierarchyFields } from "./hierarchy-fields";

type Props = { action: FormAction; hierarchy: BuyerHierarchy; places: PlaceTree };

export function OrganisationRegistrationForm({ action, hierarchy, places }: Props) {
  const t = useTranslations("buyers.registration");
  const tType = useTranslations("organisationType");
  const tForms = useTranslations("forms");
  return (
    <ZodForm schema={OrganisationRegistrationSchema} action={action} submitLabel={t("submit")}>
      <Fieldset legend={t("headLegend")} hint={t("headHint")}>
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
          <TextInput name="headName" label={t("headName")} autoComplete="name" />
          <TextInput name="headDesignation" label={t("headDesignation")} hint={t("headDesignationHint")} autoComplete="organization-title" />
        </div>
        <TextInput name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="email" spellCheck={false} />
        <TextInput name="phone" type="tel" label={t("phone")} inputMode="numeric" autoComplete="tel-national" className="sm:max-w-xs" />
        <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
          <TextInput name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" />
          <TextInput name="passwordConfirmation" type="password" label={t("passwordConfirmation")} autoComplete="new-password" />
        </div>
      </Fieldset>
      <Fieldset legend={t("organisationLegend")} hint={t("organisationHint")}>
        <SelectInput
          name="organisationType"
          label={t("organisationType")}
          placeholder={tForms("choose")}
          options={Object.values(OrganisationType).map((type) => ({ value: type, label: tType(type) }))}
        />
        <HierarchyFields hierarchy={hierarchy} />
        <TextInput name="organisationName" label={t("organisationName")} hint={t("organisationNameHint")} />
      </Fieldset>
      <Fieldset legend={t("officeLegend")}>
        <TextInput name="officeName" label={t("officeName")} hint={t("officeNameHint")} />
        <TextInput name="officeAddress" label={t("officeAddress")} autoComplete="street-address" />
        <TextInput name="officePincode" label={t("officePincode")} inputMode="numeric" autoComplete="postal-code" className="sm:max-w-40" />
        <PlaceFields places={places} names={{ state: "officeStateId", district: "officeDistrictId", block: "officeBlockId" }} blockOptional />
      </Fieldset>
    </ZodForm>
  );
}
