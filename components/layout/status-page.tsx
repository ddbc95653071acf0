import type { ReactNode } from "react";

// The frame shared by the 403, 404 and error pages: a code, a heading, a plain explanation,
// and the ways onward.
export function StatusPage({ code, title, children, actions }: { code: string; title: string; children: ReactNode; actions: ReactNode }) {
  // React hoists this <title> into <head>: these pages cannot export metadata, and would
  // otherwise keep the title of the portal they stand in for.
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <title>{`${title} | Kraya`}</title>
      <div className="rounded-lg border border-navy-100 border-l-8 border-l-navy-800 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-slate-600">{code}</p>
        <h1 className="mt-1 text-3xl font-bold text-navy-900">{title}</h1>
        <div className="mt-4 space-y-3 text-lg text-slate-700">{children}</div>
        <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
      </div>
    </div>
  );
}
