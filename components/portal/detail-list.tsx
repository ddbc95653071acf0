import type { ReactNode } from "react";

export type Detail = { label: string; value: ReactNode };

// Label and value pairs of a record, two columns from tablets up.
export function DetailList({ details }: { details: Detail[] }) {
  return (
    <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2">
      {details.map((detail) => (
        <div key={detail.label}>
          <dt className="text-sm text-slate-600">{detail.label}</dt>
          <dd className="font-semibold break-words text-slate-900">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
