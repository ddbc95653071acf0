import type { ReactNode } from "react";

export function SectionHeading({ id, children, note }: { id: string; children: ReactNode; note?: ReactNode }) {
  return (
    <div className="mb-4">
      <h2 id={id} className="text-xl font-bold text-navy-900">
        {children}
      </h2>
      {note ? <p className="mt-1 text-sm text-slate-700">{note}</p> : null}
    </div>
  );
}
