import { fileURLToPath } from "node:url";
import type { Extractor } from "../domain/article.ts";
import type { ArticleRepository } from "../graph/article-repository.ts";
import { createDefaultExtractor } from "./extract/default.ts";
import { extractRead } from "./extract/run.ts";
import { type IngestResult, ingestAnnotated } from "./ingest.ts";
import { readArticleInputs } from "./input/index.ts";

/** The sample articles shipped with the repository (public government texts). */
export const SAMPLES_DIR = fileURLToPath(new URL("../../data/samples/", import.meta.url));

/**
 * Loads the sample articles from their text, through the same extractor and write path as
 * `newsgraph ingest`, so a fresh `npm start` shows what extraction makes of real news.
 */
export async function loadSampleArticles(
  repo: ArticleRepository,
  options: { dir?: string; extractor?: Extractor } = {},
): Promise<IngestResult[]> {
  const extractor = options.extractor ?? createDefaultExtractor();
  const results: IngestResult[] = [];
  for await (const read of readArticleInputs([options.dir ?? SAMPLES_DIR])) {
    const extracted = await extractRead(extractor, read);
    if ("error" in extracted) throw new Error(`${read.file}: ${extracted.error}`);
    results.push(
      await ingestAnnotated(
        repo,
        {
          article: { ...extracted.article, id: extracted.article.id ?? read.id },
          extractor: extracted.extractor,
          entities: extracted.extraction.entities,
          relations: extracted.extraction.relations,
        },
        { file: read.file },
      ),
    );
  }
  return results;
}
