import type { EntityType } from "../../domain/vocabulary.ts";
import type { KbCountry, KbEntity } from "../../kb/types.ts";
import { editDistance, foldKey, foldText } from "./fold.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { anyOf, NATIONAL_OFFICES, NOT_NAME_WORDS, PERSON_TITLES } from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";

/** Head nouns of "anti-X …" names, both languages, with the English head used in names. */
const OPPOSING_HEADS: Record<string, { head: string; type: EntityType }> = {
  coalitie: { head: "coalition", type: "Organisation" },
  coalition: { head: "coalition", type: "Organisation" },
  alliantie: { head: "alliance", type: "Organisation" },
  alliance: { head: "alliance", type: "Organisation" },
  campagne: { head: "campaign", type: "Mission" },
  campaign: { head: "campaign", type: "Mission" },
  luchtcampagne: { head: "air campaign", type: "Mission" },
  operatie: { head: "operation", type: "Mission" },
  operation: { head: "operation", type: "Mission" },
  missie: { head: "mission", type: "Mission" },
  mission: { head: "mission", type: "Mission" },
};

/** A head noun, tolerating one slip in longer words ("Anti-ISIS-caolitie"). */
function opposingHead(word: string): { head: string; type: EntityType } | undefined {
  const folded = foldText(word);
  const exact = OPPOSING_HEADS[folded];
  if (exact) return exact;
  if (folded.length < 7) return undefined;
  for (const [key, value] of Object.entries(OPPOSING_HEADS)) {
    if (key.length >= 7 && editDistance(folded, key, 1) <= 1) return value;
  }
  return undefined;
}

function isArgument(m: Mention): boolean {
  return !m.nested;
}

export function kbEntityNamed(
  gazetteer: Gazetteer,
  names: string[],
  type: EntityType,
): KbEntity | undefined {
  for (const name of names) {
    for (const c of gazetteer.lookup(name)) {
      if (c.ref.kind === "entity" && c.ref.entity.type === type) return c.ref.entity;
    }
  }
  return undefined;
}

/**
 * Names built on an opponent: "anti-ISIS-coalitie", "counter-ISIL campaign", "internationale
 * coalitie tegen ISIS". The whole is one entity (the knowledge base's when it knows the name,
 * else "anti-ISIS coalition" from the opponent's canonical name), the opponent stays named, and
 * the name itself states that the one OPPOSES the other.
 */
export function recogniseOpposingNames(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  const opponents = mentions.filter((m) => m.type === "Organisation" || m.type === "Country");
  for (const opponent of opponents) {
    // Cheap look at the neighbours first: most mentions are in no opposing name.
    const near = doc.folded.slice(Math.max(0, opponent.start - 9), opponent.start);
    const possible =
      /(?:anti|counter|contra)[-\s]?$|(?:tegen|against)\s$/.test(near) ||
      mentions.outerContaining(
        opponent.start,
        opponent.end,
        (m) => m !== opponent && m.start < opponent.start,
      ) !== undefined;
    if (!possible) continue;
    const before = doc.text.slice(Math.max(0, opponent.start - 30), opponent.start);
    const after = doc.text.slice(opponent.end, opponent.end + 30);
    let start: number | undefined;
    let end: number | undefined;
    let prefix = "anti";
    let headInfo: { head: string; type: EntityType } | undefined;
    const prefixed = /(?:^|[^\p{L}])(anti|counter|contra)[-\s]?$/iu.exec(before);
    const headAfter = /^(?:[-\s])(\p{L}+)/u.exec(after);
    if (prefixed && headAfter) {
      headInfo = opposingHead(headAfter[1]!);
      if (headInfo) {
        const separator = /[-\s]$/u.test(before) ? 1 : 0;
        start = opponent.start - separator - prefixed[1]!.length;
        end = opponent.end + headAfter[0].length;
        prefix = prefixed[1]!.toLowerCase() === "counter" ? "counter" : "anti";
      }
    }
    if (start === undefined) {
      const against =
        /(?:^|[^\p{L}])((?:(?:internationale|international|wereldwijde|global|brede|broad)\s+)?(\p{L}+)\s+(?:tegen|against)\s+)$/iu.exec(
          before,
        );
      if (against) {
        headInfo = opposingHead(against[2]!);
        if (headInfo && headInfo.type === "Organisation") {
          start = opponent.start - against[1]!.length;
          end = opponent.end;
        }
      }
    }
    // Already known as a whole ("anti-ISIS-coalitie", "international counter-ISIL coalition" in the
    // dictionary): the name still states the opposition.
    const outer = mentions.outerContaining(
      opponent.start,
      opponent.end,
      (m) => m !== opponent && m.end - m.start > opponent.end - opponent.start,
    );
    if (outer) {
      const inside = doc.text.slice(outer.start, opponent.start);
      if (
        /(?:^|[^\p{L}])(?:anti|counter|contra)[-\s]?$|(?:^|\s)(?:tegen|against)\s+$/iu.test(inside)
      ) {
        findings.push(
          finding(doc, "OPPOSES", outer.key, opponent.key, "name.anti", 0.9, opponent.start),
        );
      }
      continue;
    }
    if (start === undefined || end === undefined || !headInfo) continue;
    const opponentRecord = registry.get(opponent.key)!;
    const surface = doc.text.slice(start, end);
    const names = [
      surface,
      `${prefix}-${opponentRecord.name} ${headInfo.head}`,
      `anti-${opponentRecord.name} ${headInfo.head}`,
      `counter-${opponentRecord.name} ${headInfo.head}`,
    ];
    const existing = mentions.startingAt(start).find((m) => !m.nested && m.end === end);
    let record: EntityRecord;
    if (existing) {
      record = registry.get(existing.key)!;
    } else {
      if (mentions.overlapsOuter(start, end, [opponent])) continue;
      const known = kbEntityNamed(gazetteer, names, headInfo.type);
      record = known
        ? registry.fromKb(known)
        : registry.fromName(headInfo.type, `${prefix}-${opponentRecord.name} ${headInfo.head}`);
      mentions.wrap({
        start,
        end,
        key: record.key,
        type: record.type,
        nested: false,
        via: "compound",
      });
    }
    opponent.nested = true;
    findings.push(finding(doc, "OPPOSES", record.key, opponent.key, "name.anti", 0.9, start));
  }
  return findings;
}

const MISSION_HEAD =
  /^-?(\p{Ll}*(?:missie|operatie|mission|operation|battlegroup|gevechtsgroep))(?![\p{L}-])/u;
const EN_MISSION_HEAD =
  /^(?:-led|['’]s)?\s+(?:(?:training|advisory|capacity[- ]building|peacekeeping|air|naval|maritime|police)\s+)?(mission|operation|battlegroup|battle group)(?![\p{L}-])/iu;

/**
 * "NAVO-missie", "NAVO-capaciteitsopbouwmissie in Irak", "NATO mission in Iraq": a mission named by
 * its leader (and area). It is the knowledge base's mission led by that organisation (in that
 * country), or the one of this article; otherwise, with an area, a new mission
 * "<leader> mission in <country>".
 */
export function recogniseLeaderMissions(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  const leaders = mentions.filter((m) => m.type === "Organisation" || m.type === "Country");
  // Once per leader, not per mention of it.
  const ledBy = new Map<EntityRecord, readonly KbEntity[]>();
  const missionsLedBy = (leader: EntityRecord) => {
    let missions = ledBy.get(leader);
    if (!missions) {
      missions = gazetteer.missionsLedBy([leader.name, ...(leader.kb?.aliases ?? [])]);
      ledBy.set(leader, missions);
    }
    return missions;
  };
  // Computed once, not per leader (linear cost): the places the article names (this pass adds
  // only missions), the entities it mentions (kept up to date as missions are added), and
  // whether a mission works in a place (memoised per pair).
  const places = [
    ...new Set(
      mentions
        .filter((m) => m.type === "Country" || m.type === "Location")
        .map((m) => registry.get(m.key)!),
    ),
  ];
  const mentionedKeys = new Set(mentions.map((m) => m.key));
  const works = new Map<KbEntity, Map<EntityRecord, boolean>>();
  const worksIn = (mission: KbEntity, place: EntityRecord) => {
    let byPlace = works.get(mission);
    if (!byPlace) {
      byPlace = new Map();
      works.set(mission, byPlace);
    }
    let answer = byPlace.get(place);
    if (answer === undefined) {
      answer = operatesIn(mission, place, gazetteer);
      byPlace.set(place, answer);
    }
    return answer;
  };
  for (const leader of leaders) {
    const after = doc.text.slice(leader.end, leader.end + 60);
    const head =
      (after.startsWith("-") ? MISSION_HEAD.exec(after) : null) ?? EN_MISSION_HEAD.exec(after);
    if (!head) continue;
    let end = leader.end + head[0].length;
    const leaderRecord = registry.get(leader.key)!;
    // An area right after: "in Irak", "in het noorden van Mali" is left to the relation rules.
    let area: Mention | undefined;
    const areaMatch = /^[ \u00a0]+(?:in[ \u00a0]+)?/u.exec(doc.text.slice(end, end + 5));
    if (areaMatch) {
      const at = end + areaMatch[0].length;
      area = mentions
        .startingAt(at)
        .find((m) => (m.type === "Country" || m.type === "Location") && !m.nested);
      if (area && !areaMatch[0].includes("in") && area.type !== "Country") area = undefined;
    }
    // The head says what sort of mission: a battlegroup, else any.
    const all = missionsLedBy(leaderRecord);
    const battlegroups = all.filter((c) => c.kind === "battlegroup");
    const candidates = /battle ?group|gevechtsgroep/iu.test(head[1] ?? "")
      ? battlegroups
      : all.filter((c) => c.kind !== "battlegroup");
    const countryIso =
      area?.type === "Country"
        ? (registry.get(area.key)?.kb as KbCountry | undefined)?.iso2
        : undefined;
    let target: KbEntity | EntityRecord | undefined;
    if (area) {
      const inArea = candidates.filter((c) => worksIn(c, registry.get(area!.key)!));
      if (inArea.length === 1) target = inArea[0];
    }
    if (!target) {
      // The candidates' records that the article mentions, once each.
      const mentioned = [
        ...new Set(
          candidates.flatMap((c) => {
            const r = registry.get(registry.keyOfKb(c));
            return r && r.kb === c && r.type === "Mission" && mentionedKeys.has(r.key) ? [r] : [];
          }),
        ),
      ];
      if (mentioned.length === 1) target = mentioned[0];
    }
    if (!target && !area) {
      const plausible = candidates.filter((c) => places.some((p) => worksIn(c, p)));
      if (plausible.length === 1) target = plausible[0];
    }
    if (!target && area && countryIso) {
      target = registry.fromName(
        "Mission",
        `${leaderRecord.name} mission in ${registry.get(area.key)!.name}`,
      );
    }
    if (!target) continue;
    // "NATO's mission in Iraq": a possessive names a mission only with its area.
    if (/^['’]/u.test(after) && !area) continue;
    const record = "key" in target ? target : registry.fromKb(target);
    if (area) end = area.end;
    const existingOuter = mentions.outerContaining(
      leader.start,
      end,
      (m) => m !== leader && m.type === "Mission",
    );
    if (existingOuter) continue;
    if (mentions.overlapsOuter(leader.start, end, [leader])) {
      // The area is claimed by something longer: keep the compound without it.
      end = leader.end + head[0].length;
      if (mentions.overlapsOuter(leader.start, end, [leader])) continue;
    }
    mentions.wrap({
      start: leader.start,
      end,
      key: record.key,
      type: "Mission",
      nested: false,
      via: "compound",
    });
    mentionedKeys.add(record.key);
    if (area && area.end <= end) {
      findings.push(
        finding(doc, "OPERATES_IN", record.key, area.key, "name.mission-area", 0.8, leader.start),
      );
    }
  }
  return findings;
}

/** "the battlegroup in Latvia", "de battlegroup in Litouwen": a battlegroup named by its area only. */
const BARE_BATTLEGROUP =
  /(?<![\p{L}])(?:the|de|het|a|een)\s+(?:multinational\s+|multinationale\s+)?(battle ?group|gevechtsgroep)\s+in\s+/gu;

/**
 * "Canada leads the battlegroup in Latvia", "de multinationale battlegroup in Litouwen": the
 * knowledge base's one battlegroup that works in the country named right after (not a unit the
 * subject owns). Whole-text pattern only over a text that holds the noun.
 */
export function recogniseBareBattlegroups(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  if (!doc.folded.includes("battle") && !doc.folded.includes("gevechtsgroep")) return findings;
  let battlegroups: KbEntity[] | undefined;
  let namedMissions: Set<string | undefined> | undefined;
  for (const match of doc.folded.matchAll(BARE_BATTLEGROUP)) {
    const at = match.index + match[0].length;
    const area = mentions
      .startingAt(at)
      .find((m) => (m.type === "Country" || m.type === "Location") && !m.nested);
    if (!area) continue;
    battlegroups ??= gazetteer.kb.entities.filter((e) => e.kind === "battlegroup");
    const place = registry.get(area.key)!;
    const inArea = battlegroups.filter((b) => operatesIn(b, place, gazetteer));
    if (inArea.length !== 1) continue;
    // An article that names the mission the battlegroup belongs to ("de eFP … de multinationale
    // battlegroup in Litouwen") describes that mission's presence there: left to the mission.
    const parent = inArea[0]!.partOf;
    namedMissions ??= new Set(
      mentions.filter((m) => m.type === "Mission").map((m) => registry.get(m.key)?.name),
    );
    if (parent && namedMissions.has(parent)) continue;
    const nounStart = match.index + match[0].indexOf(match[1]!);
    if (mentions.overlapsOuter(nounStart, area.end, [area])) continue;
    const record = registry.fromKb(inArea[0]!);
    mentions.wrap({
      start: nounStart,
      end: area.end,
      key: record.key,
      type: "Mission",
      nested: false,
      via: "compound",
    });
    findings.push(
      finding(doc, "OPERATES_IN", record.key, area.key, "name.mission-area", 0.8, nounStart),
    );
  }
  return findings;
}

/** "the US-led battlegroup", "the German led NATO battlegroup", "de door Canada geleide battlegroup". */
const LED_BATTLEGROUP =
  /(?<![\p{L}])(?:the|a|de|het|een)\s+(?:door\s+)?([\p{L}.]{2,24}?)(?:[- ]led|\s+geleide)\s+(?:(?:multinational|multinationale|nato|navo|efp)[\s-]+)?(battle ?group|gevechtsgroep)(?![\p{L}])/gu;

/**
 * `led-battlegroups`: a battlegroup named by the state that leads it — "150 soldiers, part of the
 * US led battlegroup", "de door Duitsland geleide battlegroup" — is the knowledge base's one
 * battlegroup that state leads (NATO's forward battlegroups each have one framework nation). The
 * noun becomes that battlegroup; the state stays named (it leads it). Nothing when the state leads
 * none or several.
 */
export function recogniseLedBattlegroups(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!/led|geleide/u.test(doc.folded) || !/battle ?group|gevechtsgroep/u.test(doc.folded)) return;
  let battlegroups: KbEntity[] | undefined;
  for (const match of doc.folded.matchAll(LED_BATTLEGROUP)) {
    const leaderStart = match.index + match[0].indexOf(match[1]!);
    const leader = mentions.startingAt(leaderStart).find((m) => m.type === "Country");
    if (!leader) continue;
    battlegroups ??= gazetteer.kb.entities.filter((e) => e.kind === "battlegroup");
    const name = registry.get(leader.key)?.name;
    const led = battlegroups.filter((b) => b.ledBy === name);
    if (led.length !== 1) continue;
    const nounStart = match.index + match[0].length - match[2]!.length;
    const end = match.index + match[0].length;
    if (mentions.overlapsOuter(nounStart, end)) continue;
    const record = registry.fromKb(led[0]!);
    mentions.wrap({
      start: nounStart,
      end,
      key: record.key,
      type: "Mission",
      nested: false,
      via: "compound",
    });
  }
}

/**
 * "NAVO-missie in Irak" known as a whole still says where the mission works: a country or place
 * inside a mission's name after "in" is its area.
 */
export function missionAreasInNames(doc: Doc, mentions: MentionSet): Finding[] {
  const findings: Finding[] = [];
  for (const mission of mentions) {
    if (mission.type !== "Mission" || mission.nested) continue;
    for (const area of mentions.overlapping(mission.start, mission.end)) {
      if (!area.nested || area.start < mission.start || area.end > mission.end) continue;
      if (area.type !== "Country" && area.type !== "Location") continue;
      if (!/(?:^|\s)(?:in|op|over|boven)\s+$/u.test(doc.folded.slice(mission.start, area.start)))
        continue;
      findings.push(
        finding(doc, "OPERATES_IN", mission.key, area.key, "name.mission-area", 0.8, mission.start),
      );
    }
  }
  return findings;
}

/** Whether a mission of the knowledge base works in this place (its `operatesIn` or `country`). */
function operatesIn(mission: KbEntity, place: EntityRecord, gazetteer: Gazetteer): boolean {
  const iso = (place.kb as KbCountry | undefined)?.iso2 ?? place.kb?.country;
  if (iso && mission.country === iso) return true;
  const names = new Set([place.name, ...(place.kb?.aliases ?? [])].map((n) => foldKey(n)));
  return (mission.operatesIn ?? []).some((n) => {
    if (names.has(foldKey(n))) return true;
    // A place in a country the mission works in ("Rukla" for a mission in Lithuania).
    const area = gazetteer.entityByName(n);
    return (
      area?.type === "Country" &&
      place.kb?.country !== undefined &&
      (area as KbCountry).iso2 === place.kb.country
    );
  });
}

const MINISTRIES: [RegExp, string][] = [
  [
    /^\s+(?:ministerie van defensie|ministry of defen[cs]e|defen[cs]e ministry|defensieministerie|department of defen[cs]e)(?![\p{L}])/u,
    "Ministry of Defence",
  ],
  [
    /^\s+(?:ministerie van buitenlandse zaken|ministry of foreign affairs|foreign ministry)(?![\p{L}])/u,
    "Ministry of Foreign Affairs",
  ],
  [
    /^\s+(?:ministerie van binnenlandse zaken|ministry of (?:the )?interior|interior ministry)(?![\p{L}])/u,
    "Ministry of the Interior",
  ],
  [/^\s+(?:leger|army|landmacht)(?![\p{L}])/u, "Army"],
  [/^\s+(?:luchtmacht|air force)(?![\p{L}])/u, "Air Force"],
  [/^\s+(?:marine|navy|zeemacht)(?![\p{L}])/u, "Navy"],
  [/^\s+(?:kustwacht|coast guard)(?![\p{L}])/u, "Coast Guard"],
  [/^\s+(?:regering|government|kabinet)(?![\p{L}])/u, "Government"],
  [/^\s+(?:parlement|parliament)(?![\p{L}])/u, "Parliament"],
];

/**
 * "het Iraakse ministerie van Defensie", "the Iraqi Ministry of Defence": a state body named by a
 * nationality adjective becomes "Ministry of Defence (Iraq)", PART_OF that country.
 */
export function recogniseStateBodies(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  // "Ukraine's Ministry of Defence": a state's possessive names its body as its adjective does.
  const possessive = (m: Mention) =>
    m.type === "Country" && /^['’]s?(?=\s)/u.test(doc.text.slice(m.end, m.end + 3));
  for (const adjective of mentions.filter(
    (m) => !m.nested && (m.via === "adjective" || possessive(m)),
  )) {
    const mark =
      adjective.via === "adjective" ? 0 : /^['’]s?/u.exec(doc.text.slice(adjective.end))![0].length;
    const after = doc.folded.slice(adjective.end + mark, adjective.end + mark + 50);
    for (const [pattern, body] of MINISTRIES) {
      const match = pattern.exec(after);
      if (!match) continue;
      // A possessive names only a ministry, never "Poland's army" (a unit's own name may follow).
      if (mark > 0 && !body.startsWith("Ministry")) break;
      const country = registry.get(adjective.key)!;
      const surface = doc.text.slice(adjective.start, adjective.end + mark + match[0].length);
      const adjectives = (country.kb as KbCountry | undefined)?.adjectivesByLanguage?.en ?? [];
      const known = kbEntityNamed(
        gazetteer,
        [
          surface,
          `${body} (${country.name})`,
          `${country.name} ${body}`,
          ...adjectives.slice(0, 2).map((a) => `${a} ${body}`),
        ],
        "Organisation",
      );
      const record = known
        ? registry.fromKb(known)
        : registry.fromName("Organisation", `${body} (${country.name})`);
      const end = adjective.end + mark + match[0].length;
      if (mentions.overlapsOuter(adjective.start, end, [adjective])) break;
      mentions.wrap({
        start: adjective.start,
        end,
        key: record.key,
        type: "Organisation",
        nested: false,
        via: "compound",
      });
      findings.push(
        finding(doc, "PART_OF", record.key, country.key, "name.state-body", 0.8, adjective.start),
      );
      break;
    }
    foreignPortfolio(doc, gazetteer, registry, mentions, adjective, findings);
  }
  return findings;
}

/** "de Poolse minister van", "the Polish Minister of the": a state's office before its portfolio. */
const OFFICE_OF_PORTFOLIO =
  /^\s+(?:minister|ministers|staatssecretaris|staatssecretarissen|onderminister|vice-minister|viceminister|deputy minister|secretary)\s+(?:van|voor|of|for)\s+(?:(?:the|de|het)\s+)?$/u;
/** Portfolios of the knowledge base's ministries, as the body of another state is named. */
const PORTFOLIO_BODIES: Record<string, string> = {
  defence: "Ministry of Defence",
  "foreign-affairs": "Ministry of Foreign Affairs",
  interior: "Ministry of the Interior",
  justice: "Ministry of Justice",
  finance: "Ministry of Finance",
  "economic-affairs": "Ministry of Economic Affairs",
};

/**
 * "de Poolse minister van Binnenlandse Zaken": the portfolio after another state's minister names
 * that state's ministry ("Ministry of the Interior (Poland)", PART_OF Poland), not the Dutch
 * ministry the bare portfolio ("Binnenlandse Zaken") names in a Dutch text.
 */
function foreignPortfolio(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
  adjective: Mention,
  findings: Finding[],
): void {
  const country = registry.get(adjective.key);
  const iso = (country?.kb as KbCountry | undefined)?.iso2;
  if (!iso || country?.type !== "Country") return;
  for (const m of mentions.overlapping(adjective.end, adjective.end + 40)) {
    if (m.type !== "Organisation" || m.start <= adjective.end) continue;
    const kb = registry.get(m.key)?.kb;
    const body =
      kb?.kind === "ministry" && kb.portfolio ? PORTFOLIO_BODIES[kb.portfolio] : undefined;
    if (!body || kb?.country === iso) continue;
    if (!OFFICE_OF_PORTFOLIO.test(doc.folded.slice(adjective.end, m.start))) continue;
    const known = kbEntityNamed(
      gazetteer,
      [`${body} (${country.name})`, `${country.name} ${body}`],
      "Organisation",
    );
    const record = known
      ? registry.fromKb(known)
      : registry.fromName("Organisation", `${body} (${country.name})`);
    const at = mentions.indexOf(m);
    if (at < 0) continue;
    mentions.splice(at, 1, { ...m, key: record.key });
    findings.push(
      finding(doc, "PART_OF", record.key, country.key, "name.state-body", 0.8, m.start),
    );
    return;
  }
}

// Ninth round: "Seminar", "Symposium", and a lower-case "ministerial" after the capitalised
// words ("the C-ISIS ministerial in Brussels": the noun is a meeting wherever it is a noun).
const EVENT_HEADS =
  "Ministerial Meeting|Ministerial Consultations|Ministerial Dialogue|Ministerial|Summit|Conference|Meeting|Forum|Dialogue|Seminar|Symposium|Top|Topconferentie|Conferentie|Ministeriële|Defence Ministers' Meeting|Defense Ministers' Meeting|ministerial meeting|ministerial";
/**
 * What may follow the head and still be the name: "ASEAN Defence Ministers' Meeting-Plus",
 * "EU Informal Meeting of Defence Ministers", "… Meeting of the Chiefs of Defence".
 */
const EVENT_TAIL =
  "[ \\u00a0-]Plus|[ \\u00a0]+of[ \\u00a0]+(?:the[ \\u00a0]+)?(?:\\p{Lu}\\p{L}+[ \\u00a0]+){0,2}(?:Ministers|Chiefs of Defen[cs]e|Heads of State and Government)";
const EVENT_HINT = anyOf(EVENT_HEADS.split("|"));
const ADJECTIVE_USE =
  /^[ \u00a0]+(?!(?:in|at|on|of|and|or|to|for|with|this|last|next|that|was|is|will|where|which|held|hosted|earlier|later|today)(?![\p{L}]))\p{Ll}/u;
// "Commonwealth Heads of Government Meeting": "of" may join two capitalised words.
// Words are joined by spaces only: a name never runs over a line ("… Norway\n\nThe Munich Security
// Conference" is no name that starts in the headline).
const EVENT_PATTERN = new RegExp(
  `((?:(?:[\\p{Lu}][\\p{L}\\p{N}.'’-]*|\\d\\+\\d)[ \\u00a0]+(?:of[ \\u00a0]+(?=\\p{Lu}))?){1,5})(${EVENT_HEADS})(?:${EVENT_TAIL})?(?![\\p{L}])`,
  "gu",
);

/**
 * Named meetings: a run of capitalised words ending in an event noun ("NATO Defense Ministerial",
 * "North American Defense Ministerial", "Munich Security Conference"), and "NAVO-top".
 */
export function recogniseEvents(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): Finding[] {
  const findings: Finding[] = [];
  // "NAVO-top", "EU-top", "NAVO-ministeriële": a meeting named by its organiser.
  for (const organiser of mentions.filter((m) => m.type === "Organisation" && !m.nested)) {
    const head =
      /^-(top|topontmoeting|summit|ministeriële|ministerraad|defensieministersoverleg)(?![\p{L}-])/u.exec(
        doc.folded.slice(organiser.end, organiser.end + 30),
      );
    if (!head) continue;
    const end = organiser.end + head[0].length;
    if (mentions.overlapping(organiser.start, end).some((x) => !x.nested && x !== organiser))
      continue;
    const orgRecord = registry.get(organiser.key)!;
    const english = /top|summit/.test(head[1]!) ? "summit" : "ministerial";
    const surface = doc.text.slice(organiser.start, end);
    const known = kbEntityNamed(gazetteer, [surface, `${orgRecord.name} ${english}`], "Event");
    const record = known
      ? registry.fromKb(known)
      : registry.fromName("Event", `${orgRecord.name} ${english}`);
    mentions.wrap({
      start: organiser.start,
      end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "compound",
    });
    findings.push(
      finding(
        doc,
        "LEADS",
        organiser.key,
        record.key,
        "name.event-organiser",
        0.6,
        organiser.start,
      ),
    );
  }
  changesOfCommand(doc, registry, mentions);
  EVENT_PATTERN.lastIndex = EVENT_HINT.test(doc.text) ? 0 : doc.text.length;
  for (let m = EVENT_PATTERN.exec(doc.text); m !== null; m = EVENT_PATTERN.exec(doc.text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    // "a U.S. ministerial delegation": the lower-case adjective before its noun names no meeting.
    if (m[2] === "ministerial" && ADJECTIVE_USE.test(doc.text.slice(end, end + 24))) continue;
    // A name does not run over a sentence's end ("… the European Union. The NATO Transformation
    // Seminar"): it starts in the sentence its head is in.
    const sentence = doc.sentences[sentenceIndexAt(doc, end - 1)];
    // (Only after a word's full stop, not an abbreviation's: "the Australia-U.S. Ministerial
    // Consultations".)
    if (
      sentence &&
      sentence.start > start &&
      /\p{Ll}{2}[.!?]["”’)]?\s*$/u.test(doc.text.slice(start, sentence.start))
    )
      start = sentence.start;
    if (start >= m.index + m[1]!.length) continue;
    // Drop sentence-initial function words and titles of people ("The", "Secretary").
    const words = doc.text
      .slice(start, m.index + m[1]!.length)
      .trim()
      .split(/\s+/);
    while (words.length > 0 && NOT_NAME_WORDS.has(foldKey(words[0]!))) {
      start = doc.text.indexOf(words[0]!, start) + words[0]!.length;
      while (doc.text[start] === " ") start++;
      words.shift();
    }
    if (words.length === 0) continue;
    // "the Ukraine Recovery Conference": a state read with its article ("the Ukraine") opens the
    // name; the event's mention takes the article in.
    const withArticle = mentions
      .overlapping(start, end)
      .find(
        (x) =>
          !x.nested &&
          x.start < start &&
          x.end > start &&
          x.end < end &&
          /^(?:the|de|het)\s+$/u.test(doc.folded.slice(x.start, start)),
      );
    if (withArticle) start = withArticle.start;
    if (mentions.overlapping(start, end).some((x) => !x.nested && (x.start < start || x.end > end)))
      continue;
    if (mentions.startingAt(start).some((x) => !x.nested && x.end === end)) continue;
    const surface = doc.text.slice(start, end);
    // "Lloyd J. Austin III's Meeting", "Secretary Mattis' Meetings": a person's meeting, unnamed.
    // (A plural of office holders, "Defense Ministers' Meeting", is no person's possessive.)
    if (
      surface.includes("\n") ||
      /(?<!ministers|chiefs|leaders|heads|generals)['’]s?\s/u.test(doc.folded.slice(start, end))
    )
      continue;
    if (mentions.overlapping(start, end).some((x) => x.type === "Person")) continue;
    // "Joint Readout of the X Meeting": the document's kind is no part of the meeting's name.
    const document = DOCUMENT_OF.exec(doc.text.slice(start, end));
    if (document) {
      start += document[0].length;
      if (
        mentions.overlapping(start, end).some((x) => !x.nested && (x.start < start || x.end > end))
      )
        continue;
    }
    const known = kbEntityNamed(gazetteer, [doc.text.slice(start, end)], "Event");
    const record = known
      ? registry.fromKb(known)
      : registry.fromName("Event", canonicalStates(doc, registry, mentions, start, end));
    const inner = mentions.overlapping(start, end).filter((x) => x.start >= start && x.end <= end);
    mentions.wrap({ start, end, key: record.key, type: "Event", nested: false, via: "pattern" });
    const organiser = inner.find((x) => x.start === start && x.type === "Organisation");
    if (organiser)
      findings.push(
        finding(doc, "LEADS", organiser.key, record.key, "name.event-organiser", 0.6, start),
      );
  }
  return findings;
}

/**
 * Ninth round: "the Change of Command at Allied Command Transformation", "a change-of-command
 * ceremony": a ceremony, not a command (the Event "change of command", "… at/of <name>" when a
 * known organisation, mission or unit follows).
 */
const CHANGE_OF_COMMAND =
  /(?<![\p{L}])change[- ]of[- ]command(?:[- ]ceremony)?(?:\s+(?:at|of|for)\s+(?:the\s+)?)?/gu;

function changesOfCommand(doc: Doc, registry: EntityRegistry, mentions: MentionSet): void {
  if (!doc.folded.includes("of command") && !doc.folded.includes("of-command")) return;
  const found: { start: number; end: number; name: string | undefined }[] = [];
  CHANGE_OF_COMMAND.lastIndex = 0;
  for (
    let m = CHANGE_OF_COMMAND.exec(doc.folded);
    m !== null;
    m = CHANGE_OF_COMMAND.exec(doc.folded)
  ) {
    const phrase = m[0].replace(/\s+(?:at|of|for)\s+(?:the\s+)?$/u, "");
    const start = m.index;
    const end = start + phrase.length;
    if (mentions.overlapping(start, end).some((x) => !x.nested && x.start < start)) continue;
    const next = m[0].length > phrase.length ? m.index + m[0].length : -1;
    const of = mentions
      .startingAt(next)
      .find((x) => !x.nested && ["Organisation", "Mission"].includes(x.type));
    found.push({ start, end, name: of && `change of command at ${registry.get(of.key)!.name}` });
  }
  // A bare "the change of command" is the one the article names with its command.
  const named = new Set(found.flatMap((f) => (f.name ? [f.name] : [])));
  const only = named.size === 1 ? [...named][0]! : undefined;
  for (const { start, end, name } of found) {
    const record = registry.fromName("Event", name ?? only ?? "change of command", {
      kind: "change-of-command",
    });
    // Whatever was read inside the phrase ("Command" as a force's head) is the ceremony's.
    for (const inner of mentions.overlapping(start, end).filter((x) => !x.nested)) {
      const at = mentions.indexOf(inner);
      if (at >= 0) mentions.splice(at, 1);
    }
    mentions.wrap({ start, end, key: record.key, type: "Event", nested: false, via: "pattern" });
  }
}

const DOCUMENT_OF =
  /^(?:Joint\s+)?(?:Readout|Statement|Communiqu[eé]|Declaration|Fact Sheet)\s+(?:of|on)\s+(?:the\s+)?/u;

/**
 * A meeting's name with the states in it by their canonical names: "U.S.-Philippines 2+2
 * Ministerial Dialogue" in a headline and "United States-Philippines 2+2 Ministerial Dialogue" in
 * the body are one meeting.
 */
function canonicalStates(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  start: number,
  end: number,
): string {
  let name = "";
  let at = start;
  const states = mentions
    .overlapping(start, end)
    .filter((x) => x.type === "Country" && x.via !== "adjective" && x.start >= at && x.end <= end)
    .sort((a, b) => a.start - b.start);
  for (const state of states) {
    if (state.start < at) continue;
    name += doc.text.slice(at, state.start) + registry.get(state.key)!.name;
    at = state.end;
  }
  return (name + doc.text.slice(at, end)).replace(/\s+/g, " ");
}

const ANAPHOR =
  /(?<![\p{L}\p{N}])(?:de|het|deze|die|dit|the|this|that)\s+(?:(?:nieuwe|new|internationale|international|gehele|whole|hele|annual|biennial|yearly|two-week|three-week|multinational|large-scale|joint|combined|jaarlijkse|tweejaarlijkse|multinationale|grootschalige|gezamenlijke|tweeweekse|driedaagse|tweedaagse|two-day|three-day|[\p{L}.]+-led)\s+){0,2}(?:(?!(?:next|previous|last|other|another|first|second|third|final|new|vorige|volgende|laatste|andere|eerste|tweede|derde|nieuwe)\s)\p{L}[\p{L}-]*\s+(?=oefening|exercise))?(?:\p{L}+-(?=battlegroup|gevechtsgroep|vlootverband|taakgroep|eskader))?(coalitie|coalition|\p{Ll}*missie|mission|alliantie|bondgenootschap|alliance|\p{Ll}*operatie|operation|battlegroup|battle group|gevechtsgroep|vlootverband|taakgroep|eskader|task group|task force|meeting|vergadering|bijeenkomst|top|summit|conferentie|conference|ministerial|ministeriële|oefening|exercise)(?![\p{L}\p{N}-])/gu;

const MEETING_NOUN =
  /^(?:meeting|vergadering|bijeenkomst|top|summit|conferentie|conference|ministerial|ministeriële)$/u;
const OTHER_OCCASION_BEFORE =
  /(?:(?:^|\s)(?:since|after|before|previous|last|next|sinds|vorige|volgende)\s+(?:(?:the|de|het)\s+)?(?:(?:19|20)\d\d\s+)?|(?:^|\s)(?:19|20)\d\d\s+)$/u;
const EXERCISE_NOUN = /^(?:oefening|exercise)$/u;
const PART_OF_BEFORE = /(?:part of|deel (?:uit )?van|onderdeel van)\s+(?:the\s+|de\s+|het\s+)?$/u;

function isExercise(r: EntityRecord): boolean {
  return r.kb?.kind === "exercise" || r.properties.kind === "exercise";
}

/**
 * Definite descriptions that point back: "de coalitie", "the mission", "het bondgenootschap". They
 * name the nearest preceding entity of that sort (a coalition, a mission, an alliance), or the
 * only one the article names.
 */
export function resolveDefiniteDescriptions(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  ANAPHOR.lastIndex = 0;
  const found: Mention[] = [];
  const candidatesOf = new Map<
    number,
    { candidates: Mention[]; byEnd: Mention[]; keys: Set<string> }
  >();
  for (let m = ANAPHOR.exec(doc.folded); m !== null; m = ANAPHOR.exec(doc.folded)) {
    const noun = m[1]!;
    const end = m.index + m[0].length;
    const start = end - noun.length;
    if (mentions.overlapping(start, end).some((x) => !x.nested)) continue;
    const follows = doc.folded.slice(end, end + 12);
    // "the coalition against ISIS", "the coalition for F-16 training": a description, not a
    // reference back.
    if (/^\s+(?:tegen|against|van|of|for|voor)\s/.test(follows) && /coalit/.test(noun)) continue;
    // "de top van het leger", "the meeting of the council": a description, not a reference back.
    if (
      /^\s+(?:van|of|with|met)\s/.test(follows) &&
      (MEETING_NOUN.test(noun) || EXERCISE_NOUN.test(noun))
    )
      continue;
    // "de oefening Steadfast Noon": the name that follows is the exercise, not one named before.
    if (EXERCISE_NOUN.test(noun) && /^\s+["“]?\p{Lu}/u.test(doc.text.slice(end, end + 3))) continue;
    // "de missie Minusma", "the mission EUTM Mali": the mission named right after, not one named
    // before (eleventh round).
    // Thirteenth round: the same for any noun before a name of a body or mission ("het
    // NAVO-vlootverband SNMCMG1", "the task force CTF 150").
    if (/^\s+\p{Lu}/u.test(doc.text.slice(end, end + 2))) {
      const gap = /^\s+/u.exec(doc.text.slice(end, end + 4))![0].length;
      const named = mentions.startingAt(end + gap);
      if (
        named.some(
          (x) => x.type === "Mission" || (nounClass(noun) !== 4 && x.type === "Organisation"),
        )
      )
        continue;
    }
    const kindTest = (r: EntityRecord, x: Mention, cls: number): boolean => {
      const missionsOnly = cls === 4;
      if (/coalit/.test(noun))
        return r.type === "Organisation" && (r.kb?.kind === "coalition" || /coalit/i.test(r.name));
      if (/allian|bondgenoot/.test(noun))
        return r.type === "Organisation" && (r.kb?.kind === "alliance" || /alliance/i.test(r.name));
      // "The meeting was chaired by …": the meeting named before — a meeting before a summit or
      // conference named later in passing ("met … to prepare the NATO Summit. The meeting was …").
      // A meeting named as past or next ("since the 2010 Lisbon Summit", "the next summit in
      // Washington", "de vorige top") is no antecedent of "the summit" (seventh round).
      if (MEETING_NOUN.test(noun))
        return (
          x.type === "Event" &&
          (cls !== 2 || !SUMMIT_NAME.test(r.name)) &&
          !OTHER_OCCASION_BEFORE.test(doc.folded.slice(Math.max(0, x.start - 32), x.start))
        );
      // "De oefening wordt gehouden in …", "The exercise is led by …": the exercise named before
      // (an Event of that kind).
      // A series it is "part of" is no antecedent: "It is part of Steadfast Defender 24. … the
      // exercise" is still the exercise the article is about.
      if (EXERCISE_NOUN.test(noun))
        return (
          x.type === "Event" &&
          (x.via === "exercise" || isExercise(r)) &&
          !PART_OF_BEFORE.test(doc.folded.slice(Math.max(0, x.start - 24), x.start))
        );
      // "the Battle Group" after "Battle Group Poland" (a named group the dictionary lacks).
      if (/battle ?group|gevechtsgroep/.test(noun))
        return (
          (x.type === "Mission" && r.kb?.kind === "battlegroup") ||
          (x.type === "Organisation" && /battle ?group/i.test(r.name))
        );
      // "the task group" after "Long Range Reconnaissance Group": a named group or force (an
      // Organisation) before any mission.
      if (/^task (?:group|force)$/.test(noun) && !missionsOnly)
        return x.type === "Organisation" && /(?:group|task ?force)(?![\p{L}])/iu.test(r.name);
      // "het vlootverband" after "Standing NATO Maritime Group 1": a standing naval group is an
      // Organisation (ONTOLOGY.md: standing commands and task forces), a mission otherwise.
      if (cls === 8)
        return (
          x.type === "Mission" ||
          (x.type === "Organisation" && r.kb?.kind === "force" && /group|groep/i.test(r.name))
        );
      return x.type === "Mission";
    };
    // The candidates depend only on the noun's class, and `mentions` does not change in this
    // loop: computed once per class, not per anaphor (linear cost).
    const classOf = (klass: number) => {
      let byClass = candidatesOf.get(klass);
      if (!byClass) {
        const candidates = mentions.filter((x) => kindTest(registry.get(x.key)!, x, klass));
        byClass = {
          candidates,
          byEnd: [...candidates].sort((a, b) => a.end - b.end),
          keys: new Set(candidates.map((x) => x.key)),
        };
        candidatesOf.set(klass, byClass);
      }
      const { candidates, keys } = byClass;
      return lastEndingBy(byClass.byEnd, start) ?? (keys.size === 1 ? candidates[0] : undefined);
    };
    const klass = nounClass(noun);
    // A task group or force no named group precedes is the mission's; a meeting no meeting
    // precedes is the summit or conference.
    const target =
      classOf(klass) ?? (klass === 5 ? classOf(4) : klass === 2 ? classOf(7) : undefined);
    if (!target) continue;
    // "de missie in Irak" after a mission in Afghanistan is another mission.
    const areaAt = /^\s+in\s+(?:(?:het|de|the)\s+)?/u.exec(doc.folded.slice(end, end + 12));
    const area = areaAt
      ? mentions
          .startingAt(end + areaAt[0].length)
          .find((x) => x.type === "Country" || x.type === "Location")
      : undefined;
    const targetKb = registry.get(target.key)?.kb;
    if (
      area &&
      targetKb &&
      target.type === "Mission" &&
      (targetKb.operatesIn?.length || targetKb.country) &&
      !operatesIn(targetKb, registry.get(area.key)!, gazetteer)
    ) {
      continue;
    }
    found.push({ start, end, key: target.key, type: target.type, nested: false, via: "anaphor" });
  }
  mentions.push(...found);
}

/** A meeting noun that names a summit or conference itself, and the names of those. */
const SUMMIT_NOUN = /^(?:top|summit|conferentie|conference)$/u;
const SUMMIT_NAME = /(?:summit|(?<![\p{L}])top|conference|conferentie)(?![\p{L}])/iu;

/** Which test of `resolveDefiniteDescriptions` a noun gets (its candidates depend on nothing else). */
function nounClass(noun: string): number {
  if (/coalit/.test(noun)) return 0;
  if (/allian|bondgenoot/.test(noun)) return 1;
  if (MEETING_NOUN.test(noun)) return SUMMIT_NOUN.test(noun) ? 7 : 2;
  if (/battle ?group|gevechtsgroep/.test(noun)) return 3;
  if (/^task (?:group|force)$/.test(noun)) return 5;
  if (EXERCISE_NOUN.test(noun)) return 6;
  if (/vlootverband|taakgroep|eskader/.test(noun)) return 8;
  return 4;
}

/**
 * The mention with the greatest end ≤ `offset` (the first of those in the original order when
 * several end there), from mentions sorted by end with a stable sort.
 */
function lastEndingBy(byEnd: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byEnd[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  const end = byEnd[lo - 1]!.end;
  let first = lo - 1;
  while (first > 0 && byEnd[first - 1]!.end === end) first--;
  return byEnd[first];
}

export function finding(
  doc: Doc,
  type: Finding["type"],
  source: string,
  target: string,
  rule: string,
  confidence: number,
  offset: number,
  properties?: Finding["properties"],
): Finding {
  const out: Finding = {
    type,
    source,
    target,
    rule,
    confidence,
    sentence: sentenceIndexAt(doc, offset),
  };
  if (properties) out.properties = properties;
  return out;
}

export { isArgument };

const BASE_WORDS =
  "vliegbasis|luchtmachtbasis|marinebasis|legerbasis|basis|kazerne|marinierskazerne|air base|airbase|naval base|army base|military base|camp|kamp|fort";
const BASE_BEFORE_HINT = anyOf(BASE_WORDS.split("|"));
const BASE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${BASE_WORDS})\\s+`, "gu");
// Ninth round: training areas by their head ("Mount Bundey Training Area", "the San Gregorio
// training area"), as a range or a camp is named.
const BASE_AFTER_HEADS =
  "Air Base|Airbase|Air Station|Naval Base|Naval Station|Army Base|Barracks|Kazerne|Airfield|Air Field|Military Training Area|Military Training area|Training Area|Training area|training area";
const BASE_AFTER_HINT = anyOf(BASE_AFTER_HEADS.split("|"));
const BASE_AFTER = new RegExp(
  `(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2})(${BASE_AFTER_HEADS})(?![\\p{L}])`,
  "gu",
);

/**
 * Sixth round: a plural base noun and a list of names, "de Duitse vliegbases Wunstorf,
 * Schleswig-Jagel en Lechfeld", "the air stations at Evenes, Bardufoss and Andøya": each name is
 * a base. Not after "in" ("bases in Eastern Europe" names an area).
 */
const BASES_LIST =
  /(?<![\p{L}])(?:vliegbases|luchtmachtbases|marinebases|legerbases|kazernes|vliegvelden|bases|air bases|airbases|naval bases|army bases|air stations|naval stations|airfields)\s+(?:(?:at|of|te|op|van)\s+)?(?=\p{Lu})/gu;
const BASES_LIST_HINT = /bases|kazernes|vliegvelden|stations|airfields/u;
const BASE_LIST_NAME = /^\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)?/u;
const BASE_LIST_JOIN =
  /^(?:,[ \u00a0]*(?:and[ \u00a0]+|en[ \u00a0]+)?|[ \u00a0]+(?:and|en)[ \u00a0]+)(?=\p{Lu})/u;

function baseLists(doc: Doc): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  if (!BASES_LIST_HINT.test(doc.folded)) return found;
  BASES_LIST.lastIndex = 0;
  // The pattern reads the original text: the names are capitalised, the nouns are not.
  for (let m = BASES_LIST.exec(doc.text); m !== null; m = BASES_LIST.exec(doc.text)) {
    let at = m.index + m[0].length;
    for (let n = 0; n < 8; n++) {
      const name = BASE_LIST_NAME.exec(doc.text.slice(at, at + 60))?.[0];
      if (!name || NOT_NAME_WORDS.has(foldKey(name.split(/\s+/)[0]!))) break;
      found.push({ start: at, end: at + name.length, name });
      at += name.length;
      const join = BASE_LIST_JOIN.exec(doc.text.slice(at, at + 12));
      if (!join) break;
      at += join[0].length;
    }
  }
  return found;
}

/**
 * Bases the knowledge base does not know, named by their noun: "de vliegbasis Sliac", "Camp
 * Castor", "Ramstein Air Base". They become Locations of kind base.
 */
export function recogniseBases(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const found: { start: number; end: number; name: string }[] = [];
  // A pattern runs only over a text that holds one of its nouns (lexicon.ts, `anyOf`).
  BASE_BEFORE.lastIndex = BASE_BEFORE_HINT.test(doc.folded) ? 0 : doc.folded.length;
  for (let m = BASE_BEFORE.exec(doc.folded); m !== null; m = BASE_BEFORE.exec(doc.folded)) {
    // The base noun in any case (folded text), the name capitalised (original text).
    const after = m.index + m[0].length;
    const name =
      /^(?:(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u.exec(
        doc.text.slice(after, after + 60),
      )?.[0];
    if (!name || NOT_NAME_WORDS.has(foldKey(name.split(/\s+/)[0]!))) continue;
    // "Camp Lejeune", "Fort Stewart", "Camp H.M. Smith": the capitalised noun is part of the
    // English name; "de vliegbasis Sliac" is named "Sliac".
    const start = /^(?:Camp|Fort)\s/u.test(doc.text.slice(m.index, after)) ? m.index : after;
    found.push({
      start,
      end: after + name.length,
      name: doc.text.slice(start, after + name.length),
    });
  }
  BASE_AFTER.lastIndex = BASE_AFTER_HINT.test(doc.text) ? 0 : doc.text.length;
  for (let m = BASE_AFTER.exec(doc.text); m !== null; m = BASE_AFTER.exec(doc.text)) {
    const words = m[1]!
      .trim()
      .split(/\s+/)
      .filter((w) => !NOT_NAME_WORDS.has(foldKey(w)));
    if (words.length === 0) continue;
    const name = `${words.join(" ")} ${m[2]}`;
    const start = m.index + m[0].length - name.length;
    if (doc.text.slice(start, start + name.length) !== name) continue;
    found.push({ start, end: start + name.length, name });
  }
  found.push(...baseLists(doc));
  for (const base of found) {
    if (mentions.overlapsOuter(base.start, base.end)) continue;
    if (mentions.startingAt(base.start).some((x) => !x.nested && x.end === base.end)) continue;
    // A listed name ("vliegbases Wunstorf, …") is the known base of that name ("Wunstorf Air Base").
    const known = kbEntityNamed(
      gazetteer,
      [base.name, `${base.name} Air Base`, `${base.name} Naval Base`, `${base.name} Air Station`],
      "Location",
    );
    const record = known
      ? registry.fromKb(known)
      : registry.fromName("Location", base.name, { kind: "base" });
    mentions.wrap({
      start: base.start,
      end: base.end,
      key: record.key,
      type: "Location",
      nested: false,
      via: "pattern",
    });
  }
}

const ORDINALS: Record<string, string> = {
  first: "1st",
  second: "2nd",
  third: "3rd",
  fourth: "4th",
  fifth: "5th",
  sixth: "6th",
  seventh: "7th",
  eighth: "8th",
  ninth: "9th",
  tenth: "10th",
};

const UNIT_HEADS =
  "Brigade Combat Team|Expeditionary Unit|Brigade|Bataljon|Battalion|Regiment|Squadron|Division|Divisie|Wing|Eskader|Fleet|Vloot|Smaldeel|Legerkorps|Dragoons|Hussars|Lancers|Fusiliers|Highlanders|Guards|Yeomanry";
/**
 * A unit noun closing a Dutch or German compound: "414 Tankbataljon", "1. Panzerdivision",
 * "Defensie Grondgebonden Luchtverdedigingscommando". Needs a number or a capitalised word before.
 */
const COMPOUND_HEAD =
  "\\p{Lu}\\p{Ll}{2,}(?:brigade|bataljon|bataillon|divisie|division|regiment|legerkorps|korps|commando|eskader)";
const NUMBERED_HEADS = "Group|Groep|Corps|Korps|Command|Commando|Task Force|Taakgroep";
const NUMBERED_HEAD = new RegExp(`^(?:${NUMBERED_HEADS})$`);
const UNIT_HINT = anyOf(
  `${UNIT_HEADS}|${NUMBERED_HEADS}|brigade|bataljon|bataillon|divisie|division|regiment|korps|commando|eskader`.split(
    "|",
  ),
);
/**
 * The regiment after a numbered battalion, company or commando ("1st Battalion The Royal Irish
 * Regiment", "1st Battalion Royal Welsh", "45 Commando Royal Marines", "2nd Battalion, The
 * Rifles"): capitalised words opened by "The" or "Royal" or closed by a regimental noun.
 */
const REGIMENT_AFTER =
  /^(?:,?[ \u00a0]+)((?:The[ \u00a0]+)?)((?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])/u;
const REGIMENT_NOUN =
  /(?:^|\s)(?:Regiment|Rifles|Guards|Fusiliers|Dragoons|Hussars|Lancers|Highlanders|Marines|Yeomanry|Gurkhas|Rangers)$/u;
const TITLE_WORDS = new Set(
  [...NATIONAL_OFFICES, ...PERSON_TITLES].filter((t) => !t.includes(" ") && !t.includes(".")),
);
const NOT_REGIMENT = new Set(["headquarters", "hq", "soldiers", "troops", "staff", "personnel"]);
const REGIMENT_HOLDER = /^(?:Battalion|Bataljon|Company|Commando|Squadron|Regiment)$/u;
/** "Carrier Strike Group", "Long Range Reconnaissance Group": a group named by its military role. */
const ROLE_GROUP =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,3}(?:Strike|Reconnaissance|Ready|Action|Support|Logistics|Expeditionary|Countermeasures|Task)[ \u00a0]+Group)(?![\p{L}\p{N}])/gu;
const UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])((\\d{1,3}(?:st|nd|rd|th|e|ste|de|\\.)?\\s+)?((?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3})(${UNIT_HEADS}|${NUMBERED_HEADS}|${COMPOUND_HEAD}))(?![\\p{L}])`,
  "gu",
);
const STATE_BODY_KINDS = new Set(["ministry", "armed-forces"]);
const COMPOUND_ALONE = new RegExp(`^${COMPOUND_HEAD}$`, "u");

/** "Division Schnelle Kräfte", "Commando Zeestrijdkrachten": the unit noun first, then its name. */
const HEAD_FIRST =
  /(?<![\p{L}\p{N}])(?:Division|Divisie|Commando)((?:\s+\p{Lu}[\p{L}'’-]*){1,3})(?![\p{L}\p{N}])/gu;
const HEAD_FIRST_HINT = anyOf(["Division", "Divisie", "Commando"]);

function headFirstUnits(doc: Doc, registry: EntityRegistry, mentions: MentionSet): void {
  HEAD_FIRST.lastIndex = HEAD_FIRST_HINT.test(doc.text) ? 0 : doc.text.length;
  for (let m = HEAD_FIRST.exec(doc.text); m !== null; m = HEAD_FIRST.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (doc.text.slice(start, end).includes("\n")) continue;
    // The name's words are no known names and no function words ("Commando Nederland" is no
    // unit of its own; "Division Schnelle Kräfte" is).
    if (mentions.overlapping(start, end).length > 0) continue;
    const words = m[1]!.trim().split(/\s+/);
    if (words.some((w) => NOT_NAME_WORDS.has(foldKey(w)))) continue;
    const record = registry.fromName("Organisation", m[0].replace(/\s+/g, " "), { kind: "unit" });
    wrapUnit(mentions, start, end, record.key);
  }
}

/** A unit's name found by a pattern: one Organisation mention over it. */
function wrapUnit(mentions: MentionSet, start: number, end: number, key: string): void {
  mentions.wrap({ start, end, key, type: "Organisation", nested: false, via: "pattern" });
}

/** Whether `at` starts its sentence (after a line break or final punctuation). */
function sentenceInitial(doc: Doc, at: number): boolean {
  return /(?:^|[\n.!?:]\s*|\n\s*)$/u.test(doc.text.slice(Math.max(0, at - 3), at));
}
/** Names a unit's name may hold: "Defensie" in "Defensie Helikopter Commando", "Duits-Nederlands". */
const INNER_TYPES = new Set(["Organisation", "Country", "Location"]);

/**
 * Named military units the knowledge base does not list: "82nd Airborne Division", "11
 * Luchtmobiele Brigade", "322 Squadron". A number or a capitalised name must come before the unit
 * noun; "Group" and "Corps" need the number.
 */
export function recogniseUnits(doc: Doc, registry: EntityRegistry, mentions: MentionSet): void {
  headFirstUnits(doc, registry, mentions);
  UNIT.lastIndex = UNIT_HINT.test(doc.text) ? 0 : doc.text.length;
  for (let m = UNIT.exec(doc.text); m !== null; m = UNIT.exec(doc.text)) {
    const numbered = m[2] !== undefined;
    const words = (m[3] ?? "").trim().split(/\s+/).filter(Boolean);
    // "het Duitse Seebataillon": a capitalised compound unit noun inside a sentence is a name.
    const compoundAlone =
      !numbered &&
      COMPOUND_ALONE.test(m[4]!) &&
      !sentenceInitial(doc, m.index + m[0].length - m[4]!.length);
    // "Group" and "Corps" need a number; the Dutch "Commando" two capitalised words ("Defensie
    // Helikopter Commando").
    if (
      !numbered &&
      !compoundAlone &&
      (words.length === 0 ||
        (NUMBERED_HEAD.test(m[4]!) && !(m[4] === "Commando" && words.length >= 2)))
    )
      continue;
    let start = m.index;
    // Sentence-initial function words and titles are no part of the name; "Defensie" before
    // another capitalised word or a compound unit noun starts the name of a Dutch defence command
    // ("Defensie Grondgebonden Luchtverdedigingscommando", "Defensie Ondersteuningscommando").
    if (!numbered) {
      while (
        words.length > 0 &&
        NOT_NAME_WORDS.has(foldKey(words[0]!)) &&
        !(words[0] === "Defensie" && (words.length > 1 || COMPOUND_ALONE.test(m[4]!)))
      ) {
        start = doc.text.indexOf(words[0]!, start) + words[0]!.length;
        while (doc.text[start] === " ") start++;
        words.shift();
      }
      if (words.length === 0 && !compoundAlone) continue;
    }
    // "de Duitse Division Schnelle Kräfte": a nationality before the unit noun is no name.
    if (!numbered) {
      while (words.length > 0 && mentions.startingAt(start).some((x) => x.via === "adjective")) {
        start = doc.text.indexOf(words[0]!, start) + words[0]!.length;
        while (doc.text[start] === " ") start++;
        words.shift();
      }
      if (words.length === 0 && !compoundAlone) continue;
    }
    let end = m.index + m[0].length;
    // "Tactical Air Wing 74", "Marine Medium Tiltrotor Squadron 268": a number of up to three
    // digits right after a named unit is part of its name (a year or a count is not).
    // "Panzerbataillon 203", "Jagdgeschwader 71": a German compound unit noun and its number too.
    // U.S. Navy releases put the unit's short form between them: "Destroyer Squadron (DESRON) 15".
    let short: string | undefined;
    if (!numbered && (words.length > 0 || compoundAlone)) {
      const number =
        /^(?:[ \u00a0]\((\p{Lu}{2,8})\))?[ \u00a0](\d{1,3})(?![\p{L}\p{N}]|[.,]\d)/u.exec(
          doc.text.slice(end, end + 18),
        );
      if (number) {
        end += number[0].length;
        UNIT.lastIndex = end;
        if (number[1]) short = `${number[1]} ${number[2]}`;
      }
    }
    if (doc.text.slice(start, end).includes("\n")) continue;
    // "1. Panzerdivision": the German ordinal's dot only right before the unit noun.
    if (numbered && m[2]!.includes(".") && words.length > 0) continue;
    const inside = mentions.overlapping(start, end).filter((x) => !x.nested);
    // "Irish Guards", "Welsh Guards": a demonym inside a regiment's name is no state of its own.
    if (
      inside.length > 0 &&
      REGIMENT_NOUN.test(m[4]!) &&
      inside.every((x) => x.via === "adjective" && x.start >= start && x.end <= end)
    ) {
      for (const x of inside) mentions.splice(mentions.indexOf(x), 1);
    } else if (
      // A known name inside the unit's own name ("Defensie Helikopter Commando") is part of it;
      // one reaching outside it, or a person, asset or mission, means the pattern read wrongly.
      inside.some(
        (x) =>
          x.start < start ||
          x.end > end ||
          !INNER_TYPES.has(x.type) ||
          (x.start === start && x.end === end),
      )
    )
      continue;
    if (numbered && REGIMENT_HOLDER.test(m[4]!)) {
      const tail = REGIMENT_AFTER.exec(doc.text.slice(end, end + 80));
      const words = (tail?.[2] ?? "").split(/\s+/u).map(foldKey);
      const first = words[0] ?? "";
      // Or capitalised words that are no title, date, common noun or other name: "42nd
      // Battalion Limburgse Jagers", "1st Battalion Chasseurs Ardennais".
      const plainName = () =>
        words.every((w) => !NOT_NAME_WORDS.has(w) && !TITLE_WORDS.has(w) && !NOT_REGIMENT.has(w)) &&
        !mentions.overlapping(end, end + tail![0].length).some((x) => x.via !== "adjective");
      if (
        tail &&
        !NOT_NAME_WORDS.has(first) &&
        (tail[1] !== "" || first === "royal" || REGIMENT_NOUN.test(tail[2]!) || plainName())
      ) {
        // "Irish" in "The Royal Irish Regiment" names the regiment, not Ireland.
        for (const x of mentions.overlapping(end, end + tail[0].length))
          if (x.via === "adjective" && x.start >= end) mentions.splice(mentions.indexOf(x), 1);
        end += tail[0].length;
        UNIT.lastIndex = end;
      }
    }
    let name = doc.text
      .slice(start, end)
      .replace(/\s+/g, " ")
      .replace(/ , /gu, ", ")
      .replace(/ \(\p{Lu}{2,8}\)(?= \d)/u, "");
    // "Fifth Fleet" is "5th Fleet"; "U.S. 5th Fleet" names the owner in the name.
    const ordinal = ORDINALS[foldKey(words[0] ?? "")];
    if (!numbered && ordinal) name = name.replace(/^\S+/u, ordinal);
    const owner = /(?:^|\s)(U\.S\.|US|U\.K\.|UK|NATO)\s+$/u.exec(
      doc.text.slice(Math.max(0, start - 8), start),
    );
    if (owner && /^\d/u.test(name)) {
      start -= owner[0].trimStart().length;
      name = `${owner[1]} ${name}`;
    }
    const longer = [...registry.records.values()].find(
      (r) => r.properties.kind === "unit" && r.name.endsWith(` ${name}`),
    );
    const record = longer ?? registry.fromName("Organisation", name, { kind: "unit" });
    if (short) record.aliases.add(short);
    // "Defensie Helikopter Commando": a unit named after a state's ministry or armed forces
    // belongs to that state (assets.ts, `stateOf`: it sends for the state).
    const body = mentions
      .overlapping(start, end)
      .map((x) => registry.get(x.key)?.kb)
      .find(
        (kb) => kb?.type === "Organisation" && kb.country && STATE_BODY_KINDS.has(kb.kind ?? ""),
      );
    if (body?.country && record.properties.country === undefined)
      record.properties.country = body.country;
    wrapUnit(mentions, start, end, record.key);
  }
  ROLE_GROUP.lastIndex = /Group/u.test(doc.text) ? 0 : doc.text.length;
  for (let m = ROLE_GROUP.exec(doc.text); m !== null; m = ROLE_GROUP.exec(doc.text)) {
    const words = m[1]!.split(/[ \u00a0]+/u);
    let start = m.index;
    while (words.length > 2 && NOT_NAME_WORDS.has(foldKey(words[0]!))) {
      start += words[0]!.length + 1;
      words.shift();
    }
    if (NOT_NAME_WORDS.has(foldKey(words[0]!))) continue;
    let end = m.index + m[0].length;
    // "Carrier Strike Group 12", "Expeditionary Strike Group 3": the group's number.
    const number = /^[ \u00a0]\d{1,3}(?![\p{L}\p{N}]|[.,]\d)/u.exec(doc.text.slice(end, end + 6));
    if (number) {
      end += number[0].length;
      words.push(number[0].trim());
      ROLE_GROUP.lastIndex = end;
    }
    // "UK Carrier Strike Group": the state before the name owns it and is no part of it.
    const owner = mentions.startingAt(start).find((x) => x.type === "Country" && !x.nested);
    if (owner && words.length > 2) {
      start += words[0]!.length + 1;
      words.shift();
    }
    if (mentions.overlapping(start, end).some((x) => !x.nested)) continue;
    const record = registry.fromName("Organisation", words.join(" "), { kind: "unit" });
    wrapUnit(mentions, start, end, record.key);
  }
}
