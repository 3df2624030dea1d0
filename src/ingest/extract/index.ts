export { createDefaultExtractor } from "./default.ts";
export { OUTPUT_FORMATS, type OutputFormat } from "./output-format.ts";
export { patternRulesFor } from "./relations/frames.ts";
export { createRuleExtractor, RULE_EXTRACTOR_VERSION } from "./rule-extractor.ts";
export {
  type ExtractedArticle,
  extractRead,
  outputBaseName,
  resolveLanguage,
  toAnnotatedArticle,
  toGoldFormat,
} from "./run.ts";
