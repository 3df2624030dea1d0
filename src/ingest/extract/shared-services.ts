import type { KbCountry } from "../../kb/types.ts";
import { kbEntityNamed } from "./compounds.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";

/**
 * `shared-services` (ninth round): nationalities coordinated before one plural service noun name
 * one service each — "the Lithuanian, Spanish and Portuguese air forces", "the Japanese and
 * Australian navies", "de Franse en Britse marines". Each nationality becomes its state's service
 * (the knowledge base's, found by its English or Dutch name: "Franse marine" is the French Navy,
 * "Britse marine" the Royal Navy; else "<Nationality> Air Force"), and the last one takes the noun.
 */
const SERVICE_PLURAL =
  /^[ \u00a0]+(air forces|navies|armies|armed forces|luchtmachten|marines|landmachten|legers|krijgsmachten|strijdkrachten)(?![\p{L}])/u;
const SERVICE_HINT =
  /air forces|navies|armies|armed forces|luchtmachten|marines|landmachten|legers|krijgsmachten|strijdkrachten/u;
const COORDINATION = /^(?:,[ \u00a0]*|,?[ \u00a0]+(?:and|en)[ \u00a0]+)$/u;

const SERVICES: Record<string, { en: string; nl: string }> = {
  "air forces": { en: "Air Force", nl: "luchtmacht" },
  luchtmachten: { en: "Air Force", nl: "luchtmacht" },
  navies: { en: "Navy", nl: "marine" },
  marines: { en: "Navy", nl: "marine" },
  armies: { en: "Army", nl: "landmacht" },
  landmachten: { en: "Army", nl: "landmacht" },
  legers: { en: "Army", nl: "leger" },
  "armed forces": { en: "Armed Forces", nl: "strijdkrachten" },
  krijgsmachten: { en: "Armed Forces", nl: "krijgsmacht" },
  strijdkrachten: { en: "Armed Forces", nl: "strijdkrachten" },
};

export function recogniseSharedServices(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!SERVICE_HINT.test(doc.folded)) return;
  const adjectives = mentions
    .filter((m) => m.type === "Country" && m.via === "adjective" && !m.nested)
    .sort((a, b) => a.start - b.start);
  for (let i = 0; i < adjectives.length; i++) {
    const last = adjectives[i]!;
    const noun = SERVICE_PLURAL.exec(doc.folded.slice(last.end, last.end + 24));
    if (!noun) continue;
    // "marines" is Dutch for navies only in Dutch; "French marines" are soldiers.
    if (noun[1] === "marines" && doc.language !== "nl") continue;
    const group: Mention[] = [last];
    for (let j = i - 1; j >= 0; j--) {
      const prev = adjectives[j]!;
      if (!COORDINATION.test(doc.folded.slice(prev.end, group[0]!.start))) break;
      group.unshift(prev);
    }
    // One nationality before a plural ("the Baltic states' armed forces") is no list.
    if (group.length < 2) continue;
    const service = SERVICES[noun[1]!]!;
    for (const m of group) {
      const country = registry.get(m.key)?.kb as KbCountry | undefined;
      const adjEn = country?.adjectivesByLanguage?.en[0];
      if (!country || !adjEn) continue;
      const adjNl = (country.adjectivesByLanguage?.nl ?? []).filter((a) => a.endsWith("e"));
      const known = kbEntityNamed(
        gazetteer,
        [`${adjEn} ${service.en}`, ...adjNl.map((a) => `${a} ${service.nl}`)],
        "Organisation",
      );
      const record = known
        ? registry.fromKb(known)
        : registry.fromName("Organisation", `${adjEn} ${service.en}`, { kind: "armed-forces" });
      // The nationality stays named inside the service's mention (nested), as in "the French
      // Navy".
      const end = m === last ? last.end + noun[0].length : m.end;
      mentions.wrap({
        start: m.start,
        end,
        key: record.key,
        type: "Organisation",
        nested: false,
        via: "compound",
      });
    }
  }
}
