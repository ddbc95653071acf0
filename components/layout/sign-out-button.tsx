"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/sign-in/actions";

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

// A form post, so signing out works without JavaScript too.
export function SignOutButton({ variant = "onDark", label, returnHere = false }: SignOutButtonProps) {
  const t = useTranslations("header");
  const pathname = usePathname();
  return (
    <form action={signOutAction}>
      {returnHere ? <input type="hidden" name="returnTo" value={pathname} /> : null}
      <button
        type="submit"
        className={`inline-flex items-center rounded-md border font-semibold transition-[color,background-color,border-color] ${VARIANTS[variant]}`}
      >
        {label ?? t("signOut")}
      </button>
    </form>
  );
}
