import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { EmptyState } from "@/components/ui/empty-state";
import type { PublicBid } from "@/lib/bids/public-bids";

// Every question and answer, as every seller reads them; never who asked.
export async function BidClarifications({ clarifications, dateTime }: { clarifications: PublicBid["clarifications"]; dateTime: (date: Date) => string }) {
  const t = await getTranslations("publicBids.detail.clarifications");
  return (
    <section aria-labelledby="bid-clarifications">
      <SectionHeading id="bid-clarifications" note={t("intro")}>
        {t("title")}
      </SectionHeading>
      {clarifications.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ol className="space-y-3">
          {clarifications.map((clarification) => (
            <li key={clarification.id} className="rounded-lg border border-navy-100 bg-white p-4 shadow-sm">
              <p className="text-sm text-slate-700">{t("askedOn", { date: dateTime(clarification.askedAt) })}</p>
              <p className="mt-1">
                <span className="font-semibold">{t("question")}: </span>
                <span className="whitespace-pre-line">{clarification.question}</span>
              </p>
              <p className="mt-2">
                <span className="font-semibold">{t("answer")}: </span>
                {clarification.answer ? <span className="whitespace-pre-line">{clarification.answer}</span> : <span className="text-slate-700">{t("unanswered")}</span>}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
