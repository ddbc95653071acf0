"use client";

import { useTranslations } from "next-intl";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { useFormField } from "./form-context";

export const inputClass = "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900";

type LabelledProps = { name: string; label: string; hint?: string; optional?: boolean };

export function describedByIds(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

// A field's hint and message, with the ids that describedByIds names.
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const t = useTranslations();
  return (
    <>
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
    </>
  );
}

type FieldShellProps = Omit<LabelledProps, "name"> & { id: string; error?: string; className?: string; children: (describedBy?: string) => ReactNode };

// Label, hint and message wired to the control (aria-describedby, aria-invalid), GOV.UK style.
export function FieldShell({ id, label, hint, optional, error, className, children }: FieldShellProps) {
  const t = useTranslations();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {optional ? <span className="font-normal text-slate-700"> {t("forms.optional")}</span> : null}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children(describedByIds(id, hint, error))}
    </div>
  );
}

type InputFieldProps = Omit<LabelledProps, "name"> & { name: string; field: { id: string; error?: string; value?: string }; fieldClassName?: string } & Omit<ComponentPropsWithoutRef<"input">, "name" | "defaultValue">;

// An input for the field state its caller reads (a whole field, or one entry of a repeated
// one); fieldClassName is for the label, hint and input together, className for the input.
export function InputField({ name, field: { id, error, value }, label, hint, optional, fieldClassName, className = "", ...input }: InputFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} optional={optional} error={error} className={fieldClassName}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? "border-2 border-red-700" : "border-slate-500"} ${className}`}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type TextInputProps = LabelledProps & Omit<ComponentPropsWithoutRef<"input">, "name" | "defaultValue">;

export function TextInput({ name, ...props }: TextInputProps) {
  const { id, error, value } = useFormField(name);
  return <InputField name={name} field={{ id, error, value: props.type === "password" ? undefined : (value as string | undefined) }} {...props} />;
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
