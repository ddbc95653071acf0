import "server-only";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { HELP_LANGUAGES, type HelpLanguage } from "./help-languages";
import { FaqFrontMatterSchema, GuideFrontMatterSchema, ManualLabelsSchema, type HelpAudience, type ManualLabels } from "./help-schemas";
import { renderMarkdown } from "./render-markdown";

export type HelpGuide = z.infer<typeof GuideFrontMatterSchema> & { slug: string; language: HelpLanguage; body: string; html: string };
export type HelpFaq = z.infer<typeof FaqFrontMatterSchema> & { id: string; language: HelpLanguage; body: string; html: string };
export type HelpLibrary = { guides: HelpGuide[]; faqs: HelpFaq[]; manualLabels: Partial<Record<HelpLanguage, ManualLabels>> };

// Content lives beside the code, per language: content/<language>/guides/<slug>.md,
// content/<language>/faqs/<id>.md and content/<language>/manual.md. A guide or a question is
// the same one in every language when its file name is the same.
const HELP_CONTENT_DIR = path.join(process.cwd(), "lib/help/content");

function markdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort();
}

function readFile<T>(file: string, schema: z.ZodType<T>): { data: T; body: string } {
  const { data, content } = matter(fs.readFileSync(file, "utf8"));
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`Help file ${path.relative(process.cwd(), file)}: ${parsed.error.message}`);
  return { data: parsed.data, body: content.trim() };
}

export function readHelpLibrary(): HelpLibrary {
  const library: HelpLibrary = { guides: [], faqs: [], manualLabels: {} };
  for (const language of HELP_LANGUAGES) {
    const folder = path.join(HELP_CONTENT_DIR, language);
    for (const name of markdownFiles(path.join(folder, "guides"))) {
      const { data, body } = readFile(path.join(folder, "guides", name), GuideFrontMatterSchema);
      library.guides.push({ ...data, slug: name.slice(0, -3), language, body, html: renderMarkdown(body) });
    }
    for (const name of markdownFiles(path.join(folder, "faqs"))) {
      const { data, body } = readFile(path.join(folder, "faqs", name), FaqFrontMatterSchema);
      library.faqs.push({ ...data, id: name.slice(0, -3), language, body, html: renderMarkdown(body) });
    }
    const manual = path.join(folder, "manual.md");
    if (fs.existsSync(manual)) library.manualLabels[language] = readFile(manual, ManualLabelsSchema).data;
  }
  library.guides.sort((a, b) => a.order - b.order);
  library.faqs.sort((a, b) => a.order - b.order);
  return library;
}

let cached: { library: HelpLibrary; readAt: number } | null = null;

// Read once per process; in development again after a second, so an edited file shows on
// the next reload without reading every file for each part of one page.
export function helpLibrary(): HelpLibrary {
  const isStale = cached !== null && process.env.NODE_ENV === "development" && Date.now() - cached.readAt > 1000;
  if (cached === null || isStale) cached = { library: readHelpLibrary(), readAt: Date.now() };
  return cached.library;
}

export function listGuides(language: HelpLanguage, audience?: HelpAudience): HelpGuide[] {
  return helpLibrary().guides.filter((guide) => guide.language === language && (!audience || guide.audience === audience));
}

export function findGuide(slug: string, language: HelpLanguage): HelpGuide | null {
  return helpLibrary().guides.find((guide) => guide.slug === slug && guide.language === language) ?? null;
}

// The languages a guide is written in, in the order of HELP_LANGUAGES.
export function guideLanguages(slug: string): HelpLanguage[] {
  const written = new Set(helpLibrary().guides.filter((guide) => guide.slug === slug).map((guide) => guide.language));
  return HELP_LANGUAGES.filter((language) => written.has(language));
}

export function listFaqs(language: HelpLanguage, audience?: HelpAudience): HelpFaq[] {
  return helpLibrary().faqs.filter((faq) => faq.language === language && (!audience || faq.audience === audience));
}
