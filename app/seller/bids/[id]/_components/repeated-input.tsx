"use client";

import { useTranslations } from "next-intl";
import { useContext, type ComponentPropsWithoutRef } from "react";
import { fieldId, FormFieldsContext } from "@/components/forms/form-context";

type RepeatedInputProps = { name: string; index: number; label: string; hint?: string } & Omit<ComponentPropsWithoutRef<"input">, "name" | "defaultValue">;

// One entry of a repeated field (every entry named `name`, sent in order). Its id and its
// message are those of the path "<name>.<index>", where zod and the domain put the message
// about that entry, so the error summary links to it.
export function RepeatedInput({ name, index, label, hint, className = "", ...input }: RepeatedInputProps) {
  const t = useTranslations();
  const { errors, values, idPrefix } = useContext(FormFieldsContext);
  const id = fieldId(`${name}.${index}`, idPrefix);
  const error = errors[`${name}.${index}`];
  const echoed = values[name];
  const value = Array.isArray(echoed) ? echoed[index] : index === 0 ? echoed : undefined;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold break-words text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm break-words text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-2 border-red-700" : "border-slate-500"} ${className}`}
        {...input}
      />
    </div>
  );
}
