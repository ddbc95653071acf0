import "server-only";
import MiniSearch, { type SearchResult } from "minisearch";
import { stemmer } from "stemmer";
import { helpLibrary } from "./help-content";
import type { HelpLanguage } from "./help-languages";
import type { HelpAudience } from "./help-schemas";
import { HELP_STOP_WORDS } from "./help-stop-words";
import { plainTextOf } from "./render-markdown";

export type HelpHit = { kind: "guide" | "faq"; key: string; language: HelpLanguage; audience: HelpAudience; title: string; summary: string; html: string };

type HelpDocument = HelpHit & { id: string; keywords: string; text: string };

// Hindi is written with and without the nukta (ख़रीद, खरीद) and with chandrabindu or anusvara
// (पहुँच, पहुंच): both spellings must meet. English words meet their other forms through
// their Porter stem ("accepting" and "accepted" are "accept").
function normaliseTerm(term: string, language: HelpLanguage): string | null {
  const lower = term.toLowerCase();
  if (HELP_STOP_WORDS[language].has(lower)) return null;
  if (language === "en") return /^[a-z]+$/.test(lower) ? stemmer(lower) : lower;
  return lower.normalize("NFD").replace(/\u093C/g, "").replace(/\u0901/g, "\u0902").normalize("NFC");
}

function documentsOf(language: HelpLanguage): HelpDocument[] {
  const { guides, faqs } = helpLibrary();
  return [
    ...guides
      .filter((guide) => guide.language === language)
      .map((guide) => ({
        id: `guide:${guide.slug}`,
        kind: "guide" as const,
        key: guide.slug,
        language,
        audience: guide.audience,
        title: guide.title,
        summary: guide.summary,
        html: "",
        keywords: guide.keywords.join(" "),
        text: plainTextOf(guide.body),
      })),
    ...faqs
      .filter((faq) => faq.language === language)
      .map((faq) => ({
        id: `faq:${faq.id}`,
        kind: "faq" as const,
        key: faq.id,
        language,
        audience: faq.audience,
        title: faq.question,
        summary: "",
        html: faq.html,
        keywords: faq.keywords.join(" "),
        text: plainTextOf(faq.body),
      })),
  ];
}

function buildIndex(language: HelpLanguage): MiniSearch<HelpDocument> {
  const index = new MiniSearch<HelpDocument>({
    fields: ["title", "keywords", "summary", "text"],
    storeFields: ["kind", "key", "language", "audience", "title", "summary", "html"],
    processTerm: (term) => normaliseTerm(term, language),
    searchOptions: {
      boost: { title: 4, keywords: 3, summary: 1.5 },
      // Words typed in part still find ("regist" finds "registration"); long words forgive a typo.
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      // A guide answers a "how do I" question more fully than a question-and-answer does.
      boostDocument: (_id, _term, stored) => (stored?.kind === "guide" ? 1.5 : 1),
    },
  });
  index.addAll(documentsOf(language));
  return index;
}

const indexes = new Map<HelpLanguage, MiniSearch<HelpDocument>>();

// Below this share of the best answer's score, a document only shares a common word with
// the question ("order", "goods"): listing it would bury the answers.
const RELEVANT_SHARE = 0.1;

// Guides and questions of one language that answer the query, best first.
export function searchHelp(query: string, language: HelpLanguage, limit = 10): HelpHit[] {
  const words = query.trim().slice(0, 200);
  if (!words) return [];
  const index = indexes.get(language) ?? buildIndex(language);
  if (process.env.NODE_ENV !== "development") indexes.set(language, index);
  const results = index.search(words);
  const threshold = (results[0]?.score ?? 0) * RELEVANT_SHARE;
  return results
    .filter((result) => result.score >= threshold)
    .slice(0, limit)
    .map((result: SearchResult) => ({
      kind: result.kind,
      key: result.key,
      language: result.language,
      audience: result.audience,
      title: result.title,
      summary: result.summary,
      html: result.html,
    }));
}
