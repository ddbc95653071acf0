import type { Metadata } from "next";
import Link from "next/link";
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

// What brought someone here, said above the form (after registering, after a new password).
const NOTICES = { passwordSet: "passwordSet", registered_seller: "registeredSeller", registered_buyer: "registeredBuyer" } as const;

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const [t, tAccount, params, actor] = await Promise.all([getTranslations("signIn"), getTranslations("account"), searchParams, getActor()]);
  // Already signed in: go where the link was heading (or to one's own portal), not to an empty form.
  if (actor) redirect(safeCallbackUrl(params.callbackUrl));
  const noticeKey = params.registered ? `registered_${params.registered}` : params.notice;
  const notice = typeof noticeKey === "string" && noticeKey in NOTICES ? NOTICES[noticeKey as keyof typeof NOTICES] : null;
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-10 sm:px-6 lg:grid-cols-[minmax(0,28rem)_1fr] lg:items-start">
      <div className="space-y-6">
        <Card>
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 mb-6 text-slate-700">{t("intro")}</p>
          {notice ? (
            <p role="status" className="mb-6 rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
              {tAccount(`notice.${notice}`)}
            </p>
          ) : null}
          <SignInForm callbackUrl={safeCallbackUrl(params.callbackUrl)} />
          <p className="mt-4">
            <Link href="/forgot-password">{tAccount("links.forgotPassword")}</Link>
          </p>
        </Card>
        <Card>
          <h2 className="text-xl font-bold text-navy-900">{tAccount("links.registerTitle")}</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <Link href="/register/seller">{tAccount("links.registerSeller")}</Link>
            </li>
            <li>
              <Link href="/register/buyer">{tAccount("links.registerBuyer")}</Link>
            </li>
          </ul>
        </Card>
      </div>
      <DemoAccounts />
    </div>
  );
}
