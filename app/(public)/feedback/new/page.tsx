import { randomBytes } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { FeedbackThanks } from "@/components/feedback/feedback-thanks";
import { pageName } from "@/components/feedback/page-name";
import { Card } from "@/components/ui/card";
import { nowOf } from "@/lib/auth/context";
import { FEEDBACK_CATEGORIES, guessCategory, isSameSitePath } from "@/lib/feedback/feedback-pages";
import { signFormStart } from "@/lib/feedback/sender-signals";
import { sendFeedbackAction } from "./actions";
import { FeedbackForm } from "./_components/feedback-form";

// The signed-in user is read from the session on every request.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.new");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const linkClass = "font-semibold text-navy-800 underline";

// Feedback about the page the visitor came from (?page=), in a category the link chose
// (?category=) or guessed from that page. After sending, a signed-in sender comes back here
// (?sent=1); an anonymous one goes to their tracking page.
export default async function NewFeedbackPage({ searchParams }: PageProps) {
  const [params, t, ctx] = await Promise.all([searchParams, getTranslations("feedback"), actionContext()]);
  const asked = typeof params.page === "string" ? params.page : "";
  const page = isSameSitePath(asked) ? asked : "/";
  const category = FEEDBACK_CATEGORIES.find((candidate) => candidate === params.category) ?? guessCategory(page);
  const about = (
    <p className="mt-2 text-slate-800">
      {t.rich("new.about", { page: pageName(t, page), strong: (chunks) => <strong className="font-semibold text-navy-900">{chunks}</strong> })}{" "}
      <span className="font-mono text-sm text-slate-700">({page})</span>
    </p>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("new.title")}</h1>
        {about}
      </div>
      {params.sent === "1" && ctx.actor ? (
        <FeedbackThanks title={t("thanks.title")}>
          <p>{t("thanks.signedIn")}</p>
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href="/feedback" className={linkClass}>
              {t("mine.title")}
            </Link>
            <Link href={page} className={linkClass}>
              {t("thanks.back")}
            </Link>
          </p>
        </FeedbackThanks>
      ) : (
        <>
          <p className="text-slate-700">{t("new.intro")}</p>
          <Card aria-labelledby="feedback-form-title">
            <h2 id="feedback-form-title" className="text-xl font-bold text-navy-900">
              {t("new.formTitle")}
            </h2>
            <p className="mt-2 mb-6 text-slate-700">
              {ctx.actor ? (
                t.rich("new.signedInAs", {
                  name: ctx.actor.name,
                  link: (chunks) => (
                    <Link href="/feedback" className={linkClass}>
                      {chunks}
                    </Link>
                  ),
                })
              ) : (
                <>
                  {t("new.anonymous")}{" "}
                  <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/feedback/new?page=${encodeURIComponent(page)}&category=${category}`)}`} className={linkClass}>
                    {t("new.signIn")}
                  </Link>
                </>
              )}
            </p>
            <FeedbackForm
              action={sendFeedbackAction}
              formKey={randomBytes(18).toString("base64url")}
              startedAt={signFormStart(nowOf(ctx))}
              page={page}
              initialValues={{ category }}
            />
          </Card>
        </>
      )}
    </div>
  );
}
