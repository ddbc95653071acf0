"use client";

import { useTranslations } from "next-intl";
import { SelectInput, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { REGISTRANT_KINDS, WalkInSchema } from "@/lib/outreach/outreach-schemas";

// Someone at the door who did not register: registered and marked present at once.
export function WalkInForm({ action, eventId }: { action: FormAction; eventId: number }) {
  const t = useTranslations("outreach");
  const tForms = useTranslations("forms");
  return (
    <ZodForm schema={WalkInSchema} action={action} submitLabel={t("staff.walkInSubmit")} idPrefix="walk-in-">
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="name" label={t("register.name")} />
        <TextInput name="phone" type="tel" label={t("register.phone")} inputMode="numeric" />
        <SelectInput name="kind" label={t("register.kind")} options={REGISTRANT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} placeholder={tForms("choose")} />
        <TextInput name="organisationName" label={t("register.organisationName")} optional />
        <TextInput name="email" type="email" label={t("register.email")} optional />
      </div>
    </ZodForm>
  );
}
