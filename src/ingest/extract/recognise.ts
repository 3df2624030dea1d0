import type { EntityType } from "../../domain/vocabulary.ts";
import type { KbAssetKind, KbEquipment } from "../../kb/types.ts";
import { isWordCharAt } from "./fold.ts";
import type { Candidate, Gazetteer } from "./gazetteer.ts";
import { escapeRegExp } from "./lexicon.ts";
import { MentionSet, mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";

/** A dictionary hit on an equipment model or a generic asset noun: raw material for assets. */
export interface AssetCue {
  start: number;
  end: number;
  equipment?: KbEquipment;
  assetKind?: KbAssetKind;
  /** The noun an adjective shares with the next cue ("experts" for "militaire" in "militaire en civiele experts"). */
  sharedHead?: string;
  /** The task noun after "als/as" that names generic personnel ("3 militairen als adviseur"). */
  role?: string;
}

const NAME_HEAD_AFTER =
  /^\s+(?:Treaty|Verdrag|Council|Post|Times|Agreement|Accord|Accords|Pact|Convention|Charter|Declaration|Protocol|Initiative|Herald|Journal|Institute|University|Universiteit|Street|Avenue|Road)(?![\p{L}])|^[- ](?:class|klasse)(?![\p{L}])/u;

/** When one alias names several things, the likelier reading in defence news comes first. */
const TYPE_PREFERENCE: Record<EntityType, number> = {
  Country: 0,
  Organisation: 1,
  Mission: 2,
  Event: 3,
  Location: 4,
  Person: 5,
  Asset: 6,
};

function rank(candidate: Candidate): number {
  switch (candidate.ref.kind) {
    case "entity":
      return TYPE_PREFERENCE[candidate.ref.entity.type];
    case "adjective":
      return 0.5;
    case "equipment":
      return 7;
    case "asset-kind":
      return 8;
  }
}

/**
 * Dictionary recognition: leftmost-longest selection of hits; hits wholly inside a selected one
 * stay as nested mentions ("NAVO" in "NAVO-missie in Irak"), partial overlaps are dropped.
 */
export function recogniseKnownNames(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
): { mentions: MentionSet; assetCues: AssetCue[] } {
  const hits = gazetteer.find(doc.text, doc.folded);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions = new MentionSet();
  const assetCues: AssetCue[] = [];
  let outerEnd = -1;
  let outerStart = -1;
  let outerIsEquipment = false;
  const longestEndAt = new Map<number, number>();
  for (const hit of hits)
    if (hit.end > (longestEndAt.get(hit.start) ?? -1)) longestEndAt.set(hit.start, hit.end);
  for (const hit of hits) {
    // "the Ukraine Defense Contact Group": an alias with its article ("the Ukraine") gives way to
    // a longer name starting after the article.
    if (
      /^the\s/u.test(doc.folded.slice(hit.start, hit.start + 4)) &&
      (longestEndAt.get(hit.start + 4) ?? -1) > hit.end
    ) {
      continue;
    }
    // "North Atlantic Treaty", "Washington Post", a ship class ("Halifax-class frigates",
    // "Virginia-class", "Rotterdam-klasse"): a place's name inside a longer proper name.
    if (
      hit.candidates.every((c) => c.ref.kind === "entity" && c.ref.entity.type === "Location") &&
      NAME_HEAD_AFTER.test(doc.text.slice(hit.end, hit.end + 16))
    ) {
      continue;
    }
    // "Marine Rotational Force", "Marine Corps" in English: a Dutch one-word name written only
    // as-is ("Marine", the Dutch navy) is the first word of an English name there.
    if (
      doc.language === "en" &&
      hit.candidates.every(
        (c) =>
          c.ref.kind === "entity" &&
          c.ref.entity.type === "Organisation" &&
          c.caseRule === "exact" &&
          /^\p{Lu}\p{Ll}+$/u.test(c.alias),
      ) &&
      /^\s+\p{Lu}/u.test(doc.text.slice(hit.end, hit.end + 3))
    ) {
      continue;
    }
    // "minister van Defensie", "staatssecretaris voor Defensie": a ministry's one-word name after
    // "van"/"voor" is an office's portfolio, and in "Defensie-collega's" a modifier; neither is
    // the ministry acting ("Defensie investeert …").
    if (
      hit.candidates.every(
        (c) =>
          c.ref.kind === "entity" &&
          c.ref.entity.kind === "ministry" &&
          c.caseRule === "exact" &&
          /^\p{Lu}\p{Ll}+$/u.test(c.alias),
      ) &&
      (/(?:^|\s)(?:van|voor|of|for)\s+$/u.test(
        doc.folded.slice(Math.max(0, hit.start - 6), hit.start),
      ) ||
        /^-\p{Ll}/u.test(doc.text.slice(hit.end, hit.end + 2)))
    ) {
      continue;
    }
    let nested = false;
    if (hit.start < outerEnd) {
      if (hit.end > outerEnd || (hit.start === outerStart && hit.end === outerEnd)) continue;
      nested = true;
      // "JAS" in "JAS 39 Gripen": an organisation's acronym inside an equipment model is part of
      // the model's name.
      if (
        outerIsEquipment &&
        hit.candidates.every((c) => c.ref.kind !== "entity" || c.ref.entity.type === "Organisation")
      )
        continue;
    } else {
      outerStart = hit.start;
      outerEnd = hit.end;
      outerIsEquipment = hit.candidates.some((c) => c.ref.kind === "equipment");
    }
    // The first of the lowest rank (what a stable sort by rank puts first).
    let best = hit.candidates[0]!;
    for (let i = 1; i < hit.candidates.length; i++)
      if (rank(hit.candidates[i]!) < rank(best)) best = hit.candidates[i]!;
    switch (best.ref.kind) {
      case "entity": {
        const entity = best.ref.entity;
        const record = registry.fromKb(entity);
        // A country's adjective listed among its aliases too is still an adjective.
        const adjective = hit.candidates.some(
          (c) => c.ref.kind === "adjective" && c.ref.country === entity,
        );
        mentions.push({
          start: hit.start,
          end: hit.end,
          key: record.key,
          type: record.type,
          nested,
          via: adjective ? "adjective" : "alias",
        });
        break;
      }
      case "adjective": {
        const record = registry.fromKb(best.ref.country);
        mentions.push({
          start: hit.start,
          end: hit.end,
          key: record.key,
          type: record.type,
          nested,
          via: "adjective",
        });
        break;
      }
      case "equipment":
        if (!nested)
          assetCues.push({ start: hit.start, end: hit.end, equipment: best.ref.equipment });
        break;
      case "asset-kind":
        if (!nested)
          assetCues.push({ start: hit.start, end: hit.end, assetKind: best.ref.assetKind });
        break;
    }
  }
  return { mentions, assetCues };
}

/**
 * "Koerdistan Autonome Regio (KAR)": an acronym defined in parentheses right after a mention names
 * the same entity wherever it recurs in the article.
 */
export function recogniseDefinedAcronyms(doc: Doc, mentions: Mention[]): Mention[] {
  const defined = new Map<string, Mention>();
  for (const mention of mentions) {
    if (mention.nested) continue;
    // "(NRF)", "(eFP)", and a unit's number first: "7th Army Training Command (7ATC)".
    const after = /^\s*\((\p{N}{0,3}\p{Ll}?\p{Lu}[\p{Lu}\p{N}-]{1,7})\)/u.exec(
      doc.text.slice(mention.end, mention.end + 12),
    );
    if (after && !defined.has(after[1]!)) defined.set(after[1]!, mention);
  }
  if (defined.size === 0) return [];
  const found: Mention[] = [];
  for (const [acronym, definition] of defined) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const start = m.index;
      const end = start + acronym.length;
      if (
        mentionsNear(mentions, start, end).some((x) => x.start < end && start < x.end && !x.nested)
      )
        continue;
      found.push({
        start,
        end,
        key: definition.key,
        type: definition.type,
        nested: false,
        via: "acronym",
      });
    }
  }
  return found;
}

const COUNTRY_NOUN =
  /(?<![\p{L}-])(?:het|dit|dat|the|this|that)\s+(land|country)(?![\p{L}-])(?!\s+(?:van|of)\s)/gu;

/**
 * "Als NAVO-bondgenoot wil het land …", "the country will …": "het land"/"the country" is the one
 * state the previous sentence and this one (before it) name — when there is exactly one.
 */
export function recogniseCountryReferences(doc: Doc, mentions: MentionSet): Mention[] {
  if (!/(?:land|country)/u.test(doc.folded)) return [];
  const found: Mention[] = [];
  COUNTRY_NOUN.lastIndex = 0;
  for (let m = COUNTRY_NOUN.exec(doc.folded); m !== null; m = COUNTRY_NOUN.exec(doc.folded)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (mentions.overlapping(start, end).length > 0) continue;
    const index = sentenceIndexAt(doc, start);
    const from = doc.sentences[Math.max(0, index - 1)]!.start;
    const keys = new Set(
      mentions
        .overlapping(from, start)
        .filter((x) => x.type === "Country" && x.start >= from && x.end <= start)
        .map((x) => x.key),
    );
    if (keys.size !== 1) continue;
    found.push({ start, end, key: [...keys][0]!, type: "Country", nested: false, via: "anaphor" });
  }
  return found;
}

const REFERABLE = new Set(["Organisation", "Mission", "Event"]);
/** A name's last one and two words in lower case (memoised, bounded: names recur). */
const TAILS = new Map<string, readonly string[]>();
function tailsOf(name: string): readonly string[] {
  let tails = TAILS.get(name);
  if (tails) return tails;
  const words = name.toLowerCase().split(" ");
  // "Standing NATO Maritime Group 2", "Carrier Strike Group 12": a number after the head is no
  // part of what a description repeats ("the group", twelfth round).
  while (words.length > 2 && /^\d+$/u.test(words[words.length - 1]!)) words.pop();
  const found: string[] = [];
  for (let n = 1; n <= Math.min(2, words.length - 1); n++) {
    const tail = words.slice(-n).join(" ");
    if (/^[a-z][a-z -]*$/u.test(tail)) found.push(tail);
  }
  tails = found;
  if (TAILS.size > 10_000) TAILS.clear();
  TAILS.set(name, tails);
  return tails;
}

const DETERMINERS_OF_REFERENCE = new Set([
  "the",
  "this",
  "that",
  "de",
  "het",
  "deze",
  "dit",
  "dat",
]);

/** A determiner within the three words before `at`, the words between it and `at` in lower case. */
function determinerBefore(doc: Doc, at: number): boolean {
  let end = at;
  for (let n = 0; n < 3; n++) {
    if (doc.text[end - 1] !== " ") return false;
    let start = end - 1;
    while (start > 0 && isWordCharAt(doc.folded, start - 1)) start--;
    const word = doc.folded.slice(start, end - 1);
    if (word === "") return false;
    if (DETERMINERS_OF_REFERENCE.has(word)) return true;
    const code = doc.text.charCodeAt(start);
    if (code < 97 || code > 122) return false;
    end = start;
  }
  return false;
}

/**
 * "the contact group" after "Ukraine Defense Contact Group", "the fleet" after "U.S. 5th Fleet":
 * a definite description (lower case) whose head is the last one or two words of exactly one
 * organisation, mission or event named before it refers to that one. Not before "of"/"van" ("the
 * group of experts" is a description of its own). Only the names' tails are searched for, not
 * every "the …" of the text.
 */
export function recogniseHeadReferences(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): Mention[] {
  // Names by their last one and two words, with where each is first named.
  const firstAt = new Map<string, number>();
  for (const m of mentions) {
    if (!REFERABLE.has(m.type)) continue;
    const first = firstAt.get(m.key);
    if (first === undefined || m.start < first) firstAt.set(m.key, m.start);
  }
  const byTail = new Map<string, Map<string, number>>();
  for (const [key, first] of firstAt) {
    const record = registry.get(key);
    // "meeting of the Ukraine Defense Contact Group" ends in its body's name: "the contact group"
    // is the body (meetings.ts).
    if (!record || record.properties.kind === "meeting-of") continue;
    const name = record.name;
    for (const tail of tailsOf(name)) {
      const keys = byTail.get(tail) ?? new Map<string, number>();
      keys.set(key, first);
      byTail.set(tail, keys);
    }
  }
  const found: Mention[] = [];
  const claimed = (start: number, end: number) => found.some((f) => f.start < end && start < f.end);
  // Two-word tails first: "the contact group" before "the group".
  const tails = [...byTail.keys()].sort((a, b) => b.length - a.length);
  for (const tail of tails) {
    const keys = byTail.get(tail)!;
    for (let at = doc.folded.indexOf(tail); at >= 0; at = doc.folded.indexOf(tail, at + 1)) {
      const end = at + tail.length;
      if (isWordCharAt(doc.folded, at - 1) || isWordCharAt(doc.folded, end)) continue;
      if (doc.folded[at - 1] === "-" || doc.folded[end] === "-") continue;
      // Lower case as written: "Contact Group" inside the name itself is no reference.
      const code = doc.text.charCodeAt(at);
      if (code < 97 || code > 122) continue;
      if (!determinerBefore(doc, at)) continue;
      if (/^\s+(?:of|van)\s/u.test(doc.text.slice(end, end + 6))) continue;
      if (claimed(at, end) || mentions.overlapping(at, end).length > 0) continue;
      const before = [...keys].filter(([, first]) => first < at).map(([key]) => key);
      if (before.length !== 1) continue;
      const key = before[0]!;
      found.push({
        start: at,
        end,
        key,
        type: registry.get(key)!.type,
        nested: false,
        via: "anaphor",
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
