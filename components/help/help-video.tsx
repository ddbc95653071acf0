import { useTranslations } from "next-intl";
import { HELP_LANGUAGE_NAMES } from "@/lib/help/help-languages";
import { CAPTION_LANGUAGES, videoPaths } from "@/lib/help/help-videos";
import type { Locale } from "@/lib/i18n/locales";

// A tutorial video served by Kraya itself, loaded only when played, with captions in English
// and Hindi (the reader's language shown by default).
export function HelpVideo({ slug, title, locale }: { slug: string; title: string; locale: Locale }) {
  const t = useTranslations("help.videos");
  const paths = videoPaths(slug);
  return (
    <figure className="overflow-hidden rounded-lg border border-navy-100 bg-white shadow-sm">
      <video controls preload="none" poster={paths.poster} width={640} height={360} className="aspect-video h-auto w-full bg-navy-950">
        <source src={paths.webm} type="video/webm" />
        {CAPTION_LANGUAGES.map((language) => (
          <track key={language} kind="captions" src={paths.captions[language]} srcLang={language} label={HELP_LANGUAGE_NAMES[language]} default={language === locale} />
        ))}
      </video>
      <figcaption className="space-y-1 p-4">
        <span className="block font-semibold text-navy-900">{title}</span>
        <a href={paths.webm} download className="text-sm font-semibold text-navy-800 underline">
          {t("download")}
        </a>
      </figcaption>
    </figure>
  );
}
