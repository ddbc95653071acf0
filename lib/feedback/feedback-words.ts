import { eng, hin } from "stopword";

// The words feedback is about: lower-case, split on anything but letters (Devanagari vowel
// signs belong to their letter), without English and Hindi stop words and without words of
// fewer than three characters. Vowel signs count as characters: "खोज" (search) is a word,
// though it has two consonants; short Hindi words that say nothing are stop words anyway.

// Courtesy words that every kind of feedback shares and that say nothing of its subject.
const COURTESY = ["please", "kindly", "thank", "thanks", "dear", "sir", "madam", "कृपया", "धन्यवाद"];
const STOP_WORDS = new Set([...eng, ...hin, ...COURTESY]);
const WORD = /[\p{L}\p{M}]+/gu;

export function wordsOf(text: string): string[] {
  const words = text.normalize("NFC").toLocaleLowerCase("en-IN").match(WORD) ?? [];
  return words.filter((word) => [...word].length >= 3 && !STOP_WORDS.has(word));
}

export type WordCount = { word: string; count: number };

// The words most pieces of feedback mention (a word counts once per feedback, so one long
// text cannot outweigh many short ones); ties in alphabetical order.
export function topWords(texts: string[], limit = 8): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}
