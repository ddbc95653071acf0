"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { SellerProfileFieldsets } from "@/components/sellers/seller-profile-fields";
import type { PlaceTree } from "@/lib/geography/places";
import { SellerProfileSchema } from "@/lib/sellers/seller-profile-schema";

export function SellerProfileForm({ places, action, values }: { places: PlaceTree; action: FormAction; values: Record<string, string> }) {
  const t = useTranslations("sellerPortal.profile");
  return (
    <ZodForm schema={SellerProfileSchema} action={action} submitLabel={t("save")} initialValues={values}>
      <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("reverifyWarning")}</p>
      <SellerProfileFieldsets places={places} />
    </ZodForm>
  );
}
