import type { AnnotatedArticle, ArticleInput, Extraction } from "../domain/article.ts";

/**
 * The annotated article (docs/ingest-format.md) of an article and what an extractor found in it:
 * the one place that builds it, for every ingest of a plain article (src/ingest/work.ts: the CLI,
 * the API's `ingestArticle(article:)`, queue workers, sample loading) and for `extract` (its
 * default output, which `ingest` loads as is).
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
