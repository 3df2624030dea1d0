import type { AnnotatedArticle, Extractor } from "../domain/article.ts";
import type { ReadyArticle } from "./extract/run.ts";

/**
 * A plain article (its language resolved) made into an annotated one by an extractor: what the
 * API's `ingestArticle(article:)` and a queue worker hand to `ingestAnnotated`.
 */
export async function annotate(
  extractor: Extractor,
  article: ReadyArticle,
): Promise<AnnotatedArticle> {
  const extraction = await extractor.extract(article);
  return {
    article,
    extractor: extractor.name,
    entities: extraction.entities,
    relations: extraction.relations,
  };
}
