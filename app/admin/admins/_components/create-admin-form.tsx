"use client";

import { useTranslations } from "next-intl";
import { Fieldset, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CreateAdminUserSchema } from "@/lib/admin/schemas";
import type { PlaceTree } from "@/lib/geography/places";
import { ScopeFields } from "./scope-fields";

export function CreateAdminForm({ places, action }: { places: PlaceTree; action: FormAction }) {
  const t = useTranslations("adminUsers");
  return (
    <ZodForm schema={CreateAdminUserSchema} action={action} submitLabel={t("submit")}>
      <Fieldset legend={t("detail.account")}>
        <TextInput name="name" label={t("fields.name")} autoComplete="off" />
        <TextInput name="email" label={t("fields.email")} type="email" autoComplete="off" spellCheck={false} />
        <TextInput name="designation" label={t("fields.designation")} hint={t("fields.designationHint")} />
      </Fieldset>
      <Fieldset legend={t("fields.scope")}>
        <ScopeFields places={places} />
      </Fieldset>
    </ZodForm>
  );
}
