"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { ZodForm } from "@/components/forms/zod-form";
import { ResetPasswordSchema } from "@/lib/auth/schemas";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.reset");
  return (
    <ZodForm schema={ResetPasswordSchema} action={resetPasswordAction} submitLabel={t("submit")} submitClassName="w-full">
      <input type="hidden" name="token" value={token} />
      <TextInput name="password" type="password" label={t("password")} hint={t("passwordHint")} autoComplete="new-password" />
      <TextInput name="confirmPassword" type="password" label={t("confirmPassword")} autoComplete="new-password" />
    </ZodForm>
  );
}
