"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SellerProfileFieldsets } from "@/components/sellers/seller-profile-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { AssistedSellerSchema } from "@/lib/sellers/assisted-seller-schema";

export function AssistedSellerForm({ places, action }: { places: PlaceTree; action: FormAction }) {
  const t = useTranslations("sellerPortal.assisted");
  return (
    <ZodForm schema={AssistedSellerSchema} action={action} submitLabel={t("register")}>
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
