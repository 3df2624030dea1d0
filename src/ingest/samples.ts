import { fileURLToPath } from "node:url";
import type { ArticleRepository } from "../graph/article-repository.ts";
import { type IngestResult, ingestMany, readInputs } from "./ingest.ts";
import type { IngestWork } from "./work.ts";

/** The sample articles shipped with the repository (public government texts). */
export const SAMPLES_DIR = fileURLToPath(new URL("../../data/samples/", import.meta.url));

/**
 * Loads the sample articles from their text, through the same path as `newsgraph ingest`
 * (ingestMany), so a fresh `npm start` shows what extraction makes of real news.
 */
export async function loadSampleArticles(
  repo: ArticleRepository,
  options: { dir?: string; work?: IngestWork } = {},
): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for await (const outcome of ingestMany(repo, readInputs([options.dir ?? SAMPLES_DIR]), {
    ...(options.work ? { work: options.work } : {}),
  })) {
    if (outcome.status === "failed") throw outcome.error;
    if (outcome.status !== "planned") results.push(outcome.result);
  }
  return results;
}
