"use client";

import { useTranslations } from "next-intl";
import { TextInput } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";
import { ZodForm, type FormAction } from "@/components/forms/zod-form";
import { IssueApiKeySchema } from "@/lib/api-keys/api-keys";
import { CopyButton } from "./copy-button";

export function IssueKeyForm({ action }: { action: FormAction }) {
  const t = useTranslations("adminApiKeys.issue");
  return (
    <ZodForm schema={IssueApiKeySchema} action={action} submitLabel={t("submit")}>
      <IssuedKey />
      <TextInput name="name" label={t("name")} hint={t("nameHint")} autoComplete="off" maxLength={80} />
    </ZodForm>
  );
}

// The key the action just issued: shown this once, with a warning and a copy button.
function IssuedKey() {
  const t = useTranslations("adminApiKeys.issued");
  const { value } = useFormField("issuedKey");
  if (typeof value !== "string") return null;
  return (
    <div className="rounded-md border-2 border-amber-500 bg-amber-50 p-4">
      <h3 className="font-bold text-amber-950">{t("title")}</h3>
      <p className="mt-1 text-amber-950">{t("warning")}</p>
      <label htmlFor="issued-key" className="mt-3 block font-semibold text-slate-900">
        {t("label")}
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <input id="issued-key" readOnly value={value} className="min-h-11 w-full flex-1 rounded-md border border-slate-500 bg-white px-3 font-mono text-sm sm:min-w-96" onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={value} label={t("copy")} copiedLabel={t("copied")} />
      </div>
    </div>
  );
}
