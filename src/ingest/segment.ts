import type { Language } from "../domain/vocabulary.ts";

/** One sentence of an article's text; `start`/`end` index that text (end exclusive). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Abbreviations that end in a full stop but do not end a sentence ("dhr. Jansen", "Maj. Gen.
 * Smith", "o.a. Irak"): a piece ending in one is joined to the next. Lower-case, without the final
 * full stop.
 */
const TITLE_ABBREVIATIONS = new Set([
  // Dutch
  "dhr",
  "mevr",
  "mw",
  "drs",
  "ir",
  "ing",
  "mr",
  "dr",
  "prof",
  "gen",
  "lt",
  "lt.-gen",
  "luit",
  "kol",
  "maj",
  "kap",
  "ltz",
  "kltz",
  "sgt",
  "adm",
  "vadm",
  "o.a",
  "m.b.t",
  "d.w.z",
  "bijv",
  "bv",
  "i.p.v",
  "ca",
  "resp",
  "jl",
  "mln",
  "mld",
  "mrd",
  "nr",
  "vs",
  "z.g",
  "incl",
  "excl",
  "t.a.v",
  "i.v.m",
  "e.d",
  "enz",
  "etc",
  // English
  "mrs",
  "ms",
  "messrs",
  "gov",
  "sen",
  "rep",
  "rev",
  "st",
  "capt",
  "cpt",
  "col",
  "lt. col",
  "brig",
  "cmdr",
  "cdr",
  "cpl",
  "pvt",
  "sgt. maj",
  "no",
  "e.g",
  "i.e",
  "approx",
  "dept",
  "est",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/**
 * Dotted initialisms ("U.S.", "U.N.", "D.C.") often stand mid-sentence before a capital ("the U.S.
 * Army"), yet may also end one. They keep the sentence open unless the next segment starts with a
 * word that typically opens a sentence.
 */
const SENTENCE_OPENERS = new Set([
  "the",
  "this",
  "these",
  "that",
  "it",
  "he",
  "she",
  "they",
  "we",
  "i",
  "in",
  "on",
  "at",
  "but",
  "and",
  "a",
  "an",
  "de",
  "het",
  "een",
  "dit",
  "dat",
  "deze",
  "die",
  "hij",
  "zij",
  "ze",
  "wij",
  "we",
  "ik",
  "er",
  "maar",
  "ook",
  "daarnaast",
  "daarom",
]);

const INITIALISM = /(?:^|[\s(“"'‘])((?:\p{L}\.){2,})$/u;
const LAST_TOKEN = /(?:^|[\s(“"'‘])([\p{L}][\p{L}.-]*(?: [\p{L}]+)?)\.$/u;
const SINGLE_INITIAL = /(?:^|[\s(“"'‘])\p{Lu}\.$/u;
/**
 * The Dutch navy's ship prefix, "Zr.Ms." or "Zr. Ms." (Zijner Majesteits), "Hr.Ms." (Harer
 * Majesteits): a ship's name follows, never a new sentence. Its first half ends a piece of its own
 * only before "Ms.".
 */
const SHIP_PREFIX = /(?:^|[\s(“"'‘])(?:Zr|Hr)\.\s?Ms\.$/u;
/** A German unit noun: "Panzerdivision", "Gebirgsjägerbrigade", "Seebataillon", "Flottille". */
const GERMAN_UNIT =
  /^\s*\p{Lu}\p{Ll}*(?:division|brigade|bataillon|regiment|korps|flottille|geschwader|armee)(?![\p{L}])/u;
const SHIP_PREFIX_FIRST_HALF = /(?:^|[\s(“"'‘])(?:Zr|Hr)\.$/u;

/**
 * Sentence-final punctuation followed by space and something that can open a sentence. Hand-written
 * rather than `Intl.Segmenter`: that one needs the same abbreviation repair afterwards and costs a
 * fifth of all extraction time on a 500-word article; this is one regular-expression pass.
 */
const BOUNDARY = /[.!?\u2026]+["”’'»)\]]*\s+(?=["“‘'«([]?[\p{Lu}\p{N}])/gu;

function splitLine(line: string): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const end = m.index + m[0].length;
    pieces.push({ start, end });
    start = end;
  }
  if (start < line.length) pieces.push({ start, end: line.length });
  return pieces;
}

function endsWithAbbreviation(segment: string, next: string): boolean {
  // Only the last few characters matter; the patterns are anchored at the end.
  const tail = segment.length > 24 ? segment.slice(-24) : segment;
  const trimmed = tail.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  if (SINGLE_INITIAL.test(trimmed) || SHIP_PREFIX.test(trimmed)) return true;
  if (SHIP_PREFIX_FIRST_HALF.test(trimmed) && /^\s*Ms\./u.test(next)) return true;
  // "de Duitse 1. Panzerdivision": a German ordinal before a unit noun.
  if (/(?:^|\s)\d{1,2}\.$/u.test(trimmed) && GERMAN_UNIT.test(next)) return true;
  const initialism = INITIALISM.exec(trimmed);
  if (initialism) {
    const firstWord = /^[\s"“‘'(]*([\p{L}]+)/u.exec(next)?.[1]?.toLowerCase();
    return firstWord === undefined || !SENTENCE_OPENERS.has(firstWord);
  }
  const last = LAST_TOKEN.exec(trimmed)?.[1]?.toLowerCase();
  if (last === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(last)) return true;
  // "Lt. Col.", "Maj. Gen.": the last word alone is the abbreviation.
  const lastWord = last.split(/[\s]/).pop() ?? last;
  return TITLE_ABBREVIATIONS.has(lastWord);
}

/**
 * Sentences with offsets. Lines are hard boundaries (titles, intertitles and paragraphs of plain
 * news text carry no final full stop); within a line the locale's sentence segmenter splits and
 * abbreviations are merged back.
 */
export function segmentSentences(text: string, _language?: Language): Sentence[] {
  const sentences: Sentence[] = [];
  const linePattern = /[^\n]+/g;
  for (let line = linePattern.exec(text); line !== null; line = linePattern.exec(text)) {
    const lineStart = line.index;
    let lineText = line[0];
    // A hard-wrapped paragraph (thirteenth round): its lines are one run of text.
    while (wrapsOn(lineText, text, lineStart + lineText.length)) {
      const next = linePattern.exec(text)!;
      lineText = text.slice(lineStart, next.index + next[0].length);
    }
    const pieces = splitLine(lineText).map((p) => ({
      start: lineStart + p.start,
      end: lineStart + p.end,
    }));
    let current: { start: number; end: number } | undefined;
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      current = current ? { start: current.start, end: piece.end } : { ...piece };
      const next = pieces[i + 1];
      if (
        next &&
        endsWithAbbreviation(
          text.slice(current.start, current.end),
          text.slice(next.start, next.end),
        )
      ) {
        continue;
      }
      pushTrimmed(sentences, text, current.start, current.end);
      current = undefined;
    }
  }
  return sentences;
}

/**
 * Whether the line ending at `end` runs on into the next one: a hard-wrapped paragraph of an
 * old release ("In het militaire oefendorp Marnehuizen\nwordt van maandag …", "na een operatie
 * in de\nMiddellandse Zee."). Only one newline between; the line ends in no sentence mark and no
 * dash, and the next line opens in lower case, or the line is of a wrapped text's length (50
 * characters or more) and ends in a word or a comma. Titles, intertitles and
 * datelines ("ARABIAN GULF --", "Onder NAVO-commando") are short or end in a mark, so they stay
 * lines of their own.
 */
function wrapsOn(line: string, text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 10) return false;
  const next = text.slice(end + 1, end + 3);
  if (!/^[\p{L}\p{N}]/u.test(next)) return false;
  const tail = line.length > 8 ? line.slice(-8) : line;
  if (/[.!?:;\u2026"”’'»)\]\-\u2013\u2014|]\s*$/u.test(tail)) return false;
  if (/^\p{Ll}/u.test(next)) return /[\p{L}\p{N},]\s*$/u.test(tail);
  return line.length >= 50 && /[\p{Ll}\p{N},]\s*$/u.test(tail);
}

/**
 * The longest sentence kept whole, in characters. Real news sentences stay far below it (the
 * longest in the shared and probe corpora is 399); a longer run without a sentence boundary (a
 * list of thousands of names, a table flattened into one line, hostile input) is cut into pieces
 * of at most this size, at a clause boundary where there is one. The rules look at one sentence
 * at a time, several of them at every mention, so without the cut their cost grows with the
 * square of such a run (a 100,000-character comma list took 5 s, 200,000 took 24 s).
 */
export const MAX_SENTENCE_CHARS = 1_200;

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = clauseCut(text, s, s + MAX_SENTENCE_CHARS);
    pushTrimmed(sentences, text, s, cut);
    s = cut;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
}

/**
 * Where to cut an over-long run that starts at `start`, at most at `limit`: after the last ";",
 * else the last ",", else the last space in its second half; else at `limit` itself.
 */
function clauseCut(text: string, start: number, limit: number): number {
  const window = text.slice(start, limit);
  const half = window.length >> 1;
  for (const mark of [";", ",", " "]) {
    const at = window.lastIndexOf(mark);
    if (at >= half) return start + at + 1;
  }
  return limit;
}
