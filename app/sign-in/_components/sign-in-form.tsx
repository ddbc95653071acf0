"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { ZodForm } from "@/components/forms/zod-form";
import { SignInSchema } from "@/lib/auth/schemas";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  return (
    <ZodForm schema={SignInSchema} action={signInAction} submitLabel={t("submit")} submitClassName="w-full" pendingLabel={t("submitting")}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextInput name="email" type="email" label={t("email")} autoComplete="username" inputMode="email" />
      <TextInput name="password" type="password" label={t("password")} autoComplete="current-password" />
    </ZodForm>
  );
}
