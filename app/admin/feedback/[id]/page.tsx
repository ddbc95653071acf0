import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actionContext } from "@/app/_lib/action-context";
import { orRefuse, recordId } from "@/app/_lib/or-refuse";
import { istDateTime } from "@/components/bids/ist-date-time";
import { FeedbackStatusBadge } from "@/components/feedback/feedback-status-badge";
import { pageName } from "@/components/feedback/page-name";
import { DetailList } from "@/components/portal/detail-list";
import { FormCard } from "@/components/portal/form-card";
import { localName } from "@/components/portal/local-name";
import { RecordHeader } from "@/components/portal/record-header";
import { Card } from "@/components/ui/card";
import { requirePortal } from "@/lib/auth/require";
import { getDatabase } from "@/lib/db/client";
import { getFeedbackForTriage, type FeedbackForTriage } from "@/lib/feedback/get-feedback-for-triage";
import { triageFeedbackAction } from "./actions";
import { TriageForm } from "./_components/triage-form";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations("feedback.admin")]);
  return { title: t("detail.title", { id }) };
}

// One feedback: what was sent, by whom (their work, not their contact details), the
// screenshot, and the triage form.
export default async function AdminFeedbackDetailPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requirePortal("admin", `/admin/feedback/${id}`);
  const [{ done }, t, locale, ctx] = await Promise.all([searchParams, getTranslations("feedback"), getLocale(), actionContext()]);
  const feedback = await orRefuse(getFeedbackForTriage(getDatabase().db, ctx, recordId(id)));
  return (
    <>
      <RecordHeader
        back={{ href: "/admin/feedback", label: t("admin.detail.back") }}
        title={t("admin.detail.title", { id: feedback.id })}
        badge={<FeedbackStatusBadge status={feedback.status} />}
        done={done === "saved" ? t("admin.detail.saved") : null}
      >
        <p className="mt-2 text-slate-700">{t("admin.detail.sentOn", { date: istDateTime(locale, feedback.createdAt) })}</p>
      </RecordHeader>
      <Card aria-labelledby="feedback-sent">
        <h2 id="feedback-sent" className="mb-4 text-xl font-bold text-navy-900">
          {t("admin.detail.what")}
        </h2>
        <DetailList
          columns={3}
          details={[
            { label: t("item.page"), value: <Link href={feedback.page} className="text-navy-800 underline">{pageName(t, feedback.page)} <span className="font-mono text-sm font-normal break-all">({feedback.page})</span></Link> },
            { label: t("admin.columns.category"), value: t(`categories.${feedback.category}`) },
            { label: t("item.rating"), value: feedback.rating === null ? t("rating.none") : t("rating.outOf", { rating: feedback.rating }) },
            { label: t("admin.detail.language"), value: feedback.locale === "hi" ? "हिन्दी" : "English" },
            { label: t("admin.filters.state"), value: feedback.state ? localName(locale, feedback.state) : t("admin.noState") },
            { label: t("admin.detail.sender"), value: <Sender feedback={feedback} /> },
          ]}
        />
        <blockquote className="mt-6 border-l-4 border-slate-300 pl-4 text-lg whitespace-pre-line text-slate-900">{feedback.text}</blockquote>
        {feedback.hasScreenshot ? (
          <figure className="mt-6">
            <a href={`/admin/feedback/${feedback.id}/screenshot`} className="block w-fit">
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, already re-encoded WebP served by our own route */}
              <img src={`/admin/feedback/${feedback.id}/screenshot`} alt={t("admin.detail.screenshotAlt")} className="max-h-96 w-auto rounded border border-slate-300" />
            </a>
            <figcaption className="mt-1 text-sm text-slate-700">{t("admin.detail.screenshotCaption")}</figcaption>
          </figure>
        ) : null}
      </Card>
      <Card aria-labelledby="feedback-reply">
        <h2 id="feedback-reply" className="mb-2 text-xl font-bold text-navy-900">
          {t("admin.detail.currentReply")}
        </h2>
        {feedback.reply ? (
          <>
            <p className="text-sm text-slate-700">{t("admin.detail.repliedBy", { name: feedback.repliedBy?.name ?? "—", date: istDateTime(locale, feedback.repliedAt ?? feedback.createdAt) })}</p>
            <p className="mt-2 whitespace-pre-line text-slate-900">{feedback.reply}</p>
          </>
        ) : (
          <p className="text-slate-800">{t("item.noReply")}</p>
        )}
      </Card>
      <FormCard id="triage-title" title={t("admin.triage.title")} level={2}>
        {/* Keyed by what it changes, so that after a save the form starts afresh. */}
        <TriageForm key={`${feedback.status}-${feedback.repliedAt?.getTime() ?? 0}`} action={triageFeedbackAction} feedbackId={feedback.id} status={feedback.status} nextStatuses={feedback.nextStatuses} />
      </FormCard>
    </>
  );
}

async function Sender({ feedback }: { feedback: FeedbackForTriage }) {
  const t = await getTranslations();
  const { sender } = feedback;
  if (!sender) return <>{t("feedback.admin.anonymous")}</>;
  const roles = sender.roles.map((role) => t(`roles.${role}`)).join(", ");
  return (
    <>
      {roles}
      {[sender.designation, sender.organisation ?? sender.seller].filter(Boolean).map((line) => (
        <span key={line} className="block font-normal">
          {line}
        </span>
      ))}
    </>
  );
}
