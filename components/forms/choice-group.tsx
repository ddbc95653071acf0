"use client";

import { describedByIds, FieldNotes } from "@/components/forms/fields";
import { useFormField } from "@/components/forms/form-context";

export type ChoiceOption = { value: string; label: string; hint?: string };

type ChoiceGroupProps = { name: string; legend: string; hint?: string; options: ChoiceOption[]; type?: "radio" | "checkbox" };

// One choice among a few (radios), or several (checkboxes), each with its own hint; the first
// input carries the field's id, so the error summary's link lands on the group.
export function ChoiceGroup({ name, legend, hint, options, type = "radio" }: ChoiceGroupProps) {
  const { id, error, value } = useFormField(name);
  const chosen = ([] as string[]).concat(value ?? []);
  return (
    <fieldset aria-describedby={describedByIds(id, hint, error)}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      <div className="mt-2 space-y-3">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex gap-3">
              <input
                id={optionId}
                name={name}
                type={type}
                value={option.value}
                defaultChecked={chosen.includes(option.value)}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                className="mt-1 size-5 shrink-0 accent-navy-800"
              />
              <div>
                <label htmlFor={optionId} className="font-semibold text-slate-900">
                  {option.label}
                </label>
                {option.hint ? (
                  <p id={`${optionId}-hint`} className="text-sm text-slate-700">
                    {option.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
