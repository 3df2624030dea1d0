/**
 * How long each stored string may be, in characters (UTF-16 code units, as JavaScript and
 * GraphQL count them), and which characters it may hold. Neo4j refuses an indexed property of
 * more than about 8 KB with an error that names its indexes; these limits keep every value far
 * below that, so input is refused here, with a message naming the field, and never by Neo4j.
 * The annotated-article schema (src/ingest/annotated-schema.ts) applies them to everything an
 * ingest writes; the entity mutations (src/graph/entity-repository.ts) to names and aliases.
 */
export const TEXT_LIMITS = {
  articleId: 200,
  title: 1_000,
  source: 200,
  url: 2_000,
  /** Entity names and aliases. */
  name: 200,
  extractor: 100,
  rule: 200,
  sentence: 5_000,
  /** String values in an entity's or relation's `properties`. */
  propertyValue: 1_000,
} as const;

/**
 * A name's slug (the part of its id) may grow under Unicode normalisation (one ligature can
 * become 18 letters); the id is indexed, so its length is checked too.
 */
export const MAX_SLUG_LENGTH = 300;

/** URL schemes an article may link to; `javascript:`, `data:` and the like are refused. */
export const URL_SCHEMES = ["http:", "https:"] as const;

/**
 * The first C0 control character or DEL in `value` (its index), or -1. Single-line fields take
 * none; in running text (an article body, a sentence) tab, line breaks and form feeds are text.
 */
function controlIndex(value: string, multiline: boolean): number {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x1f && code !== 0x7f) continue;
    if (multiline && code >= 0x09 && code <= 0x0d) continue;
    return i;
  }
  return -1;
}

const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * What is wrong with a string to be stored, or undefined: too long (naming the limit), or a
 * control character (naming it and where). `multiline` allows tab, line breaks and form feeds.
 */
export function textProblem(
  value: string,
  max: number | undefined,
  options: { multiline?: boolean } = {},
): string | undefined {
  if (max !== undefined && value.length > max) {
    return `is ${value.length} characters long; the limit is ${max}`;
  }
  const at = controlIndex(value, options.multiline ?? false);
  if (at >= 0) {
    return `must not contain control characters (${codePoint(value.charCodeAt(at))} at position ${at})`;
  }
  return undefined;
}

/** Whether a URL uses a scheme articles may link to (one that does not parse is not judged). */
export function urlSchemeProblem(value: string): string | undefined {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return undefined;
  }
  return (URL_SCHEMES as readonly string[]).includes(protocol)
    ? undefined
    : `must be an http or https URL, not ${protocol}`;
}
