"use client";

import { useTranslations } from "next-intl";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { useFormField } from "./form-context";

const inputClass = "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900";

type LabelledProps = { name: string; label: string; hint?: string; optional?: boolean };

// Label, hint and message wired to the control (aria-describedby, aria-invalid), GOV.UK style.
function FieldShell({ id, label, hint, optional, error, children }: Omit<LabelledProps, "name"> & { id: string; error?: string; children: (describedBy?: string) => ReactNode }) {
  const t = useTranslations();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-700"> {t("forms.optional")}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {t(error)}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

type TextInputProps = LabelledProps & Omit<ComponentPropsWithoutRef<"input">, "name" | "defaultValue">;

export function TextInput({ name, label, hint, optional, className = "", ...input }: TextInputProps) {
  const { id, error, value } = useFormField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} optional={optional} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          defaultValue={input.type === "password" ? undefined : (value as string | undefined)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"} ${className}`}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export type SelectOption = { value: string; label: string; group?: string };

type SelectInputProps = LabelledProps &
  Omit<ComponentPropsWithoutRef<"select">, "name" | "defaultValue"> & { options: SelectOption[]; placeholder?: string };

// Options with a group are shown under <optgroup>s, in the order given.
export function SelectInput({ name, label, hint, optional, options, placeholder, ...select }: SelectInputProps) {
  const { id, error, value } = useFormField(name);
  const groups = [...new Set(options.map((option) => option.group))];
  const render = (list: SelectOption[]) =>
    list.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <FieldShell id={id} label={label} hint={hint} optional={optional} error={error}>
      {(describedBy) => (
        // Keyed by the echoed value: React resets a form after its action, and a select
        // (unlike an input) would fall back to its first option instead of the echoed value.
        <select
          key={(value as string | undefined) ?? ""}
          id={id}
          name={name}
          defaultValue={(value as string | undefined) ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"}`}
          {...select}
        >
          <option value="">{placeholder ?? ""}</option>
          {groups.map((group) =>
            group ? (
              <optgroup key={group} label={group}>
                {render(options.filter((option) => option.group === group))}
              </optgroup>
            ) : (
              render(options.filter((option) => !option.group))
            ),
          )}
        </select>
      )}
    </FieldShell>
  );
}

type CheckboxProps = { name: string; label: string; hint?: string; value?: string; defaultChecked?: boolean };

export function CheckboxInput({ name, label, hint, value = "true", defaultChecked }: CheckboxProps) {
  const t = useTranslations();
  const field = useFormField(name);
  const id = `${field.id}${value === "true" ? "" : `-${value}`}`;
  const submitted = field.value === undefined ? undefined : ([] as string[]).concat(field.value);
  const checked = submitted ? submitted.includes(value) || submitted.includes("on") : defaultChecked;
  return (
    <div className="flex gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        value={value}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-invalid={field.error ? true : undefined}
        className="mt-1 size-5 shrink-0 accent-navy-800"
      />
      <div>
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
        {field.error ? <p className="text-sm font-semibold text-red-800">{t(field.error)}</p> : null}
      </div>
    </div>
  );
}

export function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-md border border-slate-300 p-4 sm:p-5">
      <legend className="px-1 text-lg font-bold text-navy-900">{legend}</legend>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

type TextAreaProps = LabelledProps & Omit<ComponentPropsWithoutRef<"textarea">, "name" | "defaultValue">;

export function TextArea({ name, label, hint, optional, rows = 4, ...textarea }: TextAreaProps) {
  const { id, error, value } = useFormField(name);
  return (
    <FieldShell id={id} label={label} hint={hint} optional={optional} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={value as string | undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"}`}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
