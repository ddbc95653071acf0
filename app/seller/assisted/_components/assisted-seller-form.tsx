"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SellerProfileFieldsets } from "@/components/sellers/seller-profile-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { AssistedSellerSchema } from "@/lib/sellers/assisted-seller-schema";

type AssistedSellerFormProps = { places: PlaceTree; action: FormAction; initialValues?: Record<string, string>; outreachRegistrationId?: number };

export function AssistedSellerForm({ places, action, initialValues, outreachRegistrationId }: AssistedSellerFormProps) {
  const t = useTranslations("sellerPortal.assisted");
  return (
    <ZodForm schema={AssistedSellerSchema} action={action} submitLabel={t("register")} initialValues={initialValues}>
      {outreachRegistrationId ? <input type="hidden" name="outreachRegistrationId" value={outreachRegistrationId} /> : null}
      <SellerProfileFieldsets places={places} />
      <Fieldset legend={t("contact")}>
        <TextInput name="contactName" label={t("contactName")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="contactMobile" type="tel" label={t("contactMobile")} />
          <TextInput name="contactEmail" type="email" label={t("contactEmail")} hint={t("contactEmailHint")} optional />
        </div>
      </Fieldset>
    </ZodForm>
  );
}
