"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("header");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="min-h-10 rounded-md border border-white/40 px-3 text-sm font-semibold text-white transition-colors hover:bg-white/15"
    >
      {t("signOut")}
    </button>
  );
}
