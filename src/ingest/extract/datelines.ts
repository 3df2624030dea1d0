import type { Gazetteer } from "./gazetteer.ts";
import { AREA_KINDS } from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import {
  type Doc,
  type EntityRegistry,
  type Finding,
  type Mention,
  sentenceIndexAt,
} from "./model.ts";
import { dropCredit, isPressCredit } from "./press-credits.ts";

/**
 * A dateline opens the body of a wire or press release: "DARWIN, Australia – The main body …",
 * "VILNIUS, Lithuania — …", "DEN HAAG – Defensie stuurt …". The capitals name the place the
 * report is filed from; the state after the comma is the state it lies in.
 */
const DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M}.'’ -]*[\p{Lu}\p{M}.])(?:,[ \u00a0]+(\p{Lu}[\p{L}.]*(?:[ \u00a0]+\p{Lu}[\p{L}.]*){0,3}))?(?:,?[ \u00a0]+\p{Lu}\p{Ll}{2,8}\.?[ \u00a0]+\d{1,2})?(?:[ \u00a0]*\(([^()\n]{2,24})\))?[ \u00a0]+[–—-]{1,2}[ \u00a0]/u;

const WITHIN_EVENT =
  /(?:during|tijdens|part of|onderdeel van|for|voor)\s+(?:the\s+|de\s+|het\s+)?(?:exercise\s+|oefening\s+)?$/u;

export interface Dateline {
  /** The place's mention (capitals in the text). */
  place: Mention;
  /** The state named after the comma, when the dictionary read it. */
  state?: Mention;
  /** Offset where the report proper begins, after the dash. */
  bodyStart: number;
}

/** "PABRADĖ" → "Pabradė", "DEN HAAG" → "Den Haag". */
function titleCase(caps: string): string {
  return caps
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * The dateline of the body's first line, if it has one: its place is a Location (the knowledge
 * base's where it knows the name in any case, else a new place named in title case).
 */
export function recogniseDateline(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Dateline | undefined {
  const first = doc.sentences.find((s) => s.start >= doc.titleEnd);
  if (!first) return undefined;
  const line = doc.text.slice(first.start, Math.min(doc.text.length, first.start + 120));
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const caps = match[1]!.trim();
  // A shouted headline word or an acronym ("NATO –") is no dateline: a place has a vowel and a
  // lower-case form the dictionary or a capitalised name can take.
  if (caps.length < 3 || !/[AEIOUY]/u.test(caps)) return undefined;
  const credit = match[3]?.trim();
  if (credit !== undefined) {
    if (!isPressCredit(credit)) return undefined;
    dropCredit(
      first.start + match[0].lastIndexOf("("),
      first.start + match[0].lastIndexOf(")"),
      mentions,
    );
  }
  const start = first.start;
  const end = start + caps.length;
  const bodyStart = first.start + match[0].length;
  const stateStart = match[2] ? start + match[0].indexOf(match[2]) : -1;
  const state = match[2]
    ? mentions.startingAt(stateStart).find((m) => m.type === "Country" && !m.nested)
    : undefined;
  const existing = mentions.overlapping(start, end).find((m) => !m.nested);
  if (existing) {
    if (existing.type !== "Location" || existing.start !== start || existing.end !== end)
      return undefined;
    return { place: existing, ...(state ? { state } : {}), bodyStart };
  }
  const name = titleCase(caps);
  const known = gazetteer
    .lookup(name)
    .map((c) => c.ref)
    .find((ref) => ref.kind === "entity" && ref.entity.type === "Location");
  const record =
    known?.kind === "entity"
      ? registry.fromKb(known.entity)
      : registry.fromName("Location", name, { kind: "place" });
  const place: Mention = {
    start,
    end,
    key: record.key,
    type: "Location",
    nested: false,
    via: "pattern",
  };
  mentions.push(place);
  return { place, ...(state ? { state } : {}), bodyStart };
}

/**
 * What a dateline states: the place lies in the state after its comma (`located.dateline`), and
 * an event the first sentence of a dateline with a state reports is held there
 * (`located.dateline-event`) — unless that
 * sentence names a town, base or site of its own for it ("CANBERRA – Exercise X began at RAAF
 * Base Darwin"): the capital a release is filed from is not always where things happen.
 */
export function datelineFacts(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  dateline: Dateline,
): Finding[] {
  const findings: Finding[] = [];
  const index = sentenceIndexAt(doc, dateline.place.start);
  const place = dateline.place.key;
  if (dateline.state)
    findings.push({
      type: "LOCATED_IN",
      source: place,
      target: dateline.state.key,
      rule: "located.dateline",
      confidence: 0.7,
      sentence: index,
    });
  const sentence = doc.sentences[index]!;
  const inFirst = mentions
    .overlapping(dateline.bodyStart, sentence.end)
    .filter((m) => !m.nested && m.start >= dateline.bodyStart);
  const ownPlace = inFirst.some(
    (m) =>
      m.type === "Location" &&
      m.key !== place &&
      !AREA_KINDS.has(registry.get(m.key)?.kb?.kind ?? "region"),
  );
  // "… crossed the river during Saber Strike 24": an event the report happens within (a series
  // across several states) is not placed by the dateline; one the sentence is about is.
  const first = inFirst.filter((m) => m.type === "Event").sort((a, b) => a.start - b.start)[0];
  const event =
    first && !WITHIN_EVENT.test(doc.folded.slice(Math.max(0, first.start - 30), first.start))
      ? first
      : undefined;
  // Only a wire-style dateline with its state ("PABRADĖ, Lithuania –") reports from the scene;
  // "DEN HAAG –" heads a ministry's release wherever the news happens.
  if (event && !ownPlace && dateline.state)
    findings.push({
      type: "LOCATED_IN",
      source: event.key,
      target: place,
      rule: "located.dateline-event",
      confidence: 0.6,
      sentence: index,
    });
  return findings;
}
