export { createDefaultExtractor } from "./default.ts";
export { createRuleExtractor, PATTERN_RULES, RULE_EXTRACTOR_VERSION } from "./rule-extractor.ts";
export {
  type ExtractedArticle,
  extractRead,
  outputBaseName,
  resolveLanguage,
  toGoldFormat,
} from "./run.ts";
