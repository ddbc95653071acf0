import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FeedbackThanks } from "@/components/feedback/feedback-thanks";
import { SentFeedbackCard } from "@/components/feedback/sent-feedback-card";
import { getDatabase } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/env";
import { getFeedbackByToken } from "@/lib/feedback/get-feedback-by-token";

// Read from the database on every request, never prerendered while building.
export const dynamic = "force-dynamic";

// The link is the sender's only key: search engines must not keep it.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.tracking");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type PageProps = { params: Promise<{ token: string }>; searchParams: Promise<{ sent?: string }> };

// An anonymous sender's feedback, its status and the reply, by the link they kept.
export default async function FeedbackTrackingPage({ params, searchParams }: PageProps) {
  const [{ token }, { sent }, t] = await Promise.all([params, searchParams, getTranslations("feedback")]);
  const feedback = await getFeedbackByToken(getDatabase().db, token);
  if (!feedback) notFound();
  const link = `${publicBaseUrl()}/feedback/t/${token}`;
  const keepLink = (
    <p>
      {t("tracking.keepLink")}{" "}
      <a href={`/feedback/t/${token}`} className="font-mono text-sm font-semibold break-all text-navy-800 underline">
        {link}
      </a>
    </p>
  );
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900">{t("tracking.title")}</h1>
        <p className="mt-2 text-slate-700">{t("tracking.intro")}</p>
      </div>
      {sent === "1" ? (
        <FeedbackThanks title={t("thanks.title")}>
          <p>{t("thanks.anonymous")}</p>
          {keepLink}
        </FeedbackThanks>
      ) : (
        <div className="text-slate-800">{keepLink}</div>
      )}
      <SentFeedbackCard feedback={feedback} />
      <p>
        <Link href={feedback.page} className="font-semibold text-navy-800 underline">
          {t("thanks.back")}
        </Link>
      </p>
    </div>
  );
}
