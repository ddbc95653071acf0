import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import enHelp from "@/lib/i18n/messages/en/help.json";
import hiHelp from "@/lib/i18n/messages/hi/help.json";
import { readHelpLibrary, type HelpFaq, type HelpGuide } from "@/lib/help/help-content";
import { HELP_LANGUAGES, type HelpLanguage } from "@/lib/help/help-languages";
import { HELP_TOPICS } from "@/lib/help/help-topics";
import { CAPTION_LANGUAGES, captionsOf, findVideo, HELP_VIDEOS, videoPaths } from "@/lib/help/help-videos";
import { renderMarkdown } from "@/lib/help/render-markdown";

// Reading the library checks every file's front matter (zod); a bad file throws here.
const library = readHelpLibrary();
const guidesIn = (language: HelpLanguage) => library.guides.filter((guide) => guide.language === language);
const faqsIn = (language: HelpLanguage) => library.faqs.filter((faq) => faq.language === language);
const slugs = (items: (HelpGuide | HelpFaq)[]) => items.map((item) => ("slug" in item ? item.slug : item.id)).sort();
const SCRIPT: Record<HelpLanguage, RegExp> = { en: /^[\p{Script=Latin}\p{Script=Common}]+$/u, hi: /[\u0900-\u097F]/, ta: /[\u0B80-\u0BFF]/ };

describe("the help content", () => {
  it("has guides for buyers and sellers, and 12 to 15 questions", () => {
    expect(guidesIn("en").filter((guide) => guide.audience === "buyer").length).toBeGreaterThanOrEqual(3);
    expect(guidesIn("en").filter((guide) => guide.audience === "seller").length).toBeGreaterThanOrEqual(4);
    expect(faqsIn("en").length).toBeGreaterThanOrEqual(12);
    expect(faqsIn("en").length).toBeLessThanOrEqual(15);
  });

  it("has every English guide and question in Hindi, and nothing in Hindi or Tamil that English lacks", () => {
    expect(slugs(guidesIn("hi"))).toEqual(slugs(guidesIn("en")));
    expect(slugs(faqsIn("hi"))).toEqual(slugs(faqsIn("en")));
    const english = new Set(slugs(guidesIn("en")));
    expect(guidesIn("ta").filter((guide) => !english.has(guide.slug))).toEqual([]);
    expect(faqsIn("ta").filter((faq) => !faqsIn("en").some((english) => english.id === faq.id))).toEqual([]);
  });

  it("has every seller guide in Tamil", () => {
    const sellerGuides = guidesIn("en").filter((guide) => guide.audience === "seller");
    expect(slugs(guidesIn("ta").filter((guide) => guide.audience === "seller"))).toEqual(slugs(sellerGuides));
  });

  it("keeps a guide's audience, roles, order and video the same in every language", () => {
    for (const guide of library.guides.filter((candidate) => candidate.language !== "en")) {
      const english = guidesIn("en").find((candidate) => candidate.slug === guide.slug)!;
      expect({ slug: guide.slug, audience: guide.audience, roles: guide.roles, order: guide.order, video: guide.video }).toEqual({
        slug: english.slug,
        audience: english.audience,
        roles: english.roles,
        order: english.order,
        video: english.video,
      });
    }
    for (const faq of faqsIn("hi")) {
      const english = faqsIn("en").find((candidate) => candidate.id === faq.id)!;
      expect({ id: faq.id, audience: faq.audience, order: faq.order }).toEqual({ id: english.id, audience: english.audience, order: english.order });
    }
  });

  it("writes each language in its own script", () => {
    for (const language of HELP_LANGUAGES) {
      for (const guide of guidesIn(language)) expect(`${guide.language}/${guide.slug}: ${SCRIPT[language].test(guide.title)}`).toBe(`${language}/${guide.slug}: true`);
      for (const faq of faqsIn(language)) expect(`${faq.language}/${faq.id}: ${SCRIPT[language].test(faq.question)}`).toBe(`${language}/${faq.id}: true`);
    }
  });

  it("gives every guide numbered steps under headings", () => {
    for (const guide of library.guides) {
      expect(guide.html, `${guide.language}/${guide.slug}`).toMatch(/<h2>[^<]+<\/h2>/);
      expect(guide.html, `${guide.language}/${guide.slug}`).toMatch(/<ol>\s*<li>/);
    }
  });

  it("has a manual's labels for every language with guides", () => {
    for (const language of HELP_LANGUAGES) if (guidesIn(language).length > 0) expect(library.manualLabels[language], language).toBeDefined();
  });

  it("links each contextual help topic to a guide in English and Hindi, with its link text in both", () => {
    for (const [topic, slug] of Object.entries(HELP_TOPICS)) {
      expect(guidesIn("en").some((guide) => guide.slug === slug), `${topic} -> ${slug}`).toBe(true);
      expect(guidesIn("hi").some((guide) => guide.slug === slug), `${topic} -> ${slug} (hi)`).toBe(true);
    }
    expect(Object.keys(enHelp.help.links).sort()).toEqual(Object.keys(HELP_TOPICS).sort());
    expect(Object.keys(hiHelp.help.links).sort()).toEqual(Object.keys(HELP_TOPICS).sort());
  });
});

describe("the help videos", () => {
  it("are the videos the guides name, each small, with its poster and up-to-date captions", () => {
    const named = new Set(library.guides.flatMap((guide) => (guide.video ? [guide.video] : [])));
    expect([...named].sort()).toEqual(HELP_VIDEOS.map((video) => video.slug).sort());
    for (const slug of named) {
      const video = findVideo(slug)!;
      const paths = videoPaths(slug);
      const file = (url: string) => path.join(process.cwd(), "public", url);
      const size = fs.statSync(file(paths.webm)).size;
      expect(size, paths.webm).toBeGreaterThan(20_000);
      expect(size, paths.webm).toBeLessThan(600 * 1024);
      expect(fs.readFileSync(file(paths.webm)).subarray(0, 4)).toEqual(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
      expect(fs.readFileSync(file(paths.poster)).subarray(1, 4).toString()).toBe("PNG");
      for (const language of CAPTION_LANGUAGES) expect(fs.readFileSync(file(paths.captions[language]), "utf8")).toBe(captionsOf(video, language));
    }
  });
});

describe("rendering help Markdown", () => {
  it("shows raw HTML as text and drops links that are not Kraya's or https", () => {
    const html = renderMarkdown('Read <script>alert(1)</script> [bad](javascript:alert(1)) [ok](/help) [site](https://example.org) <img src=x onerror="alert(1)">\n\n<div onclick="alert(1)">block</div>');
    expect(html).not.toMatch(/<script|<img|<div|href="javascript/);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('<a href="/help">ok</a>');
    expect(html).toContain('<a href="https://example.org">site</a>');
    expect(html).toContain("bad");
  });
});
