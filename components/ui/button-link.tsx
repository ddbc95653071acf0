import Link from "next/link";
import type { ComponentProps } from "react";

const VARIANTS = {
  primary: "bg-navy-800 text-white hover:bg-navy-900",
  secondary: "border border-navy-700 bg-white text-navy-800 hover:bg-navy-50",
  onDark: "bg-white text-navy-900 hover:bg-navy-100",
} as const;

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: keyof typeof VARIANTS };

// A link that looks like a button: navigation stays a link for assistive technology.
export function ButtonLink({ variant = "primary", className = "", ...props }: ButtonLinkProps) {
  return (
    <Link
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 text-base font-semibold no-underline transition-[color,background-color,border-color] ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
