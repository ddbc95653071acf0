import type { ReactNode } from "react";

export type DetailRow = { label: string; value: ReactNode };

// Label and value pairs, two or three to a line on wide screens.
export function DetailList({ rows }: { rows: DetailRow[] }) {
  return (
    <dl className="grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((row) => (
        <div key={row.label} className="min-w-0">
          <dt className="text-sm text-slate-600">{row.label}</dt>
          <dd className="font-semibold break-words text-slate-900">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
