"use client";

import { useTranslations } from "next-intl";
import { SelectInput } from "@/components/forms/fields";
import { PlaceFields } from "@/components/forms/place-fields";
import { AdminScope } from "@/lib/db/generated/enums";
import type { PlaceTree } from "@/lib/geography/places";

// The level of an admin's area and the place it needs (a state, a district or a block).
export function ScopeFields({ places }: { places: PlaceTree }) {
  const t = useTranslations("adminUsers");
  const forms = useTranslations("forms");
  return (
    <>
      <SelectInput
        name="adminScope"
        label={t("fields.level")}
        hint={t("fields.scopeHint")}
        placeholder={forms("choose")}
        options={Object.values(AdminScope).map((level) => ({ value: level, label: t(`scopeLevel.${level}`) }))}
      />
      <PlaceFields places={places} blockOptional />
    </>
  );
}
