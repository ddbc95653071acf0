import type { ReactNode } from "react";
import { BarChartFigure, type ChartBar } from "@/components/charts/bar-chart-figure";
import { SectionHeading } from "@/components/portal/section-heading";
import { Card } from "@/components/ui/card";

// A chart for sighted readers with the table that carries the same figures for everyone.
export function InsightSection({ id, title, bars, layout, children }: { id: string; title: string; bars: ChartBar[]; layout: "columns" | "rows"; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <SectionHeading id={id}>{title}</SectionHeading>
      {bars.some((bar) => bar.value > 0) ? <BarChartFigure bars={bars} layout={layout} /> : null}
      <div className="mt-4">{children}</div>
    </Card>
  );
}
