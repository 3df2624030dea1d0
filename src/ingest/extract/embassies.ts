import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry, Finding, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";

/**
 * `embassies` (ninth round): "de Nederlandse ambassade in Beiroet", "the Russian embassy in Oslo",
 * "the U.S. Embassy in Kyiv": a state's embassy, by its nationality and the town after "in", is the
 * Organisation "Embassy of <state> in <town>" (without a town: "Embassy of <state>"), LOCATED_IN
 * the town and PART_OF the state.
 */
const EMBASSY = /^[ \u00a0]+(?:ambassade|embassy)(?![\p{L}])/u;
const IN_PLACE = /^[ \u00a0]+(?:in|te)[ \u00a0]+$/u;
/** States whose English name takes the article: "Embassy of the Netherlands". */
const WITH_ARTICLE = /^(?:Netherlands|United States|United Kingdom|Philippines|Czech Republic)$/u;

export function recogniseEmbassies(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  if (!doc.folded.includes("ambassade") && !doc.folded.includes("embassy")) return findings;
  const states = mentions.filter((m) => m.type === "Country" && !m.nested);
  for (const state of states) {
    const noun = EMBASSY.exec(doc.folded.slice(state.end, state.end + 16));
    if (!noun) continue;
    let end = state.end + noun[0].length;
    const after = mentions
      .overlapping(end, end + 8)
      .filter((x) => !x.nested && x.start > end)
      .sort((a, b) => a.start - b.start)[0];
    const place: Mention | undefined =
      after?.type === "Location" && IN_PLACE.test(doc.folded.slice(end, after.start))
        ? after
        : undefined;
    if (mentions.overlapping(state.end, end).some((x) => !x.nested)) continue;
    const stateRecord = registry.get(state.key)!;
    const stateName = WITH_ARTICLE.test(stateRecord.name)
      ? `the ${stateRecord.name}`
      : stateRecord.name;
    const town = place ? registry.get(place.key)!.name.split(",")[0]!.trim() : undefined;
    const record = registry.fromName(
      "Organisation",
      town ? `Embassy of ${stateName} in ${town}` : `Embassy of ${stateName}`,
      { kind: "embassy" },
    );
    if (place) {
      record.aliases.add(doc.text.slice(state.start, place.end));
      end = place.end;
    }
    const sentence = sentenceIndexAt(doc, state.start);
    // The nationality and the town stay named inside the embassy's name (nested).
    mentions.wrap({
      start: state.start,
      end,
      key: record.key,
      type: "Organisation",
      nested: false,
      via: "compound",
    });
    findings.push({
      type: "PART_OF",
      source: record.key,
      target: state.key,
      rule: "name.embassy-state",
      confidence: 0.7,
      sentence,
    });
    if (place)
      findings.push({
        type: "LOCATED_IN",
        source: record.key,
        target: place.key,
        rule: "name.embassy-place",
        confidence: 0.75,
        sentence,
      });
  }
  return findings;
}
