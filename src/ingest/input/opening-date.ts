/**
 * The publication date a news text states at its top, as copied from a web page or a wire: a date
 * line under the title ("12 september 2025", "Published 21 February 2022", "Nieuwsbericht |
 * 30-10-2018 | Defensie"), or the dateline that opens the body ("Brussel, 17 januari 2025",
 * "KYIV, Ukraine, Nov. 20, 2023 — Secretary …"). Only the first lines are looked at, and only a
 * short line or the part before a dateline's dash, so a date the story mentions later ("on 4 July
 * 2022 the general …") is never taken for the day it was published.
 */

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  januari: 1,
  february: 2,
  feb: 2,
  februari: 2,
  march: 3,
  mar: 3,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  may: 5,
  mei: 5,
  june: 6,
  jun: 6,
  juni: 6,
  july: 7,
  jul: 7,
  juli: 7,
  august: 8,
  aug: 8,
  augustus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** "12 September 2025", "12 sept. 2025". */
const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTH})\\.?\\s+(\\d{4})(?!\\d)`,
  "iu",
);
/** "September 12, 2025", "Nov. 20, 2023". */
const MONTH_DAY_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`,
  "iu",
);
/** "2025-09-12". */
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;
/** "30-10-2018": day first, as Dutch and other European sites write it (never slashes: US order). */
const DAY_FIRST = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/u;

/** A line short enough to be a date or dateline line rather than a sentence of the story. */
const SHORT_LINE = 80;
/** The dateline before the dash that opens a body: "SAN DIEGO, March 13, 2023 — …". */
const DATELINE_LEAD = /^(.{0,80}?)\s[–—-]{1,2}\s/u;

function isoDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 September
  return date.toISOString().slice(0, 10);
}

/**
 * Lower-case words a date line may hold besides names: labels, Dutch weekdays and the words of a
 * publisher's name ("Published", "bijgewerkt op", "vrijdag", "Ministerie van Defensie"). A line with other lower-case words is
 * a sentence ("Exercise runs from 5 to 16 June 2024"), whose date is not the publication's.
 */
const LINE_WORDS = new Set([
  "published",
  "updated",
  "posted",
  "released",
  "on",
  "by",
  "of",
  "the",
  "and",
  "for",
  "gepubliceerd",
  "bijgewerkt",
  "geplaatst",
  "op",
  "door",
  "van",
  "de",
  "het",
  "en",
  "voor",
  "nieuwsbericht",
  "persbericht",
  "nieuws",
  "news",
  "release",
  "press",
  "story",
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
  "zondag",
]);

/** The date a short piece of text states, as an ISO date, where the rest of it is a label or names. */
export function dateIn(text: string): string | undefined {
  const found = findDate(text);
  if (!found) return undefined;
  const rest = text.slice(0, found.start) + text.slice(found.end);
  for (const word of rest.match(/\p{L}+/gu) ?? []) {
    if (!/^\p{Lu}/u.test(word) && !LINE_WORDS.has(word)) return undefined;
  }
  return found.date;
}

function findDate(
  text: string,
): { date: string | undefined; start: number; end: number } | undefined {
  const at = (m: RegExpExecArray, date: string | undefined) => ({
    date,
    start: m.index,
    end: m.index + m[0].length,
  });
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return at(m, isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()]!, Number(m[1])));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return at(m, isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()]!, Number(m[2])));
  m = ISO.exec(text);
  if (m) return at(m, isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DAY_FIRST.exec(text);
  if (m) return at(m, isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  return undefined;
}

/**
 * The publication date stated by the first three non-empty lines of a body (the title is not
 * one of them): a whole short line, or a dateline's lead before its dash.
 */
export function openingDate(body: string): string | undefined {
  let seen = 0;
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    if (++seen > 3) break;
    const part = line.length <= SHORT_LINE ? line : DATELINE_LEAD.exec(line)?.[1];
    const date = part === undefined ? undefined : dateIn(part);
    if (date) return date;
  }
  return undefined;
}
