import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HELP_LANGUAGE_NAMES, type HelpLanguage } from "@/lib/help/help-languages";
import { guideHref } from "@/lib/help/help-topics";

// "Also in: English · हिन्दी · தமிழ்": the other languages this guide is written in, each
// named in itself. The interface keeps its language; only the article changes.
export async function GuideLanguages({ slug, current, languages }: { slug: string; current: HelpLanguage; languages: HelpLanguage[] }) {
  const t = await getTranslations("help.guide");
  const others = languages.filter((language) => language !== current);
  if (others.length === 0) return null;
  return (
    <nav aria-label={t("languages")} className="mt-4 flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-800">
      <span>{t("alsoIn")}</span>
      <ul className="flex flex-wrap items-center gap-x-2">
        {others.map((language, index) => (
          <li key={language} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true">·</span> : null}
            <Link href={guideHref(slug, language)} lang={language} hrefLang={language} className="inline-flex min-h-11 items-center font-semibold text-navy-800 underline">
              {HELP_LANGUAGE_NAMES[language]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
