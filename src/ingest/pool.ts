import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import type { WritePlan } from "../graph/article-write.ts";
import { fromWire, type IngestTask, type IngestWork, type PreparedWire } from "./work.ts";
import type { WorkerMessage } from "./worker.ts";

/**
 * IngestWork in worker threads (piscina): extraction, annotated-article validation and planning
 * run off the event loop, so the API keeps answering while a large article is extracted, and the
 * CLI extracts the next articles while the current batch is written.
 *
 * The worker is src/ingest/worker.ts. Run from the TypeScript sources (tsx, vitest) the threads
 * load it through tsx's loader; run from compiled JavaScript they load the compiled worker.js
 * beside this file, without tsx.
 */

export interface PoolOptions {
  /** Worker threads. @default one less than the cores, at least 1 */
  threads?: number;
  /** Idle threads exit after this long (and no longer keep the process alive). @default 30 s */
  idleTimeoutMs?: number;
}

export function createWorkerPool(options: PoolOptions = {}): IngestWork & {
  readonly threads: number;
  /** The thread id a task runs on (tests check that work leaves the main thread). */
  threadId(): Promise<number>;
} {
  const threads = Math.max(1, options.threads ?? availableParallelism() - 1);
  const compiled = import.meta.url.endsWith(".js");
  const module = (name: string) =>
    fileURLToPath(new URL(`./${name}${compiled ? ".js" : ".ts"}`, import.meta.url));
  // Two modules, loaded by a thread when it first needs them: validation alone starts quickly;
  // extraction brings the readers and the knowledge base.
  const validation = module("worker");
  const extraction = module("extract-worker");
  const execArgv = compiled
    ? []
    : ["--import", pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href];
  const pool = new Piscina({
    filename: validation,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    execArgv,
  });
  const run = <T>(message: WorkerMessage) => pool.run(message) as Promise<T>;
  return {
    threads,
    prepare: async (task: IngestTask) =>
      fromWire(
        task.kind === "plain"
          ? ((await pool.run(task, { filename: extraction })) as PreparedWire)
          : await run<PreparedWire>({ op: "prepare", task }),
      ),
    plan: (docJson: string, redirects: ReadonlyMap<string, string>) =>
      run<WritePlan>({ op: "plan", docJson, redirects: [...redirects] }),
    threadId: () => run<number>({ op: "thread" }),
    close: () => pool.destroy(),
  };
}

/**
 * The pool, or the calling thread when `threads` is 0 (NEWSGRAPH_WORKERS=0). With
 * `annotatedInline` only plain articles (extraction) go to the pool; annotated ones are validated
 * and planned on the calling thread, where a batch job such as the CLI loses nothing by it and
 * saves copying every article to a thread and its plan back (less memory, no slower). A server
 * keeps both in the pool, so a large annotated article never holds up its event loop.
 */
export async function createIngestWork(
  threads: number,
  options: { annotatedInline?: boolean } = {},
): Promise<IngestWork> {
  const { createInlineWork } = await import("./work.ts");
  const inline = createInlineWork();
  if (threads === 0) return inline;
  const pool = createWorkerPool({ threads });
  if (!options.annotatedInline) return pool;
  return {
    prepare: (task) => (task.kind === "annotated" ? inline : pool).prepare(task),
    plan: (docJson, redirects) => inline.plan(docJson, redirects),
    close: () => pool.close(),
  };
}
