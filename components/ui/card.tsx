import type { ComponentPropsWithoutRef } from "react";

type CardProps = ComponentPropsWithoutRef<"section"> & { as?: "section" | "div" | "article" };

export function Card({ as: Element = "section", className = "", ...props }: CardProps) {
  return <Element className={`rounded-lg border border-navy-100 bg-white p-5 shadow-sm sm:p-6 ${className}`} {...props} />;
}
