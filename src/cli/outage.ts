import { NewsgraphError } from "../domain/errors.ts";

/** The CLI waited as long as it was told to and Neo4j did not come back. */
export class OutageError extends Error {
  override name = "OutageError";
}

export interface OutageOptions {
  /** How long one outage is waited out (config NEWSGRAPH_INGEST_OUTAGE_RETRY_MS). */
  retryMs: number;
  /** Where the outage and the recovery are reported (stderr). */
  log: (line: string) => void;
  /** What is unreachable, for the messages ("Neo4j at bolt://…"). */
  target: () => string;
  /** First wait between attempts; doubles up to `maxDelayMs`. @default 500 */
  initialDelayMs?: number;
  /** @default 8000 */
  maxDelayMs?: number;
}

export const isOutage = (error: unknown): boolean =>
  error instanceof NewsgraphError && error.code === "GRAPH_UNAVAILABLE";

/**
 * Runs work that needs Neo4j, waiting out an outage: the first failure is reported at once (the
 * executor gives up on an unreachable server within about a second), then the work is tried
 * again with exponential backoff until it succeeds or `retryMs` have passed since the outage
 * began, when OutageError is thrown. Work is retried whole, so it must be idempotent (an ingest
 * is: it writes one transaction or nothing).
 */
export function createOutageGuard(options: OutageOptions) {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 8_000;
  return async function guarded<T>(work: () => Promise<T>): Promise<T> {
    let since: number | undefined;
    let delay = initial;
    for (;;) {
      try {
        const result = await work();
        if (since !== undefined) {
          options.log(
            `${options.target()} answers again after ${seconds(Date.now() - since)}; continuing`,
          );
        }
        return result;
      } catch (error) {
        if (!isOutage(error)) throw error;
        const now = Date.now();
        if (since === undefined) {
          since = now;
          options.log(
            `${options.target()} is unreachable; retrying for up to ${seconds(options.retryMs)}`,
          );
        }
        if (now - since + delay > options.retryMs) {
          throw new OutageError(
            `${options.target()} was unreachable for ${seconds(now - since)}; gave up (NEWSGRAPH_INGEST_OUTAGE_RETRY_MS=${options.retryMs})`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, max);
      }
    }
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
