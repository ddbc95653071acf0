"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SellerProfileFieldsets } from "@/components/sellers/seller-profile-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { SellerRegistrationSchema } from "@/lib/sellers/registration-schema";

export function SellerRegistrationForm({ places, action }: { places: PlaceTree; action: FormAction }) {
  const t = useTranslations();
  const f = (name: string) => t(`sellers.fields.${name}`);
  return (
    <ZodForm schema={SellerRegistrationSchema} action={action} submitLabel={t("sellerRegister.submit")}>
      <SellerProfileFieldsets places={places} />
      <Fieldset legend={t("sellerRegister.account")} hint={t("sellerRegister.accountHint")}>
        <TextInput name="contactName" label={f("contactName")} autoComplete="name" />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="email" type="email" label={f("email")} hint={f("emailHint")} autoComplete="email" />
          <TextInput name="mobile" type="tel" label={f("mobile")} autoComplete="tel" />
          <TextInput name="password" type="password" label={f("password")} hint={f("passwordHint")} autoComplete="new-password" />
          <TextInput name="confirmPassword" type="password" label={f("confirmPassword")} autoComplete="new-password" />
        </div>
      </Fieldset>
    </ZodForm>
  );
}
