"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SellerProfileFieldsets } from "@/components/sellers/seller-profile-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { ProfileFormSchema } from "@/lib/sellers/profile-form-schema";

export function SellerProfileForm({ places, action, values }: { places: PlaceTree; action: FormAction; values: Record<string, string> }) {
  const t = useTranslations("sellerPortal");
  return (
    <ZodForm schema={ProfileFormSchema} action={action} submitLabel={t("profile.save")} initialValues={values}>
      <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("profile.reverifyWarning")}</p>
      <SellerProfileFieldsets places={places} />
      <Fieldset legend={t("assisted.contact")}>
        <TextInput name="contactMobile" type="tel" label={t("assisted.contactMobile")} optional autoComplete="tel" className="sm:max-w-xs" />
      </Fieldset>
    </ZodForm>
  );
}
