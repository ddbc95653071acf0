import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { isPasswordLinkUsable } from "@/lib/auth/password-reset";
import { getDatabase } from "@/lib/db/client";
import { ResetPasswordForm } from "./_components/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.reset");
  return { title: t("title") };
}

type ResetPasswordPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const [t, { token }] = await Promise.all([getTranslations("account.reset"), searchParams]);
  const usable = typeof token === "string" && (await isPasswordLinkUsable(getDatabase().db, token));
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <Card>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        {usable ? (
          <>
            <p className="mt-2 mb-6 text-slate-700">{t("intro")}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <div className="mt-4 space-y-4">
            <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
              {t("linkUnusable")}
            </p>
            <p>
              <Link href="/forgot-password">{t("askAgain")}</Link>
            </p>
          </div>
        )}
      </Card>
    </div>
  );
}
