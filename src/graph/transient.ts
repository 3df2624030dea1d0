import { isRetryableError } from "neo4j-driver";
import { NewsgraphError } from "../domain/errors.ts";

/** Domain codes of failures that may pass when the same write is tried again later. */
const TRANSIENT_CODES = new Set(["QUERY_TIMEOUT", "GRAPH_UNAVAILABLE", "CONFLICT"]);

/**
 * Whether a failed write is worth trying again later: Neo4j's transient errors (deadlocks, lock
 * timeouts, a leader switch, an unreachable server) that outlived the driver's own retries, a
 * timed-out transaction, or a uniqueness conflict with a concurrent writer. Follows `cause`, so
 * an IngestError wrapping one of these counts too. Bad input never does.
 */
export function isTransientGraphError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 8; depth += 1) {
    if (isRetryableError(e)) return true;
    if (e instanceof NewsgraphError && TRANSIENT_CODES.has(e.code)) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /TransientError|DeadlockDetected|LockClient/.test(code)) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
