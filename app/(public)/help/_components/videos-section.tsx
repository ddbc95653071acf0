import { getTranslations } from "next-intl/server";
import { HelpVideo } from "@/components/help/help-video";
import { SectionHeading } from "@/components/portal/section-heading";
import { findGuide } from "@/lib/help/help-content";
import { HELP_VIDEOS } from "@/lib/help/help-videos";
import type { Locale } from "@/lib/i18n/locales";

// Every tutorial video, titled as the guide it shows.
export async function VideosSection({ locale }: { locale: Locale }) {
  const t = await getTranslations("help.videos");
  return (
    <section aria-labelledby="videos">
      <SectionHeading id="videos" note={t("intro")}>
        {t("title")}
      </SectionHeading>
      <ul className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
        {HELP_VIDEOS.map((video) => (
          <li key={video.slug}>
            <HelpVideo slug={video.slug} title={findGuide(video.slug, locale)?.title ?? video.slides[0]!.en} locale={locale} />
          </li>
        ))}
      </ul>
    </section>
  );
}
