"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { formatDate } from "@/components/reporting/format-date";
import { SIGN_IN_LOCKED } from "@/lib/auth/sign-in-codes";
import { SignInSchema } from "@/lib/auth/schemas";

type Field = "email" | "password";
type FieldErrors = Partial<Record<Field, string>>;

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations();
  const router = useRouter();
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  // Move keyboard and screen-reader focus to the failure message, not back to <body>.
  useEffect(() => {
    if (formError) alertRef.current?.focus();
  }, [formError]);

  // lib/auth/options.ts reports a lock as "locked:<ISO time it ends>".
  function failureMessage(error: string | null | undefined): string {
    const [code, until] = error?.split(/:(.*)/s) ?? [];
    if (code === SIGN_IN_LOCKED && until) return t("signIn.locked", { time: formatDate(locale, new Date(until), { withTime: true }) });
    return t("signIn.failed");
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = SignInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    setFormError(null);
    if (!parsed.success) {
      // Every field's message at once, translated from the schema's i18n keys.
      const errors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === "email" || field === "password") && !errors[field]) errors[field] = t(issue.message);
      }
      setFieldErrors(errors);
      const firstInvalid = (["email", "password"] as const).find((field) => errors[field]);
      if (firstInvalid) formRef.current?.querySelector<HTMLInputElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setFieldErrors({});
    setIsPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (!result?.ok || result.error) {
      setIsPending(false);
      setFormError(failureMessage(result?.error));
      return;
    }
    // The header lives in the root layout, which a client navigation keeps: refresh it too.
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form ref={formRef} method="post" noValidate onSubmit={handleSubmit} className="space-y-5">
      {formError ? (
        <div ref={alertRef} tabIndex={-1} role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {formError}
        </div>
      ) : null}
      <TextField
        name="email"
        type="email"
        label={t("signIn.email")}
        autoComplete="username"
        inputMode="email"
        error={fieldErrors.email}
      />
      <TextField name="password" type="password" label={t("signIn.password")} autoComplete="current-password" error={fieldErrors.password} />
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
