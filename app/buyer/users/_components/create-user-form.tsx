"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { SelectInput, TextInput } from "@/components/forms/fields";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { CreateOrganisationUserSchema } from "@/lib/buyers/organisation-user-schema";
import { RoleCheckboxes } from "./role-checkboxes";

type Props = { action: FormAction; offices: { id: number; name: string }[] };

export function CreateUserForm({ action, offices }: Props) {
  const t = useTranslations("buyerPortal.users");
  const tRegistration = useTranslations("buyers.registration");
  const tForms = useTranslations("forms");
  return (
    <ZodForm
      schema={CreateOrganisationUserSchema}
      action={action}
      submitLabel={t("createSubmit")}
      initialValues={offices.length === 1 && offices[0] ? { officeId: String(offices[0].id) } : {}}
      actions={
        <Link href="/buyer/users" className="font-semibold text-navy-800 underline">
          {t("cancel")}
        </Link>
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="name" label={t("name")} autoComplete="off" />
        <TextInput name="designation" label={tRegistration("headDesignation")} hint={t("designationHint")} autoComplete="off" />
      </div>
      <TextInput name="email" type="email" label={tRegistration("email")} hint={t("emailHint")} autoComplete="off" spellCheck={false} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="phone" type="tel" label={tRegistration("phone")} inputMode="numeric" autoComplete="off" />
        <SelectInput name="officeId" label={t("office")} placeholder={tForms("choose")} options={offices.map((office) => ({ value: String(office.id), label: office.name }))} />
      </div>
      <RoleCheckboxes />
    </ZodForm>
  );
}
