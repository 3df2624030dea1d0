import type { Extractor } from "../../domain/article.ts";

/**
 * The extractors whose output ingest does not validate again: the built-in rules
 * (createDefaultExtractor). Their output is built by this code from the knowledge base and the
 * article's text, already checked, and test/unit/extract/built-in-output.test.ts checks that the
 * annotated-article validator accepts it unchanged on every committed article set; validating it
 * again in every worker proved nothing at run time and cost about 0.3–0.9 ms of CPU per article.
 * Any other extractor (docs/extraction.md, "Plugging in another extractor") is validated as an
 * annotated article, so its bad output is refused with the validator's message.
 */
const builtIn = new WeakSet<Extractor>();

/** Marks `extractor` as built in; returns it. */
export function markBuiltIn<E extends Extractor>(extractor: E): E {
  builtIn.add(extractor);
  return extractor;
}

export function isBuiltIn(extractor: Extractor): boolean {
  return builtIn.has(extractor);
}
