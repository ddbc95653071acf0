import { getLocale, getTranslations } from "next-intl/server";
import { istDateTime } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { Card } from "@/components/ui/card";
import { ClarificationAnswerForm } from "./step-forms";

type Clarification = { id: number; question: string; answer: string | null; askedAt: Date; answeredAt: Date | null };

// Sellers' questions and the buyer's answers, which every seller reads (never who asked).
export async function ClarificationsSection({ clarifications, deadline, answer }: { clarifications: Clarification[]; deadline: Date | null; answer: FormAction | null }) {
  const [t, locale] = await Promise.all([getTranslations("buyerBids.clarifications"), getLocale()]);
  return (
    <Card aria-labelledby="bid-clarifications">
      <h2 id="bid-clarifications" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("intro", { deadline: istDateTime(locale, deadline) })}</p>
      {clarifications.length === 0 ? <p className="mt-3 text-slate-800">{t("none")}</p> : null}
      <ul className="mt-3 space-y-4">
        {clarifications.map((clarification) => (
          <li key={clarification.id} className="rounded-md border border-navy-100 p-4">
            <p className="text-sm text-slate-700">{t("asked", { date: istDateTime(locale, clarification.askedAt) })}</p>
            <p className="mt-1 whitespace-pre-line text-slate-900">{clarification.question}</p>
            {clarification.answer ? (
              <div className="mt-2 border-l-4 border-navy-200 pl-3">
                <p className="text-sm text-slate-700">{t("answered", { date: istDateTime(locale, clarification.answeredAt) })}</p>
                <p className="whitespace-pre-line text-slate-800">{clarification.answer}</p>
              </div>
            ) : answer ? (
              <div className="mt-3">
                <ClarificationAnswerForm clarificationId={clarification.id} action={answer} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
