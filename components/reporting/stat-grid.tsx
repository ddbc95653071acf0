import type { ReactNode } from "react";

export type Stat = { id: string; label: string; hint?: string; value: ReactNode };

// One list item per figure, named by its label (aria-labelledby): a screen reader hears
// "Sellers, 1,404", and tests find a figure by its name. The label comes first in the
// markup and the value first on screen.
export function StatGrid({ stats, columns = 3 }: { stats: Stat[]; columns?: 2 | 3 | 5 }) {
  const grid = { 2: "sm:grid-cols-2", 3: "lg:grid-cols-3", 5: "sm:grid-cols-3 lg:grid-cols-5" }[columns];
  return (
    <ul className={`grid grid-cols-2 gap-3 sm:gap-4 ${grid}`}>
      {stats.map((stat) => (
        <li
          key={stat.id}
          aria-labelledby={stat.id}
          className="flex flex-col-reverse justify-end rounded-lg border border-t-4 border-navy-100 border-t-navy-700 bg-white p-4 shadow-sm sm:p-5"
        >
          <p className="mt-1 text-sm font-semibold text-slate-800 sm:text-base">
            <span id={stat.id}>{stat.label}</span>
            {stat.hint ? <span className="mt-1 block text-sm font-normal text-slate-600">{stat.hint}</span> : null}
          </p>
          <p className="text-2xl font-bold tracking-tight break-words text-navy-900 tabular-nums sm:text-4xl">{stat.value}</p>
        </li>
      ))}
    </ul>
  );
}
