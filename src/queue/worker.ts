import { type Job, UnrecoverableError, Worker } from "bullmq";
import { announceIngest, type GraphBus } from "../bus/index.ts";
import { createArticleRepository } from "../graph/article-repository.ts";
import type { GraphExecutor } from "../graph/executor.ts";
import { isTransientGraphError } from "../graph/transient.ts";
import { IngestError, type IngestResult, ingestTask } from "../ingest/ingest.ts";
import type { IngestWork } from "../ingest/work.ts";
import { INGEST_QUEUE_NAME } from "./bullmq.ts";
import type { IngestJobData } from "./index.ts";

export interface IngestWorkerOptions {
  url: string;
  prefix: string;
  executor: GraphExecutor;
  /** Announces each written article (subscriptions, cache invalidation in every process). */
  bus: GraphBus;
  /** Jobs run at a time in this process. */
  concurrency: number;
  /** Where extraction and validation run (the worker pool of src/ingest/pool.ts). */
  work: IngestWork;
  /** Largest article text accepted (NEWSGRAPH_MAX_ARTICLE_BYTES). @default 1 MB */
  maxArticleBytes?: number;
  /**
   * How long a job's lock lasts without renewal: a worker that dies (SIGKILL, lost machine)
   * leaves its jobs locked this long before another worker takes them again. @default 30000
   */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose lock expired. @default 30000 */
  stalledIntervalMs?: number;
  /** Told about every finished or failed try (the CLI prints it). */
  onJob?: (event: WorkerEvent) => void;
  /** Told about errors outside a job (Redis connection lost …); the worker keeps trying. */
  onError?: (error: Error) => void;
}

export type WorkerEvent =
  | { id: string; status: "completed"; result: IngestResult }
  | { id: string; status: "failed"; error: string; willRetry: boolean };

export interface IngestWorker {
  /** Resolves when the worker is connected and taking jobs. */
  ready(): Promise<void>;
  /** Finishes the jobs in hand (not taking new ones), then disconnects. */
  close(): Promise<void>;
}

/**
 * `newsgraph worker`: takes ingest jobs from the queue and writes each with the same use case as
 * a direct ingest (`ingestTask`, one transaction per article; MERGE under the uniqueness
 * constraints, so two workers never duplicate a node). Bad input fails the job at once with the
 * message a direct ingest gives (the dead letter: `failed`, no retry); transient failures
 * (deadlocks, lock or transaction timeouts, Neo4j unreachable) are retried with backoff. A job
 * whose worker dies is taken again once its lock expires; re-ingesting an article that was in fact
 * written finds it unchanged, so nothing is lost or written twice.
 */
export function createIngestWorker(options: IngestWorkerOptions): IngestWorker {
  const repo = createArticleRepository(options.executor);
  const process = async (job: Job<IngestJobData, IngestResult>): Promise<IngestResult> => {
    const where = {
      ...(job.data.file ? { file: job.data.file } : {}),
      ...(job.data.line ? { line: job.data.line } : {}),
    };
    try {
      const result = await ingestTask(
        repo,
        { ...job.data, ...where },
        {
          work: options.work,
          ...(options.maxArticleBytes ? { maxArticleBytes: options.maxArticleBytes } : {}),
        },
      );
      // The event (the result and when it was written) is the job's result.
      return await announceIngest(options.bus, result);
    } catch (error) {
      if (error instanceof IngestError && !isTransientGraphError(error)) {
        // The dead letter: the same message as a direct ingest, and no retry.
        throw new UnrecoverableError(error.message);
      }
      throw error;
    }
  };
  const worker = new Worker<IngestJobData, IngestResult>(INGEST_QUEUE_NAME, process, {
    connection: { url: options.url, maxRetriesPerRequest: null },
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    // A job may lose its worker twice (two crashes) before it is failed as stalled.
    maxStalledCount: 2,
    autorun: true,
  });
  worker.on("completed", (job, result) => {
    options.onJob?.({ id: String(job.id), status: "completed", result });
  });
  worker.on("failed", (job, error) => {
    if (!job) return;
    const willRetry =
      !(error instanceof UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1);
    options.onJob?.({ id: String(job.id), status: "failed", error: error.message, willRetry });
  });
  // Connection errors are retried by the worker itself; without a listener Node would throw.
  worker.on("error", (error) => options.onError?.(error));
  return {
    ready: () => worker.waitUntilReady().then(() => undefined),
    close: () => worker.close(),
  };
}
