import "server-only";
import type { Db } from "../db/client";

// Typo tolerance: a word that matches no visible listing is replaced by the known word
// (SearchWord: words of titles, brands and category names) closest to it. pg_trgm's
// similarity finds the candidates; a swapped pair of letters ("chiar") shares few trigrams
// with the right word, so the bar is low and the edit distance (with transpositions) decides,
// then the word's frequency.

const MIN_SIMILARITY = 0.1;
const CANDIDATES = 40;
const MAX_EDITS = 2;

export type SpellingCorrection = { from: string; to: string };

export async function correctSpelling(db: Db, words: string[]): Promise<SpellingCorrection[]> {
  if (words.length === 0) return [];
  // Each word is counted with its own parameter, so the planner sees the word and reads the
  // GIN index. Not EXISTS: planned for its first row, it scans the table hoping to meet one
  // early, and an unknown word (the usual case here) then costs a scan of every listing.
  const known = words.map((_, index) => `($${index + 3}::text, (SELECT count(*) FROM "ListingSearch" s WHERE s.document @@ to_tsquery('english', $${index + 3})) > 0)`);
  const rows = await db.$queryRawUnsafe<{ word: string; candidates: { word: string; frequency: number }[] | null }[]>(
    `SELECT w.word,
       CASE WHEN w.known THEN NULL
       ELSE (SELECT json_agg(json_build_object('word', c.word, 'frequency', c.frequency)) FROM (
         SELECT sw.word, sw.frequency FROM "SearchWord" sw
         WHERE similarity(sw.word, w.word) >= $1 ORDER BY similarity(sw.word, w.word) DESC LIMIT $2) c)
       END AS candidates
     FROM (VALUES ${known.join(", ")}) AS w(word, known)`,
    MIN_SIMILARITY,
    CANDIDATES,
    ...words,
  );
  return rows.flatMap(({ word, candidates }) => {
    const best = bestCandidate(word, candidates ?? []);
    return best ? [{ from: word, to: best }] : [];
  });
}

function bestCandidate(word: string, candidates: { word: string; frequency: number }[]): string | null {
  let best: { word: string; edits: number; frequency: number } | null = null;
  for (const candidate of candidates) {
    const edits = editDistance(word, candidate.word);
    if (edits > MAX_EDITS || edits >= word.length / 2) continue;
    if (!best || edits < best.edits || (edits === best.edits && candidate.frequency > best.frequency)) best = { ...candidate, edits };
  }
  return best?.word ?? null;
}

// Damerau-Levenshtein (optimal string alignment) distance: insertions, deletions,
// substitutions and swaps of neighbouring letters each cost one.
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
