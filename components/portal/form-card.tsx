import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

// One decision's form in a card under its own heading (approve, reject, accept...).
export function FormCard({ id, title, level = 3, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Card aria-labelledby={id}>
      <Heading id={id} className="mb-3 text-lg font-bold text-navy-900">
        {title}
      </Heading>
      {children}
    </Card>
  );
}
