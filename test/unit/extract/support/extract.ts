import type { EntityAnnotation, RelationAnnotation } from "../../../../src/domain/article.ts";
import type { Language } from "../../../../src/domain/vocabulary.ts";
import { createRuleExtractor } from "../../../../src/ingest/extract/rule-extractor.ts";
import { createTestKnowledgeBase } from "./kb.ts";

const extractor = createRuleExtractor(createTestKnowledgeBase());

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
}

export function extract(body: string, language: Language, title = "Bericht"): Result {
  const out = extractor.extractDetailed({ title, body, language });
  const triples = out.relations.map((r) => `${r.source} -${r.type}-> ${r.target}`);
  return {
    entities: out.entities,
    relations: out.relations,
    text: out.text,
    triples,
    names: out.entities.map((e) => `${e.type}:${e.name}`),
    entity: (name) => out.entities.find((e) => e.name === name),
    relation: (triple) => out.relations[triples.indexOf(triple)],
  };
}
