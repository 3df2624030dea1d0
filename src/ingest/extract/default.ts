import type { Extractor } from "../../domain/article.ts";
import { loadKnowledgeBase } from "../../kb/index.ts";
import type { KnowledgeBase } from "../../kb/types.ts";
import { markBuiltIn } from "./built-in.ts";
import { createRuleExtractor } from "./rule-extractor.ts";

/** The default extractor: the built-in rules over the shipped knowledge base (plus NEWSGRAPH_KB_DIR). */
export function createDefaultExtractor(kb: KnowledgeBase = loadKnowledgeBase()): Extractor {
  return markBuiltIn(createRuleExtractor(kb));
}
