import type { ArticleInput } from "../domain/article.ts";
import type { Language } from "../domain/vocabulary.ts";
import type { IngestResult } from "../ingest/ingest.ts";

/**
 * The ingest queue (BullMQ on the bus's Redis): the API and the CLI enqueue articles, `newsgraph
 * worker` processes write them with the same use case as a direct ingest (`ingestTask`).
 * src/queue/bullmq.ts is the implementation; src/queue/worker.ts the worker.
 */

/** One article to ingest: annotated JSON (validated by the worker) or a plain article to extract. */
export type IngestJobData = (
  | { kind: "annotated"; value: unknown }
  | { kind: "plain"; article: ArticleInput; language?: Language }
) & {
  /** Where it came from, for messages ("file.jsonl:3"). */
  file?: string;
  line?: number;
};

/** BullMQ's states of a job; `failed` is the dead letter (bad input, or retries exhausted). */
export type IngestJobState =
  | "waiting"
  | "delayed"
  | "active"
  | "completed"
  | "failed"
  | "prioritized"
  | "waiting-children"
  | "unknown";

export interface IngestJobInfo {
  id: string;
  state: IngestJobState;
  /** Tries made so far, and how many are allowed. */
  attempts: number;
  maxAttempts: number;
  file: string | undefined;
  line: number | undefined;
  /** What the ingest wrote, once completed. */
  result: IngestResult | undefined;
  /** Why it failed (the same message as a direct ingest), once failed or while retrying. */
  error: string | undefined;
}

export interface IngestQueue {
  /** Adds the articles in order; returns their job ids. */
  enqueue(jobs: readonly IngestJobData[]): Promise<string[]>;
  /** A job's state, result or error; null when no job has that id (or it was removed). */
  job(id: string): Promise<IngestJobInfo | null>;
  /** How many jobs are in each state (for /metrics and the CLI). */
  counts(): Promise<Record<"waiting" | "delayed" | "active" | "completed" | "failed", number>>;
  close(): Promise<void>;
}
