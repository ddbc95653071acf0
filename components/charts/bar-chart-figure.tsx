"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartBar = { label: string; value: number; display: string; href?: string };

// A bar chart drawn by Recharts for sighted readers; the table beside it carries the same
// figures for everyone else, so the drawing is hidden from assistive technology and its bars
// are shortcuts for the table's links (a click narrows the page the same way).
export function BarChartFigure({ bars, layout = "columns" }: { bars: ChartBar[]; layout?: "columns" | "rows" }) {
  const router = useRouter();
  const height = layout === "rows" ? Math.max(160, bars.length * 34 + 40) : 260;
  const open = (bar: ChartBar | undefined) => {
    if (bar?.href) router.push(bar.href, { scroll: false });
  };
  return (
    <div aria-hidden="true" className="print:break-inside-avoid" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout={layout === "rows" ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {layout === "rows" ? (
            <>
              <XAxis type="number" hide />
              <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} interval="preserveStartEnd" />
              <YAxis hide />
            </>
          )}
          <Tooltip
            cursor={{ fill: "#eef2ff" }}
            content={({ payload }) => {
              const bar = payload?.[0]?.payload as ChartBar | undefined;
              return bar ? <p className="rounded border border-slate-300 bg-white px-2 py-1 text-sm shadow">{`${bar.label}: ${bar.display}`}</p> : null;
            }}
          />
          <Bar
            dataKey="value"
            fill="#223a6b"
            radius={layout === "rows" ? [0, 3, 3, 0] : [3, 3, 0, 0]}
            isAnimationActive={false}
            className={bars.some((bar) => bar.href) ? "cursor-pointer" : undefined}
            onClick={(entry) => open(entry.payload as ChartBar | undefined)}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
