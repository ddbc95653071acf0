"use client";

import { useTranslations } from "next-intl";
import { Fieldset, SelectInput, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { REGISTRANT_KINDS, RegistrationSchema } from "@/lib/outreach/outreach-schemas";

export function RegistrationForm({ action, initialValues }: { action: FormAction; initialValues: Record<string, string> }) {
  const t = useTranslations("outreach");
  const tForms = useTranslations("forms");
  return (
    <ZodForm schema={RegistrationSchema} action={action} submitLabel={t("register.submit")} initialValues={initialValues}>
      <input type="hidden" name="eventId" value={initialValues.eventId} />
      <Fieldset legend={t("register.heading")} hint={t("register.intro")}>
        <TextInput name="name" label={t("register.name")} autoComplete="name" />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="phone" type="tel" label={t("register.phone")} hint={t("register.phoneHint")} autoComplete="tel-national" inputMode="numeric" />
          <TextInput name="email" type="email" label={t("register.email")} autoComplete="email" optional />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectInput name="kind" label={t("register.kind")} options={REGISTRANT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} placeholder={tForms("choose")} />
          <TextInput name="organisationName" label={t("register.organisationName")} autoComplete="organization" optional />
        </div>
      </Fieldset>
    </ZodForm>
  );
}
