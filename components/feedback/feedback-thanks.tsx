import type { ReactNode } from "react";

// The confirmation after sending, focused for screen readers by its role.
export function FeedbackThanks({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 text-green-950">
      <p className="text-lg font-bold">{title}</p>
      <div className="mt-2 space-y-2">{children}</div>
    </div>
  );
}
