import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { Pagination } from "@/components/portal/pagination";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { statesInFeedbackScope } from "@/lib/feedback/feedback-scope";
import { listFeedback } from "@/lib/feedback/list-feedback";
import { formatIndianNumber } from "@/lib/money/format";
import { FeedbackFilters } from "./_components/feedback-filters";
import { feedbackQueryHref, readFeedbackQuery } from "./_components/feedback-query";
import { FeedbackTable } from "./_components/feedback-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.admin");
  return { title: t("title") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The feedback in the admin's area, newest first, to triage.
export default async function AdminFeedbackPage({ searchParams }: PageProps) {
  await requirePortal("admin", "/admin/feedback");
  const [params, t, ctx] = await Promise.all([searchParams, getTranslations("feedback.admin"), actionContext()]);
  const query = readFeedbackQuery(params);
  const { db } = getDatabase();
  const [list, states] = await Promise.all([listFeedback(db, ctx, query), statesInFeedbackScope(db, ctx)]);
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-navy-900">{t("title")}</h1>
          <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
        </div>
        <ButtonLink href="/admin/feedback/insights" variant="secondary">
          {t("insightsLink")}
        </ButtonLink>
      </div>
      <FeedbackFilters query={query} states={states} />
      <section aria-labelledby="feedback-heading" className="space-y-4">
        <h2 id="feedback-heading" className="text-xl font-bold text-navy-900">
          {t("count", { count: list.total, formatted: formatIndianNumber(list.total) })}
        </h2>
        {list.rows.length === 0 ? <EmptyState>{t("none")}</EmptyState> : <FeedbackTable rows={list.rows} caption={t("caption")} />}
        <Pagination page={query.page} pageCount={list.pageCount} hrefFor={(page) => feedbackQueryHref(query, page)} messages="feedback.admin" />
      </section>
    </>
  );
}
