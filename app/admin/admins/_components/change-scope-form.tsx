"use client";

import { useTranslations } from "next-intl";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { ChangeAdminScopeSchema } from "@/lib/admin/schemas";
import type { PlaceTree } from "@/lib/geography/places";
import { ScopeFields } from "./scope-fields";

export function ChangeScopeForm({ userId, current, places, action }: { userId: number; current: Record<string, string>; places: PlaceTree; action: FormAction }) {
  const t = useTranslations("adminUsers.detail");
  return (
    <ZodForm schema={ChangeAdminScopeSchema} action={action} submitLabel={t("saveScope")} initialValues={current}>
      <input type="hidden" name="userId" value={userId} />
      <ScopeFields places={places} />
    </ZodForm>
  );
}
