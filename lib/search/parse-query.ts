import { LONGEST_SYNONYM_TERM, synonymsOf } from "./synonyms";

// A buyer's words, cleaned for a text-search query: lower case, letters and digits only
// (Latin or Devanagari), at most MAX_WORDS words. Words that are synonyms' phrases
// ("a4 paper", "air conditioner") stay together as one term.

export const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 40;

// English words that carry no meaning in a product search; PostgreSQL's 'english'
// configuration drops them too, and they are never "corrected".
const STOP_WORDS = new Set(["a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with", "by", "from", "at", "is"]);

export type QueryTerm = {
  // What the buyer typed (one word or a synonym phrase).
  text: string;
  // Any of these may match: the term itself first, then its synonyms.
  alternatives: readonly string[];
  isDevanagari: boolean;
};

const DEVANAGARI = /[\u0900-\u097F]/;

export function queryWords(q: string): string[] {
  return q
    .normalize("NFC")
    .toLowerCase()
    .split(/[^a-z0-9\u0900-\u0963\u0966-\u097F]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS);
}

export function parseQuery(q: string): QueryTerm[] {
  const words = queryWords(q);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length; ) {
    const length = longestSynonymPhraseAt(words, i);
    const text = words.slice(i, i + length).join(" ");
    terms.push({ text, alternatives: [text, ...synonymsOf(text)], isDevanagari: DEVANAGARI.test(text) });
    i += length;
  }
  return terms;
}

function longestSynonymPhraseAt(words: string[], start: number): number {
  for (let length = Math.min(LONGEST_SYNONYM_TERM, words.length - start); length > 1; length -= 1) {
    if (synonymsOf(words.slice(start, start + length).join(" ")).length > 0) return length;
  }
  return 1;
}

// A term may be spelt wrong when it is one English word of at least four letters that is
// neither a synonym we know nor a number.
export function mayBeMisspelt(term: QueryTerm): boolean {
  return !term.isDevanagari && /^[a-z]{4,}$/.test(term.text) && synonymsOf(term.text).length === 0;
}
