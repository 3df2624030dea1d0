export { createDefaultExtractor } from "./default.ts";
export { OUTPUT_FORMATS, type OutputFormat } from "./output-format.ts";
export { createRuleExtractor, PATTERN_RULES, RULE_EXTRACTOR_VERSION } from "./rule-extractor.ts";
export {
  type ExtractedArticle,
  extractRead,
  outputBaseName,
  resolveLanguage,
  toAnnotatedArticle,
  toGoldFormat,
} from "./run.ts";
