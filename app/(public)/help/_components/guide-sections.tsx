import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { Badge } from "@/components/ui/badge";
import { guideLanguages, listGuides, type HelpGuide } from "@/lib/help/help-content";
import { HELP_LANGUAGE_NAMES } from "@/lib/help/help-languages";
import { HELP_AUDIENCES } from "@/lib/help/help-schemas";
import { guideHref } from "@/lib/help/help-topics";
import { isLocale, type Locale } from "@/lib/i18n/locales";

// The guides by audience, in the reader's language, each with the languages it is also written
// in that the interface is not (Tamil for the seller guides).
export async function GuideSections({ locale }: { locale: Locale }) {
  const t = await getTranslations("help.audiences");
  return (
    <>
      {HELP_AUDIENCES.map((audience) => (
        <section key={audience} aria-labelledby={`${audience}-guides`}>
          <SectionHeading id={`${audience}-guides`} note={t(`${audience}.intro`)}>
            {t(`${audience}.title`)}
          </SectionHeading>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {listGuides(locale, audience).map((guide) => (
              <li key={guide.slug} className="flex flex-col rounded-lg border border-navy-100 bg-white p-5 shadow-sm">
                <GuideCard guide={guide} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

async function GuideCard({ guide }: { guide: HelpGuide }) {
  const [t, roles] = await Promise.all([getTranslations("help.guide"), getTranslations("roles")]);
  const others = guideLanguages(guide.slug).filter((language) => !isLocale(language));
  return (
    <>
      <h3 className="text-lg font-bold text-navy-900">
        <Link href={guideHref(guide.slug)} className="text-navy-900 underline-offset-2 hover:underline">
          {guide.title}
        </Link>
      </h3>
      <p className="mt-2 flex-1 text-slate-700">{guide.summary}</p>
      <p className="mt-3 flex flex-wrap gap-2">
        {guide.roles.map((role) => (
          <Badge key={role}>{roles(role)}</Badge>
        ))}
      </p>
      {others.length > 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          {t("alsoIn")}{" "}
          {others.map((language) => (
            <Link key={language} href={guideHref(guide.slug, language)} lang={language} hrefLang={language} className="font-semibold text-navy-800 underline">
              {HELP_LANGUAGE_NAMES[language]}
            </Link>
          ))}
        </p>
      ) : null}
    </>
  );
}
