import { getLocale, getTranslations } from "next-intl/server";
import { istDateTime } from "@/components/bids/ist-date-time";
import { DetailList } from "@/components/portal/detail-list";
import { Card } from "@/components/ui/card";
import type { SentFeedbackView } from "@/lib/feedback/sender-view";
import { FeedbackStatusBadge } from "./feedback-status-badge";
import { pageName } from "./page-name";

// One feedback as its sender sees it: what they wrote, where it stands, and Kraya's reply.
export async function SentFeedbackCard({ feedback, headingLevel = 2 }: { feedback: SentFeedbackView; headingLevel?: 2 | 3 }) {
  const [t, locale] = await Promise.all([getTranslations("feedback"), getLocale()]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `feedback-${feedback.id}`;
  return (
    <Card as="article" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <Heading id={headingId} className="text-lg font-bold text-navy-900">
          {t("item.heading", { page: pageName(t, feedback.page), category: t(`categories.${feedback.category}`) })}
        </Heading>
        <FeedbackStatusBadge status={feedback.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{t(`statusHint.${feedback.status}`)}</p>
      <div className="mt-4">
        <DetailList
          columns={3}
          details={[
            { label: t("item.sent"), value: istDateTime(locale, feedback.createdAt) },
            { label: t("item.rating"), value: feedback.rating === null ? t("rating.none") : t("rating.outOf", { rating: feedback.rating }) },
            { label: t("item.page"), value: <span className="font-mono text-sm font-normal">{feedback.page}</span> },
          ]}
        />
      </div>
      <blockquote className="mt-4 border-l-4 border-slate-300 pl-4 whitespace-pre-line text-slate-800">{feedback.text}</blockquote>
      {feedback.hasScreenshot ? <p className="mt-2 text-sm text-slate-700">{t("item.screenshotAttached")}</p> : null}
      <section aria-label={t("item.reply")} className="mt-4 rounded-md bg-navy-50 p-4">
        {feedback.reply ? (
          <>
            <p className="font-semibold text-navy-900">{t("item.replyOn", { date: istDateTime(locale, feedback.repliedAt ?? feedback.createdAt) })}</p>
            <p className="mt-1 whitespace-pre-line text-slate-900">{feedback.reply}</p>
          </>
        ) : (
          <p className="text-slate-800">{t("item.noReply")}</p>
        )}
      </section>
    </Card>
  );
}
