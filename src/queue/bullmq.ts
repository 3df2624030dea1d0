import { Job, Queue } from "bullmq";
import type { IngestResult } from "../ingest/ingest.ts";
import type { IngestJobData, IngestJobInfo, IngestJobState, IngestQueue } from "./index.ts";

/** The one queue every API replica, CLI and worker of a graph shares. */
export const INGEST_QUEUE_NAME = "ingest";

export interface QueueOptions {
  url: string;
  /** Key prefix in Redis (NEWSGRAPH_REDIS_PREFIX). */
  prefix: string;
  /** Tries of a job (transient errors only are retried). */
  attempts: number;
}

/** Retries wait 1 s, 2 s, 4 s, … : long enough for a lock holder or a leader election. */
export const RETRY_BACKOFF = { type: "exponential", delay: 1_000 } as const;

/**
 * The ingest queue on BullMQ. Finished jobs are kept a day (completed) and a week (failed, the
 * dead letter) so `ingestJob(id)` can still tell what happened; then Redis forgets them.
 */
export function createIngestQueue(options: QueueOptions): IngestQueue {
  const queue = new Queue<IngestJobData, IngestResult>(INGEST_QUEUE_NAME, {
    connection: { url: options.url },
    prefix: options.prefix,
    defaultJobOptions: {
      attempts: options.attempts,
      backoff: RETRY_BACKOFF,
      removeOnComplete: { age: 24 * 3600, count: 100_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
  return {
    async enqueue(jobs) {
      const added = await queue.addBulk(jobs.map((data) => ({ name: "article", data })));
      return added.map((job) => String(job.id));
    },
    async job(id) {
      // The state first, then the data: a job that completes in between still has its result
      // in the data read after (the other order could see "completed" without a result).
      const state = (await queue.getJobState(id)) as IngestJobState;
      const job = await Job.fromId<IngestJobData, IngestResult>(queue, id);
      return job ? describe(job, state) : null;
    },
    async counts() {
      const c = await queue.getJobCounts("waiting", "delayed", "active", "completed", "failed");
      return {
        waiting: c.waiting ?? 0,
        delayed: c.delayed ?? 0,
        active: c.active ?? 0,
        completed: c.completed ?? 0,
        failed: c.failed ?? 0,
      };
    },
    close: () => queue.close(),
  };
}

function describe(job: Job<IngestJobData, IngestResult>, state: IngestJobState): IngestJobInfo {
  return {
    id: String(job.id),
    state,
    attempts: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    file: job.data.file,
    line: job.data.line,
    result: state === "completed" ? job.returnvalue : undefined,
    error: job.failedReason || undefined,
  };
}
