import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HelpVideo } from "@/components/help/help-video";
import { Badge } from "@/components/ui/badge";
import { findGuide, listGuides, type HelpGuide } from "@/lib/help/help-content";
import { HELP_LANGUAGE_NAMES } from "@/lib/help/help-languages";
import { guideHref } from "@/lib/help/help-topics";
import { listManuals, manualFileName } from "@/lib/help/manual-pdf";
import type { Locale } from "@/lib/i18n/locales";

const heading = "text-lg font-bold text-navy-900";

// Beside the guide, in the interface's language: who it is for, its video, the manual it is
// part of, and the other guides for the same readers (in the guide's language).
export async function GuideAside({ guide, locale }: { guide: HelpGuide; locale: Locale }) {
  const [t, tm, roles] = await Promise.all([getTranslations("help.guide"), getTranslations("help.manuals"), getTranslations("roles")]);
  const manual = listManuals().find((candidate) => candidate.audience === guide.audience && candidate.language === guide.language);
  const others = listGuides(guide.language, guide.audience).filter((other) => other.slug !== guide.slug);
  const isOtherLanguage = guide.language !== locale;
  return (
    <aside className="space-y-8">
      <section aria-labelledby="guide-roles">
        <h2 id="guide-roles" className={heading}>
          {t("forRoles")}
        </h2>
        <p className="mt-2 flex flex-wrap gap-2">
          {guide.roles.map((role) => (
            <Badge key={role} tone="info">
              {roles(role)}
            </Badge>
          ))}
        </p>
      </section>
      {guide.video ? (
        <section aria-labelledby="guide-video">
          <h2 id="guide-video" className={`${heading} mb-3`}>
            {t("video")}
          </h2>
          <HelpVideo slug={guide.video} title={findGuide(guide.slug, locale)?.title ?? guide.title} locale={locale} />
        </section>
      ) : null}
      {manual ? (
        <section aria-labelledby="guide-manual">
          <h2 id="guide-manual" className={heading}>
            {t("manual")}
          </h2>
          <a href={`/help/manuals/${manualFileName(manual)}`} hrefLang={manual.language} className="mt-2 inline-flex min-h-11 items-center font-semibold text-navy-800 underline">
            <span>{tm.rich("file", { manual: tm(manual.audience), language: HELP_LANGUAGE_NAMES[manual.language], lang: (chunks) => <span lang={manual.language}>{chunks}</span> })}</span>
          </a>
        </section>
      ) : null}
      {others.length > 0 ? (
        <nav aria-labelledby="guide-more">
          <h2 id="guide-more" className={heading}>
            {t("more")}
          </h2>
          <ul className="mt-2 space-y-1">
            {others.map((other) => (
              <li key={other.slug}>
                <Link href={guideHref(other.slug, isOtherLanguage ? other.language : undefined)} lang={isOtherLanguage ? other.language : undefined} className="inline-flex min-h-11 items-center font-semibold text-navy-800 underline">
                  {other.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </aside>
  );
}
