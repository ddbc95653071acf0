import type { ReactNode } from "react";

// What a list says when it has nothing to show.
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-dashed border-navy-200 bg-white p-6 text-slate-700">{children}</p>;
}
