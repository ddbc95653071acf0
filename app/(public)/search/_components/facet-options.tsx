import Link from "next/link";

export type FacetOption = { value: string; label: string; count: number | null; checked: boolean; href: string };

// One facet's values: a native radio or checkbox for the GET form, named by a link that
// applies the same choice on its own (every filtered page has its own URL).
export function FacetOptions({ name, type, options, legend, idPrefix }: { name: string; type: "radio" | "checkbox"; options: FacetOption[]; legend: string; idPrefix: string }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="border-t border-navy-100 py-4">
      <legend className="float-left mb-2 w-full text-base font-semibold text-navy-900">{legend}</legend>
      <ul className="clear-left grid gap-1">
        {options.map((option) => {
          const id = `${idPrefix}-${name}-${option.value || "all"}`;
          return (
            <li key={option.value} className="flex min-h-9 items-center gap-2">
              <input
                id={id}
                type={type}
                name={name}
                value={option.value}
                defaultChecked={option.checked}
                aria-labelledby={`${id}-name`}
                className="size-5 shrink-0 accent-navy-800"
              />
              <Link id={`${id}-name`} href={option.href} className="flex-1 text-slate-800 no-underline hover:underline" aria-current={option.checked ? "true" : undefined}>
                {option.label}
              </Link>
              {option.count !== null ? <span className="text-sm text-slate-600 tabular-nums">{option.count.toLocaleString("en-IN")}</span> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
