import type { Extractor } from "../domain/article.ts";
import { createDefaultExtractor } from "./extract/default.ts";
import { resolveLanguage } from "./extract/run.ts";
import { articleFromJson, readArticleInputs } from "./input/read.ts";
import { type IngestTask, type PlainArticleTools, prepareTask, toWire } from "./work.ts";

/**
 * The worker threads' side of src/ingest/pool.ts for plain articles: reading, language detection,
 * extraction, then validation and planning as src/ingest/worker.ts does them. A thread loads this
 * module (and builds the default extractor, with its knowledge base) on its first plain article.
 */

let extractor: Extractor | undefined;
const loadExtractor = () => {
  extractor ??= createDefaultExtractor();
  return extractor;
};

const tools: PlainArticleTools = { articleFromJson, readArticleInputs, resolveLanguage };

export default async function handle(task: IngestTask): Promise<unknown> {
  return toWire(await prepareTask(task, loadExtractor, () => tools));
}
