import type { AnnotatedArticle, ArticleInput, Extraction, Extractor } from "../domain/article.ts";
import type { ReadyArticle } from "./extract/run.ts";

/**
 * The annotated article (docs/ingest-format.md) of an article and what an extractor found in it:
 * the one place that builds it, for the API's `ingestArticle(article:)`, a queue worker and
 * `extract` (its default output, which `ingest` loads as is).
 */
export function annotatedArticle(
  article: ArticleInput,
  extractor: string,
  extraction: Extraction,
): AnnotatedArticle {
  return {
    article,
    extractor,
    entities: extraction.entities,
    relations: extraction.relations,
  };
}

/**
 * A plain article (its language resolved) made into an annotated one by an extractor: what the
 * API's `ingestArticle(article:)` and a queue worker hand to `ingestAnnotated`.
 */
export async function annotate(
  extractor: Extractor,
  article: ReadyArticle,
): Promise<AnnotatedArticle> {
  return annotatedArticle(article, extractor.name, await extractor.extract(article));
}
