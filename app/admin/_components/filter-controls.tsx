import type { ReactNode } from "react";

const controlClass = "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";

type Option = { value: string; label: string };
type OptionGroup = { label: string; options: Option[] };

// Controls of a GET filter form: plain HTML, so filtering works without JavaScript.
export function FilterSelect({ name, label, value, allLabel, options, groups }: { name: string; label: string; value?: string; allLabel: string; options?: Option[]; groups?: OptionGroup[] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold text-slate-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{allLabel}</option>
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({ name, label, hint, value, type = "text" }: { name: string; label: string; hint?: string; value?: string; type?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`filter-${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input id={`filter-${name}`} name={name} type={type} defaultValue={value} aria-describedby={hint ? `filter-${name}-hint` : undefined} className={controlClass} />
    </div>
  );
}

export function FilterForm({ legend, action, children, submitLabel, clearLabel }: { legend: string; action: string; children: ReactNode; submitLabel: string; clearLabel: string }) {
  return (
    <form method="get" action={action} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm sm:p-5">
      <fieldset>
        <legend className="text-lg font-bold text-navy-900">{legend}</legend>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-navy-800 px-5 py-2 font-semibold text-white hover:bg-navy-900">
          {submitLabel}
        </button>
        <a href={action} className="font-semibold text-navy-800 underline">
          {clearLabel}
        </a>
      </div>
    </form>
  );
}
