import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { FeedbackInsights } from "@/lib/feedback/feedback-insights";
import { formatIndianNumber } from "@/lib/money/format";

// The words each category's feedback mentions most, each with how many messages use it.
export async function CommonWords({ words }: { words: FeedbackInsights["words"] }) {
  const t = await getTranslations("feedback");
  return (
    <Card aria-labelledby="common-words">
      <h2 id="common-words" className="text-xl font-bold text-navy-900">
        {t("insights.words")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("insights.wordsNote")}</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {words.map(({ category, words: list }) => (
          <section key={category} aria-labelledby={`words-${category}`} className="rounded-md border border-slate-200 p-4">
            <h3 id={`words-${category}`} className="font-bold text-navy-900">
              {t(`categories.${category}`)}
            </h3>
            {list.length === 0 ? (
              <p className="mt-2 text-sm text-slate-700">{t("insights.noWords")}</p>
            ) : (
              <ol className="mt-2 space-y-1">
                {list.map(({ word, count }) => (
                  <li key={word} className="flex justify-between gap-3">
                    <span className="break-all">{word}</span>
                    <span className="text-slate-700 tabular-nums">{t("insights.mentions", { count, formatted: formatIndianNumber(count) })}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
    </Card>
  );
}
