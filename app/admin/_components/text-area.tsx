"use client";

import { useTranslations } from "next-intl";
import type { ComponentPropsWithoutRef } from "react";
import { useFormField } from "@/components/forms/form-context";

type TextAreaProps = { name: string; label: string; hint?: string; optional?: boolean } & Omit<ComponentPropsWithoutRef<"textarea">, "name" | "defaultValue">;

// A multi-line field wired like the form kit's inputs (label, hint, message, aria-invalid).
export function TextArea({ name, label, hint, optional, ...textarea }: TextAreaProps) {
  const t = useTranslations();
  const { error, value } = useFormField(name);
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-700"> {t("forms.optional")}</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        defaultValue={value as string | undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-2 border-red-700" : "border-slate-500"}`}
        {...textarea}
      />
    </div>
  );
}
