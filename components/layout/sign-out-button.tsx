"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

const VARIANTS = {
  onDark: "min-h-10 border-white/40 px-3 text-sm text-white hover:bg-white/15",
  onLight: "min-h-11 border-navy-700 bg-white px-5 text-base text-navy-800 hover:bg-navy-50",
} as const;

export function SignOutButton({ variant = "onDark", label }: { variant?: keyof typeof VARIANTS; label?: string }) {
  const t = useTranslations("header");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className={`inline-flex items-center rounded-md border font-semibold transition-[color,background-color,border-color] ${VARIANTS[variant]}`}
    >
      {label ?? t("signOut")}
    </button>
  );
}
