import type { Extractor } from "../../domain/article.ts";
import type { KnowledgeBase } from "../../kb/types.ts";
import { createRuleExtractor } from "./rule-extractor.ts";

/** The shipped knowledge base; loaded lazily so commands that do not extract stay fast. */
export async function loadDefaultKnowledgeBase(): Promise<KnowledgeBase> {
  // Resolved at run time: src/kb/index.ts is written alongside this module.
  const specifier = "../../kb/index.ts";
  const kbModule = (await import(specifier)) as {
    loadKnowledgeBase(): KnowledgeBase | Promise<KnowledgeBase>;
  };
  return kbModule.loadKnowledgeBase();
}

/** The default extractor: the built-in rules over the shipped knowledge base. */
export async function createDefaultExtractor(kb?: KnowledgeBase): Promise<Extractor> {
  return createRuleExtractor(kb ?? (await loadDefaultKnowledgeBase()));
}
