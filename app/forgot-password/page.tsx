import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "./_components/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("account.forgot");
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <Card>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 mb-6 text-slate-700">{t("intro")}</p>
        <ForgotPasswordForm />
        <p className="mt-6">
          <Link href="/sign-in">{t("back")}</Link>
        </p>
      </Card>
    </div>
  );
}
