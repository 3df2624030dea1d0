import type { EntityAnnotation, RelationAnnotation } from "../../../../src/domain/article.ts";
import type { Language } from "../../../../src/domain/vocabulary.ts";
import { createRuleExtractor } from "../../../../src/ingest/extract/rule-extractor.ts";
import { loadKnowledgeBase } from "../../../../src/kb/index.ts";
import { createTestKnowledgeBase } from "./kb.ts";

const extractor = createRuleExtractor(createTestKnowledgeBase());
/** The shipped knowledge base, for rules that read its states, navies and frames (built once). */
let shipped: ReturnType<typeof createRuleExtractor> | undefined;

export interface Result {
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
  text: string;
  /** "SOURCE -TYPE-> TARGET" for every relation. */
  triples: string[];
  /** "Type:Name" for every entity. */
  names: string[];
  entity(name: string): EntityAnnotation | undefined;
  relation(triple: string): RelationAnnotation | undefined;
  has(source: string, type: string, target: string): boolean;
  /** COOPERATES_WITH is symmetric: either direction. */
  cooperate(a: string, b: string): boolean;
}

export function extract(body: string, language: Language, title = "Bericht"): Result {
  return resultOf(extractor.extractDetailed({ title, body, language }));
}

/** As `extract`, with the shipped knowledge base instead of the small test one. */
export function extractShipped(body: string, language: Language, title = "Bericht"): Result {
  return resultOf(shippedExtractor().extractDetailed({ title, body, language }));
}

export function shippedExtractor(): ReturnType<typeof createRuleExtractor> {
  shipped ??= createRuleExtractor(loadKnowledgeBase());
  return shipped;
}

function resultOf(out: {
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
  text: string;
}): Result {
  const triples = out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  return {
    entities: out.entities,
    relations: out.relations,
    text: out.text,
    triples,
    names: out.entities.map((e) => `${e.type}:${e.name}`),
    entity: (name) => out.entities.find((e) => e.name === name),
    relation: (triple) => out.relations[triples.indexOf(triple)],
    has: (source, type, target) =>
      out.relations.some((r) => r.source === source && r.type === type && r.target === target),
    cooperate: (a, b) =>
      out.relations.some(
        (r) =>
          r.type === "COOPERATES_WITH" &&
          ((r.source === a && r.target === b) || (r.source === b && r.target === a)),
      ),
  };
}
