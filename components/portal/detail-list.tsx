import type { ReactNode } from "react";

export type Detail = { label: string; value: ReactNode };

const COLUMNS = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-2 lg:grid-cols-3" } as const;

// Label and value pairs of a record: two columns from tablets up, or three on wide screens.
export function DetailList({ details, columns = 2 }: { details: Detail[]; columns?: keyof typeof COLUMNS }) {
  return (
    <dl className={`grid gap-x-8 gap-y-4 ${COLUMNS[columns]}`}>
      {details.map((detail) => (
        <div key={detail.label} className="min-w-0">
          <dt className="text-sm text-slate-600">{detail.label}</dt>
          <dd className="font-semibold break-words text-slate-900">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
