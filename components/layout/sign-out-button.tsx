"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

const VARIANTS = {
  onDark: "min-h-10 border-white/40 px-3 text-sm text-white hover:bg-white/15",
  onLight: "min-h-11 border-navy-700 bg-white px-5 text-base text-navy-800 hover:bg-navy-50",
} as const;

type SignOutButtonProps = {
  variant?: keyof typeof VARIANTS;
  label?: string;
  // Sign in again as someone else and come back to this page (the 403 page's offer).
  returnHere?: boolean;
};

export function SignOutButton({ variant = "onDark", label, returnHere = false }: SignOutButtonProps) {
  const t = useTranslations("header");
  const signOutAndGo = () => {
    const here = window.location.pathname + window.location.search;
    return signOut({ callbackUrl: returnHere ? `/sign-in?callbackUrl=${encodeURIComponent(here)}` : "/" });
  };
  return (
    <button
      type="button"
      onClick={signOutAndGo}
      className={`inline-flex items-center rounded-md border font-semibold transition-[color,background-color,border-color] ${VARIANTS[variant]}`}
    >
      {label ?? t("signOut")}
    </button>
  );
}
