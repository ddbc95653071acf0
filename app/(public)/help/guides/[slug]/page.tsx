import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { HelpHtml } from "@/components/help/help-html";
import { findGuide, guideLanguages, type HelpGuide } from "@/lib/help/help-content";
import { isHelpLanguage, localeOf, type HelpLanguage } from "@/lib/help/help-languages";
import type { Locale } from "@/lib/i18n/locales";
import { GuideAside } from "./_components/guide-aside";
import { GuideLanguages } from "./_components/guide-languages";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string | string[] }> };

// The guide in the language asked for (?lang=ta) when it is written in it, else in the
// interface's language, else in the first it is written in.
async function readGuide({ params, searchParams }: PageProps): Promise<{ guide: HelpGuide; languages: HelpLanguage[]; locale: Locale }> {
  const [{ slug }, { lang }, locale] = await Promise.all([params, searchParams, getLocale().then(localeOf)]);
  const languages = guideLanguages(slug);
  const asked = Array.isArray(lang) ? lang[0] : lang;
  const language = [asked, locale].find((candidate): candidate is HelpLanguage => isHelpLanguage(candidate) && languages.includes(candidate)) ?? languages[0];
  const guide = language ? findGuide(slug, language) : null;
  if (!guide) notFound();
  return { guide, languages, locale };
}

export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const { guide } = await readGuide(props);
  return { title: guide.title, description: guide.summary };
}

export default async function GuidePage(props: PageProps) {
  const [{ guide, languages, locale }, t] = await Promise.all([readGuide(props), getTranslations("help.guide")]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <nav aria-label={t("breadcrumb")} className="flex flex-wrap items-center justify-between gap-3">
        <Link href="/help" className="font-semibold text-navy-800 underline">
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </nav>
      <GuideLanguages slug={guide.slug} current={guide.language} languages={languages} />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <article lang={guide.language} className="min-w-0 rounded-lg border border-navy-100 bg-white p-5 shadow-sm sm:p-8">
          <h1 className="text-3xl font-bold text-navy-900">{guide.title}</h1>
          <p className="mt-3 text-lg text-slate-700">{guide.summary}</p>
          <HelpHtml html={guide.html} className="mt-4 text-[1.0625rem]" />
        </article>
        <GuideAside guide={guide} locale={locale} />
      </div>
    </div>
  );
}
