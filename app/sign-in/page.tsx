import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { DemoAccounts } from "./_components/demo-accounts";
import { safeCallbackUrl } from "./_components/safe-callback-url";
import { SignInForm } from "./_components/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title") };
}

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const [t, { callbackUrl }, actor] = await Promise.all([getTranslations("signIn"), searchParams, getActor()]);
  // Already signed in: go where the link was heading (or to one's own portal), not to an empty form.
  if (actor) redirect(safeCallbackUrl(callbackUrl));
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,28rem)_1fr] lg:items-start">
      <Card>
        <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
        <p className="mt-2 mb-6 text-slate-700">{t("intro")}</p>
        <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} />
      </Card>
      <DemoAccounts />
    </div>
  );
}
