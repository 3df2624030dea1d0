/**
 * XML text for the hand-written GEXF and GraphML writers. Names come from news articles, so any
 * character can appear; XML 1.0 cannot carry most control characters even escaped, so those are
 * dropped rather than producing a file no parser accepts.
 */

// Characters XML 1.0 forbids, plus unpaired UTF-16 surrogates (not valid Unicode scalars).
const INVALID_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // In attribute values a literal tab or newline would be normalised to a space by parsers.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Without the characters XML cannot carry; for text that is encoded further before escaping. */
export function xmlSafeText(value: string): string {
  return value.replace(INVALID_XML, "");
}

/** Escaped for both element text and double-quoted attribute values. */
export function escapeXml(value: string): string {
  return xmlSafeText(value).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
