import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HelpHtml } from "@/components/help/help-html";
import { Badge } from "@/components/ui/badge";
import { HELP_LANGUAGE_NAMES, searchLanguageOf } from "@/lib/help/help-languages";
import { guideHref } from "@/lib/help/help-topics";
import { searchHelp, type HelpHit } from "@/lib/help/search-help";
import type { Locale } from "@/lib/i18n/locales";

// The guides and questions that answer the query, best first. A question typed in another
// script than the page's is answered from that language's help.
export async function HelpSearchResults({ query, locale }: { query: string; locale: Locale }) {
  const t = await getTranslations("help.search");
  const language = searchLanguageOf(query, locale);
  const hits = searchHelp(query, language);
  return (
    <section aria-labelledby="help-results" className="rounded-lg border border-navy-100 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="help-results" className="text-xl font-bold text-navy-900">
        {t("heading", { q: query })}
      </h2>
      <p className="mt-1 text-slate-700">
        {t("count", { count: hits.length })}
        {language !== locale ? (
          <>
            {" "}
            {t.rich("searchedIn", { language: HELP_LANGUAGE_NAMES[language], lang: (chunks) => <span lang={language}>{chunks}</span> })}
          </>
        ) : null}
      </p>
      {hits.length === 0 ? <p className="mt-3 text-slate-800">{t("none")}</p> : null}
      <ol className="mt-4 divide-y divide-navy-100">
        {hits.map((hit) => (
          <li key={`${hit.kind}:${hit.key}`} className="py-4">
            <Hit hit={hit} isOtherLanguage={language !== locale} label={t(hit.kind)} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Hit({ hit, isOtherLanguage, label }: { hit: HelpHit; isOtherLanguage: boolean; label: string }) {
  const lang = isOtherLanguage ? hit.language : undefined;
  return (
    <>
      <Badge tone={hit.kind === "guide" ? "info" : "neutral"}>{label}</Badge>
      <h3 lang={lang} className="mt-2 text-lg font-bold text-navy-900">
        {hit.kind === "guide" ? (
          <Link href={guideHref(hit.key, lang)} className="text-navy-900 underline underline-offset-2 hover:text-navy-800">
            {hit.title}
          </Link>
        ) : (
          hit.title
        )}
      </h3>
      {hit.kind === "guide" ? (
        <p lang={lang} className="mt-1 text-slate-700">
          {hit.summary}
        </p>
      ) : (
        <div lang={lang}>
          <HelpHtml html={hit.html} className="[&>p:first-child]:mt-1" />
        </div>
      )}
    </>
  );
}
