import type {
  ArticleInput,
  EntityAnnotation,
  Extraction,
  Extractor,
  Properties,
  RelationAnnotation,
} from "../../domain/article.ts";
import { articleText } from "../../domain/article.ts";
import type { EntityType, Language, RelationType } from "../../domain/vocabulary.ts";
import { SYMMETRIC_RELATION_TYPES } from "../../domain/vocabulary.ts";
import { loadKnowledgeBase } from "../../kb/index.ts";
import type { KnowledgeBase } from "../../kb/types.ts";
import { segmentSentences } from "../segment.ts";
import { foldText } from "./fold.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { createGazetteer } from "./gazetteer.ts";
import { AREA_KINDS } from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, Finding, Mention } from "./model.ts";
import { EntityRegistry } from "./model.ts";
import { initialState, runPasses } from "./passes.ts";
import { isWater, STANCE_TYPES } from "./places.ts";

export const RULE_EXTRACTOR_VERSION = "0.1.0";

/** Which subject and object types each relation admits (ONTOLOGY.md); findings outside are dropped. */
export const SIGNATURES: Record<RelationType, [EntityType[], EntityType[]]> = {
  REPRESENTS: [["Person"], ["Country", "Organisation"]],
  MEMBER_OF: [["Person", "Country", "Organisation"], ["Organisation"]],
  LEADS: [
    ["Person", "Country", "Organisation"],
    ["Organisation", "Mission", "Event"],
  ],
  PARTICIPATES_IN: [
    ["Person", "Country", "Organisation"],
    ["Mission", "Event", "Organisation"],
  ],
  PROVIDES: [["Country", "Organisation"], ["Asset"]],
  // An asset serves in a mission, or in an exercise or another event ("HMS X will take part in
  // Exercise Y"): the real releases' gold reads both so (eleventh round).
  ASSIGNED_TO: [["Asset"], ["Mission", "Event"]],
  LOCATED_IN: [
    ["Location", "Asset", "Organisation", "Event"],
    ["Location", "Country"],
  ],
  OPERATES_IN: [
    ["Mission", "Asset", "Organisation", "Country"],
    ["Country", "Location"],
  ],
  HEADQUARTERED_IN: [["Mission", "Organisation"], ["Location"]],
  OPPOSES: [
    ["Person", "Country", "Organisation", "Mission", "Asset", "Event", "Location"],
    ["Organisation", "Mission", "Country"],
  ],
  SUPPORTS: [
    ["Person", "Country", "Organisation", "Mission", "Asset", "Event", "Location"],
    ["Person", "Country", "Organisation", "Mission", "Asset", "Event", "Location"],
  ],
  // Ships and contingents exercise and work with others ("RBNS X exercised with USS Y").
  COOPERATES_WITH: [
    ["Person", "Country", "Organisation", "Mission", "Asset"],
    ["Person", "Country", "Organisation", "Mission", "Asset"],
  ],
  // A ship in a strike group or a standing naval group, a brigade in its division ("USS Normandy
  // is part of the Ford Carrier Strike Group"): an asset is part of an organisation (the gold's
  // reading; seventh round).
  PART_OF: [
    ["Organisation", "Location", "Mission", "Asset"],
    ["Organisation", "Country", "Location", "Mission"],
  ],
};

export interface DetailedExtraction extends Extraction {
  /** The text the offsets index: title, blank line, body. */
  text: string;
}

/**
 * The built-in extractor: knowledge base dictionary, compounds, titles and quantity patterns for
 * entities; pattern rules with argument-type constraints for relations. Pure and deterministic:
 * the same article and knowledge base always give the same extraction.
 */
export function createRuleExtractor(kb: KnowledgeBase = loadKnowledgeBase()): Extractor & {
  extractDetailed(article: ArticleInput & { language: Language }): DetailedExtraction;
} {
  const gazetteer = createGazetteer(kb);
  const extractDetailed = (article: ArticleInput & { language: Language }) =>
    extractWith(gazetteer, article);
  return {
    name: `newsgraph-rules@${RULE_EXTRACTOR_VERSION}`,
    extract: (article) => {
      const { text: _text, ...extraction } = extractDetailed(article);
      return extraction;
    },
    extractDetailed,
  };
}

/** The text the passes read: title and body, folded, in sentences. */
export function documentOf(article: ArticleInput & { language: Language }): Doc {
  const text = articleText(article);
  return {
    text,
    folded: foldText(text),
    language: article.language,
    sentences: segmentSentences(text, article.language),
    titleEnd: article.title.length,
  };
}

export function extractWith(
  gazetteer: Gazetteer,
  article: ArticleInput & { language: Language },
): DetailedExtraction {
  const doc = documentOf(article);
  const { text } = doc;
  const registry = new EntityRegistry();
  // Every pass, in the order EXTRACTION_PASSES lists them (passes.ts).
  const { mentions, findings } = runPasses(doc, initialState(article, gazetteer, registry));
  return { language: article.language, text, ...assemble(doc, registry, mentions, findings) };
}

interface MergedRelation {
  relation: RelationAnnotation;
  /** The rules whose evidence is kept, by the start of the evidence sentence. */
  seen: Map<number, Set<string>>;
}

/** Whitespace that `replace(/\s+/g, " ")` would change: other than a space, or two in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

const NAME_WORD_PLACE = new Set(["sea", "region", "continent"]);
const PLACE_BEFORE =
  /(?:^|\s)(?:in|op|over|boven|of|van|near|bij|around|rond)\s+(?:the\s+|de\s+|het\s+)?$/u;

const OPPONENT_BEFORE = /(?:against|tegen|defeat|anti-|counter-|versus)\s*$/u;

export function assemble(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  findings: readonly Finding[],
): { entities: EntityAnnotation[]; relations: RelationAnnotation[] } {
  const mentioned = new Map<string, Mention[]>();
  for (const m of mentions.toArray().sort((a, b) => a.start - b.start || a.end - b.end)) {
    // The head of a longer name of the same type is part of that name, not a second entity:
    // "ministerie van Defensie" in "het Iraakse ministerie van Defensie".
    // Likewise a place inside a place's name ("Pacific" in "Indo-Pacific region") or any name
    // inside a place's name ("China" in "East China Sea"), and any name inside a person's name
    // ("Aden" in "Aden Duale", "Victoria" in "Crown Princess Victoria").
    if (
      m.nested &&
      mentions.overlapping(m.start, m.end).some(
        (o) =>
          !o.nested &&
          o !== m &&
          o.start <= m.start &&
          m.end <= o.end &&
          o.end - o.start > m.end - m.start &&
          (o.type === "Location" ||
            o.type === "Person" ||
            // An exercise's name inside a unit's ("Iron Wolf" in "Mechanised Infantry Brigade
            // Iron Wolf") is no exercise.
            ((o.type === "Organisation" || o.type === "Asset") && m.type === "Event") ||
            // A sea or region word in an operation's or exercise's name that does not say where
            // it is: "Atlantic" in "Operation Atlantic Resolve", "Arctic" in "Arctic Challenge
            // Exercise" (but "Operation in the Baltic Sea" is a place); likewise in a body's
            // name: "Mediterranean" in "Mediterranean Dialogue" (thirteenth round).
            ((o.type === "Mission" || o.type === "Event" || o.type === "Organisation") &&
              m.type === "Location" &&
              NAME_WORD_PLACE.has(registry.get(m.key)?.kb?.kind ?? "") &&
              !PLACE_BEFORE.test(doc.folded.slice(o.start, m.start))) ||
            (o.type === m.type &&
              o.end === m.end &&
              // "Coalition to Defeat ISIS", "coalitie tegen IS": the opponent is named, not a head.
              !OPPONENT_BEFORE.test(doc.folded.slice(o.start, m.start)))),
      )
    )
      continue;
    const list = mentioned.get(m.key) ?? [];
    list.push(m);
    mentioned.set(m.key, list);
  }
  const entities: EntityAnnotation[] = [];
  const nameOf = new Map<string, string>();
  for (const [key, list] of mentioned) {
    const record = registry.get(key)!;
    const aliases = new Set<string>(record.aliases);
    for (const m of list) {
      if (m.via === "anaphor") continue;
      const surface = doc.text.slice(m.start, m.end);
      // Whitespace runs become one space; most names have none to change.
      aliases.add(ODD_SPACE.test(surface) ? surface.replace(/\s+/g, " ") : surface);
    }
    aliases.delete(record.name);
    const entity: EntityAnnotation = {
      type: record.type,
      name: record.name,
      aliases: [...aliases].sort(),
      mentions: list.map((m) => ({ start: m.start, end: m.end })),
    };
    if (record.wikidataId) entity.wikidataId = record.wikidataId;
    if (Object.keys(record.properties).length > 0) entity.properties = { ...record.properties };
    entities.push(entity);
    nameOf.set(key, record.name);
  }
  entities.sort((a, b) => a.mentions![0]!.start - b.mentions![0]!.start);

  // Relations by type, then by their two ends: names are the registry's own strings, so looking
  // them up hashes nothing new (a joined "type|a|b" key is built and hashed per finding).
  const merged = new Map<RelationType, Map<string, Map<string, MergedRelation>>>();
  const relationList: RelationAnnotation[] = [];
  const organisationsTakingPart = new Set<RelationAnnotation>();
  for (const f of findings) {
    const source = registry.get(f.source);
    const target = registry.get(f.target);
    if (!source || !target || f.source === f.target) continue;
    if (!mentioned.has(f.source) || !mentioned.has(f.target)) continue;
    // An asset works over an area but sits at a place: "naar Gao" is where it is based.
    const type: RelationType =
      f.type === "OPERATES_IN" &&
      source.type === "Asset" &&
      target.type === "Location" &&
      // A region the text names ("northern Europe", places.ts) is an area too.
      !AREA_KINDS.has(String(target.kb?.kind ?? target.properties.kind ?? ""))
        ? "LOCATED_IN"
        : f.type;
    const [subjects, objects] = SIGNATURES[type];
    if (!subjects.includes(source.type) || !objects.includes(target.type)) continue;
    // A sea is no party: "support a free and open Pacific" backs nobody (places.ts).
    if (STANCE_TYPES.has(type) && (isWater(source.kb?.kind) || isWater(target.kb?.kind))) continue;
    // Aircraft that "support the mission" serve in it (ASSIGNED_TO) or take part in the exercise:
    // an asset takes no stance towards a mission or an event.
    if (
      type === "SUPPORTS" &&
      source.type === "Asset" &&
      (target.type === "Mission" || target.type === "Event")
    )
      continue;
    let [a, b] = [source.name, target.name];
    if (SYMMETRIC_RELATION_TYPES.has(type) && b < a) [a, b] = [b, a];
    let byType = merged.get(type);
    if (!byType) {
      byType = new Map();
      merged.set(type, byType);
    }
    let bySource = byType.get(a);
    if (!bySource) {
      bySource = new Map();
      byType.set(a, bySource);
    }
    const sentence = doc.sentences[f.sentence];
    const evidence = sentence
      ? {
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          rule: f.rule,
          confidence: f.confidence,
        }
      : undefined;
    const existing = bySource.get(b);
    if (existing) {
      const { relation } = existing;
      relation.confidence = Math.max(relation.confidence ?? 0, f.confidence);
      // Evidence already kept, by sentence start and rule (a set: a relation stated in every
      // paragraph of a long text must not cost a scan of its evidence per finding).
      if (evidence) {
        let rules = existing.seen.get(evidence.start);
        if (!rules) {
          rules = new Set();
          existing.seen.set(evidence.start, rules);
        }
        if (!rules.has(evidence.rule)) {
          rules.add(evidence.rule);
          relation.evidence!.push(evidence);
        }
      }
      if (f.properties)
        relation.properties = { ...f.properties, ...relation.properties } as Properties;
      continue;
    }
    const relation: RelationAnnotation = {
      type,
      source: a,
      target: b,
      confidence: f.confidence,
      evidence: evidence ? [evidence] : [],
    };
    if (f.properties && Object.keys(f.properties).length > 0)
      relation.properties = { ...f.properties };
    const seen = new Map<number, Set<string>>();
    if (evidence) seen.set(evidence.start, new Set<string>().add(evidence.rule));
    bySource.set(b, { relation, seen });
    relationList.push(relation);
    if (type === "PARTICIPATES_IN" && source.type === "Organisation")
      organisationsTakingPart.add(relation);
  }
  // An organisation leads its own mission or group, it does not take part in it: "NATO's Eastern
  // Sentry", "Standing NATO Maritime Group 1 (part of NATO)" (a state may do both).
  const leads = merged.get("LEADS");
  const partOf = merged.get("PART_OF");
  const kept =
    organisationsTakingPart.size === 0
      ? relationList
      : relationList.filter(
          (r) =>
            !organisationsTakingPart.has(r) ||
            !(leads?.get(r.source)?.has(r.target) || partOf?.get(r.target)?.has(r.source)),
        );
  const relations = kept.sort(
    (x, y) =>
      (x.evidence?.[0]?.start ?? 0) - (y.evidence?.[0]?.start ?? 0) ||
      compare(x.type, y.type) ||
      compare(x.source, y.source) ||
      compare(x.target, y.target),
  );
  return { entities, relations };
}

/** Code-unit order: deterministic and far cheaper than locale collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
