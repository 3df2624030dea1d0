import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry, Mention } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/** Its members after a group's name: "Hamas fighters", "Houthi-rebellen", "al-Shabaab militants". */
const MEMBERS =
  "(?:['’]s)?(?:[\\s-]+(?:fighters|militants|rebels|militias?|gunmen|insurgents|terrorists|strijders|militanten|rebellen|milities|terroristen))?";
/**
 * Right after the group: "Hezbollah in Lebanon", "ISIS fighters in Syria and Iraq", "Wagner is
 * actief in Mali", "the Houthis, active in Yemen".
 */
const IN_AFTER = new RegExp(
  `^${MEMBERS}(?:,?\\s+(?:(?:is|are|was|were|remains?|zijn|waren|blijft|blijven)\\s+)?(?:(?:still|also|nog|ook|al)\\s+)?(?:active|actief|present|aanwezig|based|operating|entrenched))?\\s+(?:in|op)\\s+(?:(?:the|de|het)\\s+)?$`,
  "u",
);
/**
 * A verb of holding or seizing ground, or of attacking from an area, later in the group's clause:
 * "the Taliban seized power in Kabul", "De Taliban namen de macht in Kabul over", "an area
 * al-Shabaab has controlled", "Hamas fighters launched an attack on Israel from the Gaza Strip".
 */
const HOLDS_THEN_PLACE =
  /^[^.;:,]{0,60}?(?<![\p{L}])(?:controls?|controlled|controlling|seized|seizes|captured|captures|took control of|take control of|holds|held|occupies|occupied|overran|macht|power|controleert|controleren|controleerde|veroverde|veroverden|veroverd|bezet|bezette|bezetten)(?![\p{L}])[^.;:,]{0,24}?\s(?:in|of|over|van)\s+(?:(?:the|de|het)\s+)?$|^[^.;:,]{0,80}?(?<![\p{L}])(?:attacks?|attacked|launched|fired|aanval|aanvallen|vuurde|vuurden|lanceerde|lanceerden)(?![\p{L}])[^.;:,]{0,60}?\s(?:from|vanuit|uit)\s+(?:(?:the|de|het)\s+)?$/u;
/** Places in front of a Dutch verb-second clause: "Ook in Soedan en Mozambique is Wagner actief geweest". */
const FRONTED_VERB = /^\s+(?:is|was|zijn|waren|are|were)\s+(?:(?:de|het|the)\s+)?$/u;
const ACTIVE_AFTER = /^\s+(?:\p{L}+\s+)?(?:actief|aanwezig|active|present)(?![\p{L}])/u;
const IN_BEFORE = /(?:^|\s)(?:ook\s+|al\s+|also\s+)?(?:in|op)\s+(?:(?:de|het|the)\s+)?$/u;
const GOVERNED_BEFORE =
  /(?:^|\s)(?:tegen|against|with|met|by|door|on|op|over|about)\s+(?:(?:the|de|het)\s+)?$/u;
const LIST_JOIN = /^(?:,\s*|\s+(?:and|en)\s+|,\s+(?:and|en)\s+)(?:(?:the|de|het)\s+)?$/u;

/**
 * `armed-group-areas`: where an armed group (the knowledge base's kind "armed-group") fights or
 * holds ground is its area of operations (OPERATES_IN): the places right after it ("groups such
 * as Hezbollah in Lebanon", "ISIS-strijders in Syrië en Irak"), after a verb of holding or of
 * attacking from somewhere in its clause, or fronted before a Dutch "is … actief". Only places:
 * a state's name after "in" is its territory, an organisation's is no area.
 */
export function armedGroupAreas(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const { doc } = ctx;
  for (const group of mentions) {
    if (group.type !== "Organisation" || group.nested) continue;
    if (registry.get(group.key)?.kb?.kind !== "armed-group") continue;
    const sentence = doc.sentences[sentenceIndexAt(doc, group.start)];
    if (!sentence) continue;
    const places = placesAround(doc.folded, mentions, group, sentence);
    for (const place of places)
      ctx.findings.push({
        type: "OPERATES_IN",
        source: group.key,
        target: place.key,
        rule: "operates.armed-group",
        confidence: 0.6,
        sentence: sentenceIndexAt(doc, group.start),
      });
  }
}

function isPlace(m: Mention): boolean {
  return (m.type === "Country" || m.type === "Location") && !m.nested && m.via !== "adjective";
}

/** The places after `from` that start right there, with those listed after the first. */
function listFrom(folded: string, mentions: MentionSet, at: number, end: number): Mention[] {
  const near = mentions
    .overlapping(at, Math.min(end, at + 200))
    .filter((m) => isPlace(m) && m.start >= at)
    .sort((a, b) => a.start - b.start);
  const first = near[0];
  if (!first || first.start !== at) return [];
  const list = [first];
  for (const m of near.slice(1)) {
    if (!LIST_JOIN.test(folded.slice(list[list.length - 1]!.end, m.start))) break;
    list.push(m);
  }
  return list;
}

function placesAround(
  folded: string,
  mentions: MentionSet,
  group: Mention,
  sentence: { start: number; end: number },
): Mention[] {
  const tail = folded.slice(group.end, Math.min(sentence.end, group.end + 160));
  // "sancties tegen Wagner in Brussel", "talks with the Taliban in Doha": a group governed by a
  // preposition is where others act; a place right after it is theirs.
  const governed = GOVERNED_BEFORE.test(
    folded.slice(Math.max(sentence.start, group.start - 16), group.start),
  );
  // Right after the group, or after a verb of holding or attacking in its clause.
  for (const pattern of governed ? [HOLDS_THEN_PLACE] : [IN_AFTER, HOLDS_THEN_PLACE]) {
    const after = mentions
      .overlapping(group.end, Math.min(sentence.end, group.end + 160))
      .filter((m) => isPlace(m) && m.start > group.end)
      .sort((a, b) => a.start - b.start);
    for (const place of after) {
      if (!pattern.test(tail.slice(0, place.start - group.end))) continue;
      return listFrom(folded, mentions, place.start, sentence.end);
    }
  }
  // "Ook in Soedan en Mozambique is Wagner actief geweest."
  if (!ACTIVE_AFTER.test(folded.slice(group.end, group.end + 24))) return [];
  const before = mentions
    .overlapping(sentence.start, group.start)
    .filter((m) => isPlace(m) && m.end <= group.start)
    .sort((a, b) => a.start - b.start);
  const last = before[before.length - 1];
  if (!last || !FRONTED_VERB.test(folded.slice(last.end, group.start))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i]!;
    if (!LIST_JOIN.test(folded.slice(m.end, list[0]!.start))) break;
    list.unshift(m);
  }
  return IN_BEFORE.test(folded.slice(Math.max(sentence.start, list[0]!.start - 12), list[0]!.start))
    ? list
    : [];
}
