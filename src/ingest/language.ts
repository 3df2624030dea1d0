import type { Language } from "../domain/vocabulary.ts";
import { rankLanguages } from "./trigram-ranking.ts";

/** ISO 639-3 codes franc reports for the two languages newsgraph reads. */
const SUPPORTED: Record<string, Language> = { nld: "nl", eng: "en" };

const DUTCH = new Set([
  "de",
  "het",
  "een",
  "en",
  "van",
  "is",
  "dat",
  "op",
  "te",
  "zijn",
  "niet",
  "met",
  "voor",
  "ook",
  "wordt",
  "naar",
  "bij",
  "door",
  "heeft",
  "nog",
  "maar",
  "deze",
  "zich",
  "tegen",
  "worden",
  "werd",
  "hun",
]);
const ENGLISH = new Set([
  "the",
  "a",
  "an",
  "and",
  "of",
  "to",
  "is",
  "that",
  "on",
  "in",
  "for",
  "with",
  "as",
  "was",
  "by",
  "are",
  "be",
  "has",
  "have",
  "its",
  "their",
  "from",
  "this",
  "will",
  "were",
  "which",
  "at",
]);

export interface LanguageGuess {
  /** Dutch or English when the text is one of them. */
  language: Language | null;
  /** What was detected, as an ISO 639-3 code ("und" when the text is too short to tell). */
  code: string;
}

/**
 * Identifies the language with franc's trigram models (ranked as franc ranks them, by
 * trigram-ranking.ts). Franc confuses Dutch with Afrikaans or
 * Frisian and English with Scots on short texts, so a function-word count (both languages have
 * very frequent, distinct ones) decides between Dutch and English when franc names a neighbour.
 */
export function identifyLanguage(text: string): LanguageGuess {
  // A thousand characters decide the language of a news article as well as all of it, at a
  // fraction of the cost.
  const sample = text.length > 1000 ? text.slice(0, 1000) : text;
  const ranked = rankLanguages(sample, 10);
  const code = ranked[0]?.[0] ?? "und";
  const supported = SUPPORTED[code];
  if (supported) return { language: supported, code };
  // A close second (scores are relative to the best, 1.0) among franc's 80 languages.
  const close = ranked.find(([lang, score]) => SUPPORTED[lang] && score >= 0.9);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let nl = 0;
  let en = 0;
  for (const word of words) {
    if (DUTCH.has(word)) nl++;
    if (ENGLISH.has(word)) en++;
  }
  const share = (nl + en) / Math.max(1, words.length);
  if (close && (nl + en >= 1 || words.length < 30))
    return { language: SUPPORTED[close[0]]!, code: close[0] };
  const neighbours = new Set(["afr", "fry", "lim", "sco", "und"]);
  if (share >= 0.15 && (neighbours.has(code) || share >= 0.3)) {
    if (nl >= 2 * en && nl >= 3) return { language: "nl", code: "nld" };
    if (en >= 2 * nl && en >= 3) return { language: "en", code: "eng" };
  }
  return { language: null, code };
}

/** Dutch, English, or null for any other (or undecidable) language. */
export function detectLanguage(text: string): Language | null {
  return identifyLanguage(text).language;
}
