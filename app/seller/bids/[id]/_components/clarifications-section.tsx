import { getTranslations } from "next-intl/server";
import { getIstFormatter } from "@/components/bids/ist-date-time";
import type { FormAction } from "@/components/forms/zod-form";
import { Card } from "@/components/ui/card";
import { AskQuestionForm } from "./ask-question-form";
import type { SellerBidView } from "./seller-bid-view";

type ClarificationsProps = { view: SellerBidView; canAct: boolean; action: FormAction };

// Every question on the bid with the buyer's answer, never who asked; while the bid is open
// and before the clarification deadline, the seller's administrator may ask one more.
export async function ClarificationsSection({ view: { bid, clarifications, now }, canAct, action }: ClarificationsProps) {
  const [t, ist] = await Promise.all([getTranslations("sellerBids.clarifications"), getIstFormatter()]);
  const deadline = bid.status === "PUBLISHED" ? bid.clarificationDeadline : null;
  const isOpen = deadline !== null && deadline > now;
  return (
    <Card aria-labelledby="clarifications-title">
      <h2 id="clarifications-title" className="text-xl font-bold text-navy-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {clarifications.length === 0 ? (
        <p className="mt-4 text-slate-700">{t("none")}</p>
      ) : (
        <ol className="mt-2 divide-y divide-navy-100">
          {clarifications.map((clarification) => (
            <li key={clarification.id} className="space-y-2 py-4">
              <div>
                <p className="text-sm text-slate-700">{t("question", { date: ist(clarification.askedAt) })}</p>
                <p className="font-semibold break-words whitespace-pre-line text-slate-900">{clarification.question}</p>
              </div>
              {clarification.answer !== null && clarification.answeredAt ? (
                <div className="border-l-4 border-navy-200 pl-3">
                  <p className="text-sm text-slate-700">{t("answer", { date: ist(clarification.answeredAt) })}</p>
                  <p className="break-words whitespace-pre-line text-slate-900">{clarification.answer}</p>
                </div>
              ) : (
                <p className="text-sm text-slate-700">{t("notAnswered")}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {isOpen && canAct ? (
        <div className="mt-4 border-t border-navy-100 pt-4">
          <h3 className="mb-3 text-lg font-bold text-navy-900">{t("askTitle")}</h3>
          <AskQuestionForm bidId={bid.id} hint={t("hint", { date: ist(deadline) })} action={action} />
        </div>
      ) : null}
      {deadline !== null && !isOpen ? <p className="mt-4 text-slate-700">{t("closed")}</p> : null}
    </Card>
  );
}
