import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { SentFeedbackCard } from "@/components/feedback/sent-feedback-card";
import { Pagination } from "@/components/portal/pagination";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDatabase } from "@/lib/db/client";
import { listMyFeedback } from "@/lib/feedback/list-my-feedback";

// Read from the database on every request, never prerendered while building.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.mine");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The signed-in user's feedback with its status and the replies; anyone else is asked to
// sign in (anonymous senders follow their own tracking links).
export default async function MyFeedbackPage({ searchParams }: PageProps) {
  const [params, t, ctx] = await Promise.all([searchParams, getTranslations("feedback"), actionContext()]);
  if (!ctx.actor) {
    return (
      <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-bold text-navy-900">{t("mine.title")}</h1>
        <Card aria-labelledby="feedback-sign-in">
          <h2 id="feedback-sign-in" className="text-xl font-bold text-navy-900">
            {t("mine.signInTitle")}
          </h2>
          <p className="mt-2 text-slate-800">{t("mine.signInText")}</p>
          <ButtonLink href="/sign-in?callbackUrl=%2Ffeedback" className="mt-4">
            {t("mine.signIn")}
          </ButtonLink>
        </Card>
      </div>
    );
  }
  const page = Math.max(1, Number.parseInt(typeof params.page === "string" ? params.page : "1", 10) || 1);
  const list = await listMyFeedback(getDatabase().db, ctx, { page });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-navy-900">{t("mine.title")}</h1>
          <p className="mt-2 text-slate-700">{t("mine.intro")}</p>
        </div>
        <ButtonLink href="/feedback/new" variant="secondary">
          {t("mine.send")}
        </ButtonLink>
      </div>
      {list.rows.length === 0 ? <EmptyState>{t("mine.empty")}</EmptyState> : null}
      {list.rows.map((feedback) => (
        <SentFeedbackCard key={feedback.id} feedback={feedback} />
      ))}
      <Pagination page={page} pageCount={list.pageCount} hrefFor={(target) => `/feedback?page=${target}`} messages="feedback.mine" />
    </div>
  );
}
