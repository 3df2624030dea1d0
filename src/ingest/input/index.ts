export { parseHtml } from "./html.ts";
export { isLanguage } from "./language-field.ts";
export { parseMarkdown } from "./markdown.ts";
export { parsePlainText, splitSourceLine } from "./plain-text.ts";
export { type ArticleRead, articleFromJson, readArticleInputs } from "./read.ts";
export { isSidecarFile, SIDECAR_NAME, withSidecar } from "./sidecar.ts";
