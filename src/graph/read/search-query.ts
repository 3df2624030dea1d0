import { normaliseName } from "../../domain/text.ts";

/**
 * Turns what a user types into a Lucene query for the `entity_names` full-text index
 * (analyzer standard-folding: lower-cased, accents folded, split on punctuation, English stop
 * words dropped). The text is split the same way, so no Lucene syntax from the user ever reaches
 * the parser (no escaping to get wrong) and "F-16" looks for the terms "f" and "16".
 *
 * Every term must match (AND). A term of two or more characters also matches as a prefix
 * ("bagd" finds Baghdad while typing) and one of five or more with one edit ("Saijan" finds
 * Sajjan); the exact term is boosted so it ranks first.
 */
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

export function searchTerms(text: string): string[] {
  return normaliseName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function toLuceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  // Stop words are not in the index, so requiring them would find nothing; when the text is
  // nothing but stop words ("IS"), keep them as prefixes, which still find "isis" or "islamic".
  const meaningful = terms.filter((term) => !STOP_WORDS.has(term));
  const clauses =
    meaningful.length > 0 ? meaningful.map(termClause) : terms.map((term) => `${term}*`);
  return clauses.join(" AND ");
}

function termClause(term: string): string {
  if (term.length < 2) return term;
  const alternatives = [`${term}^3`, `${term}*`];
  if (term.length >= 5) alternatives.push(`${term}~1`);
  return `(${alternatives.join(" OR ")})`;
}

/** A phrase query: the exact words in order (used to find alias candidates). */
export function toLucenePhrase(text: string): string | null {
  const terms = searchTerms(text).filter((term) => !STOP_WORDS.has(term));
  return terms.length > 0 ? `"${terms.join(" ")}"` : null;
}

/**
 * Whether the text holds a word the index never sees (a stop word): then the index alone cannot
 * find an alias such as "IS", and search adds exact name and alias matches by a scan.
 */
export function holdsStopWord(text: string): boolean {
  return searchTerms(text).some((term) => STOP_WORDS.has(term));
}
