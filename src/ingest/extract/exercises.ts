import { foldKey } from "./fold.ts";
import { anyOf, MONTHS, NOT_NAME_WORDS } from "./lexicon.ts";
import type { Doc, EntityRecord, EntityRegistry, Mention } from "./model.ts";

/**
 * Military exercises (ONTOLOGY.md: exercises are Events): "Exercise Trident Juncture", "de
 * oefening Falcon Autumn", "Cold Response 22", "the Flintlock 2017 exercise", and an edition of a
 * series the knowledge base knows ("Flintlock 17" after the series "Flintlock"). An edition is
 * named by series and number as the body first writes it; the same edition written with the full
 * year ("Flintlock 2017" in the headline) and the bare series name in an article that names one
 * edition are that edition.
 */

const NAME = "(?:\\p{Lu}[\\p{L}-]*)(?:[ \\u00a0]+\\p{Lu}[\\p{L}-]*){0,2}";
/** A year, and a serial after it ("Tactical Leadership Programme 17-2"). */
const YEAR = "(\\d{4}|\\d{2})(?:-\\d{1,2})?";
const NUMBER = `(?:[ \\u00a0]+(${YEAR})(?![\\p{N}]))?`;
/**
 * "Exercise Trident Juncture 18", "oefening Falcon Autumn", a Dutch compound and a quoted name
 * ("de verplaatsingsoefening 'Frisian Lightning II'").
 */
const AFTER_NOUN = new RegExp(
  `(?<![\\p{L}])(?:Exercise|\\p{Ll}*[Oo]efening)[ \\u00a0]+['‘"“]?(${NAME})${NUMBER}`,
  "gu",
);
/**
 * "the Cold Response 2022 exercise", "de Falcon Autumn-oefening", and up to two lower-case
 * modifiers before the noun ("the Baltic Connection 2024 air defence exercise").
 */
const BEFORE_NOUN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NAME})[ \\u00a0]+(${YEAR})(?=[ \\u00a0-]+(?:(?!(?:and|en|or|of|the|de|het|van|in|to|for)[ \\u00a0])\\p{Ll}[\\p{Ll}-]*[ \\u00a0]+){0,2}(?:exercise|oefening|training exercise))`,
  "gu",
);

const AFTER_NOUN_HINT = anyOf(["Exercise", "Oefening", "oefening"]);
const BEFORE_NOUN_HINT = anyOf(["exercise", "oefening"]);

interface Edition {
  start: number;
  end: number;
  series: string;
  number?: string;
  /** The known series' record, when the knowledge base knows it. */
  known?: EntityRecord;
}

function isName(words: string): boolean {
  const first = foldKey(words.split(/[ \u00a0]+/)[0]!);
  return !NOT_NAME_WORDS.has(first) && MONTHS[first] === undefined;
}

/** Editions are the same when series and two-digit year agree: "Flintlock 17" = "Flintlock 2017". */
function editionKey(series: string, number: string | undefined): string {
  if (!number) return `${foldKey(series)}|`;
  const [year, serial] = number.split("-");
  return `${foldKey(series)}|${year!.slice(-2)}${serial ? `-${serial}` : ""}`;
}

export function recogniseExercises(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  const found: Edition[] = [];
  // Editions of known series: the series' dictionary mention and a number right after it.
  for (const m of mentions) {
    if (m.nested || m.type !== "Event") continue;
    const record = registry.get(m.key);
    if (record?.kb?.kind !== "exercise") continue;
    const number = /^[ \u00a0]+((?:\d{4}|\d{2})(?:-\d{1,2})?)(?![\p{N}])/u.exec(
      doc.text.slice(m.end, m.end + 11),
    );
    const item: Edition = {
      start: m.start,
      end: number ? m.end + number[0].length : m.end,
      series: record.kb.name,
      known: record,
    };
    if (number) item.number = number[1]!;
    found.push(item);
  }
  for (const [pattern, hint] of [
    [AFTER_NOUN, AFTER_NOUN_HINT],
    [BEFORE_NOUN, BEFORE_NOUN_HINT],
  ] as const) {
    // Only over a text that holds the pattern's noun (lexicon.ts, `anyOf`).
    pattern.lastIndex = hint.test(doc.text) ? 0 : doc.text.length;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const name = m[1]!;
      if (!isName(name)) continue;
      const start = pattern === AFTER_NOUN ? m.index + m[0].indexOf(name, 8) : m.index;
      const item: Edition = {
        start,
        end: m.index + m[0].length,
        series: name.replace(/\s+/g, " "),
      };
      if (m[2]) item.number = m[2];
      // A known series found here too is the dictionary's: keep that reading. A name the
      // dictionary reads as something else ("Exercise Dutch …") is no exercise's name.
      if (found.some((f) => f.start < item.end && item.start < f.end)) continue;
      // A place that is only one word of a longer name ("Pacific" in "oefening Pacific
      // Vanguard") does not: the name is the exercise's.
      if (
        mentions.some(
          (x) =>
            x.type !== "Event" &&
            x.start < item.end &&
            item.start < x.end &&
            (x.type !== "Location" || (x.start <= item.start && x.end >= item.end)),
        )
      )
        continue;
      found.push(item);
    }
  }
  if (found.length === 0) return;
  // The body's first spelling names an edition; the headline's and later ones are aliases.
  const ordered = [...found].sort(
    (a, b) => Number(a.start < doc.titleEnd) - Number(b.start < doc.titleEnd) || a.start - b.start,
  );
  const editions = new Map<string, EntityRecord>();
  for (const item of ordered) {
    if (!item.number) continue;
    const key = editionKey(item.series, item.number);
    if (!editions.has(key)) {
      const record = registry.fromName("Event", `${item.series} ${item.number}`, {
        kind: "exercise",
      });
      editions.set(key, record);
    }
  }
  const perSeries = new Map<string, EntityRecord[]>();
  for (const [key, record] of editions) {
    const series = key.split("|")[0]!;
    perSeries.set(series, [...(perSeries.get(series) ?? []), record]);
  }
  for (const item of found) {
    const only = perSeries.get(foldKey(item.series));
    const record = item.number
      ? editions.get(editionKey(item.series, item.number))!
      : only?.length === 1
        ? only[0]!
        : (item.known ?? registry.fromName("Event", item.series, { kind: "exercise" }));
    for (let i = mentions.length - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (x.start < item.end && item.start < x.end) mentions.splice(i, 1);
    }
    mentions.push({
      start: item.start,
      end: item.end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "exercise",
    });
  }
}
