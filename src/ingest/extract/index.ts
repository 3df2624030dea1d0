export { createDefaultExtractor } from "./default.ts";
export { patternRulesFor } from "./relations/frames.ts";
export { createRuleExtractor, RULE_EXTRACTOR_VERSION } from "./rule-extractor.ts";
export {
  type ExtractedArticle,
  extractRead,
  outputBaseName,
  resolveLanguage,
  toGoldFormat,
} from "./run.ts";
