import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/portal/section-heading";
import { localeOf } from "@/lib/help/help-languages";
import { FaqSection } from "./_components/faq-section";
import { GuideSections } from "./_components/guide-sections";
import { HelpSearchForm } from "./_components/help-search-form";
import { HelpSearchResults } from "./_components/help-search-results";
import { ManualsSection } from "./_components/manuals-section";
import { VideosSection } from "./_components/videos-section";
import { Webinars } from "./_components/webinars";

// The webinar announcements are read from the database on each request.
export const dynamic = "force-dynamic";

type PageProps = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("help");
  return { title: t("title"), description: t("intro") };
}

export default async function HelpPage({ searchParams }: PageProps) {
  const [t, locale, { q }] = await Promise.all([getTranslations("help"), getLocale().then(localeOf), searchParams]);
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) ?? "";
  return (
    <div className="mx-auto max-w-6xl space-y-12 px-4 py-10 sm:px-6">
      <div>
        <h1 className="text-3xl font-bold text-navy-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("intro")}</p>
        <div className="mt-6">
          <HelpSearchForm defaultValue={query} />
        </div>
      </div>
      {query ? <HelpSearchResults query={query} locale={locale} /> : null}
      <GuideSections locale={locale} />
      <FaqSection locale={locale} />
      <VideosSection locale={locale} />
      <ManualsSection />
      <section aria-labelledby="webinars">
        <SectionHeading id="webinars" note={t("webinars.intro")}>
          {t("webinars.title")}
        </SectionHeading>
        <Webinars />
      </section>
    </div>
  );
}
