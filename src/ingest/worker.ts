import { threadId } from "node:worker_threads";
import type { AnnotatedArticle, Extractor } from "../domain/article.ts";
import { createDefaultExtractor } from "./extract/default.ts";
import { resolveLanguage } from "./extract/run.ts";
import { articleFromJson, readArticleInputs } from "./input/read.ts";
import { planArticle } from "./plan.ts";
import { type IngestTask, type PlainArticleTools, prepareTask } from "./work.ts";

/**
 * The worker threads' side of src/ingest/pool.ts: one message in, one answer out. The default
 * extractor (and its knowledge base) loads once per thread, on its first plain article.
 */

export type WorkerMessage =
  | { op: "prepare"; task: IngestTask }
  | { op: "plan"; docJson: string; redirects: [string, string][] }
  | { op: "thread" };

// Built on the first plain article: a thread that only validates annotated articles never loads
// the knowledge base. (Modules are imported statically: run from the TypeScript sources, a worker
// thread's dynamic import() does not go through tsx.)
let extractor: Extractor | undefined;
const loadExtractor = () => {
  extractor ??= createDefaultExtractor();
  return extractor;
};

const tools: PlainArticleTools = { articleFromJson, readArticleInputs, resolveLanguage };

export default async function handle(message: WorkerMessage): Promise<unknown> {
  switch (message.op) {
    case "prepare":
      return prepareTask(message.task, loadExtractor, () => tools);
    case "plan":
      return planArticle(JSON.parse(message.docJson) as AnnotatedArticle, {
        redirects: new Map(message.redirects),
      });
    case "thread":
      return threadId;
  }
}
