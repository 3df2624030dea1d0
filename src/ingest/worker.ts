import { threadId } from "node:worker_threads";
import type { AnnotatedArticle } from "../domain/article.ts";
import { planArticle } from "./plan.ts";
import { type IngestTask, prepareTask, toWire } from "./work.ts";

/**
 * The worker threads' side of src/ingest/pool.ts for annotated articles: validation and planning,
 * one message in, one answer out. It imports only what that needs, so a thread starts quickly;
 * plain articles go to src/ingest/extract-worker.ts, which loads the readers and the extractor.
 */

export type WorkerMessage =
  | { op: "prepare"; task: IngestTask }
  | { op: "plan"; docJson: string; redirects: [string, string][] }
  | { op: "thread" };

const noExtractor = (): never => {
  throw new Error("plain articles are prepared by extract-worker.ts");
};

export default async function handle(message: WorkerMessage): Promise<unknown> {
  switch (message.op) {
    case "prepare":
      return toWire(await prepareTask(message.task, noExtractor, noExtractor));
    case "plan":
      return planArticle(JSON.parse(message.docJson) as AnnotatedArticle, {
        redirects: new Map(message.redirects),
      });
    case "thread":
      return threadId;
  }
}
