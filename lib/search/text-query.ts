import type { SpellingCorrection } from "./correct-spelling";
import { synonymsOf } from "./synonyms";
import type { QueryTerm } from "./parse-query";

// The tsquery text (for to_tsquery('english', ...)) of a parsed query: each term OR'ed with
// its synonyms and its spelling correction, the terms AND'ed (or OR'ed, the fallback when
// nothing has all of them). When the words as typed find nothing, the last word is also
// matched as a prefix ("prin" finds "printer"); not before, because a prefix alternative
// doubles the planner's estimate of the matches and tips it into scanning the whole table.
// Terms hold only [a-z0-9] and Devanagari letters (parse-query.ts), so the text
// is always valid tsquery syntax; 'english' stems the Latin words and leaves Devanagari
// words as they are, which is how the index stores the Hindi category names.

export function withCorrections(terms: QueryTerm[], corrections: SpellingCorrection[]): QueryTerm[] {
  return terms.map((term) => {
    const correction = corrections.find((c) => c.from === term.text);
    return correction ? { ...term, alternatives: [correction.to, ...synonymsOf(correction.to)] } : term;
  });
}

export function textQuery(terms: QueryTerm[], join: "and" | "or", lastAsPrefix: boolean): string {
  return terms
    .map((term, index) => {
      const isLast = index === terms.length - 1;
      const alternatives = term.alternatives.map((alternative) => {
        const words = alternative.split(" ");
        return words.length === 1 ? words[0]! : `(${words.join(" & ")})`;
      });
      if (lastAsPrefix && isLast && /^[a-z]{3,}$/.test(term.alternatives[0]!)) alternatives.push(`${term.alternatives[0]}:*`);
      return `(${alternatives.join(" | ")})`;
    })
    .join(join === "and" ? " & " : " | ");
}
