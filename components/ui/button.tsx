import type { ComponentPropsWithoutRef } from "react";

const VARIANTS = {
  primary: "bg-navy-800 text-white hover:bg-navy-900 disabled:bg-navy-600",
  secondary: "border border-navy-700 bg-white text-navy-800 hover:bg-navy-50",
} as const;

type ButtonProps = ComponentPropsWithoutRef<"button"> & { variant?: keyof typeof VARIANTS };

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 text-base font-semibold transition-[color,background-color,border-color] disabled:cursor-wait ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
