"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { ZodForm } from "@/components/forms/zod-form";
import { ForgotPasswordSchema } from "@/lib/auth/schemas";
import { forgotPasswordAction } from "../actions";

export function ForgotPasswordForm() {
  const t = useTranslations("account.forgot");
  return (
    <ZodForm schema={ForgotPasswordSchema} action={forgotPasswordAction} submitLabel={t("submit")} submitClassName="w-full">
      <TextInput name="email" type="email" label={t("email")} autoComplete="username" inputMode="email" />
    </ZodForm>
  );
}
