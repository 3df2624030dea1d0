import { createGraphQLError, type Plugin } from "graphql-yoga";
import { NewsgraphError } from "../../domain/errors.ts";
import type { GraphAvailability } from "../../graph/availability.ts";

/**
 * While Neo4j is known to be down, an operation is answered at once with one GRAPH_UNAVAILABLE
 * error and HTTP 503, before any resolver runs (each would otherwise fail on its own). Known
 * down means a query failed because Neo4j could not be reached and no ping has answered since;
 * the availability pings again at most every NEO4J_RECHECK_MS, so the first operation after
 * Neo4j returns runs normally.
 */
export function useGraphAvailability(availability: GraphAvailability): Plugin {
  const refusal = async () => {
    if (availability.state === "up") return null;
    try {
      await availability.ensureAvailable();
      return null;
    } catch (error) {
      if (!(error instanceof NewsgraphError)) throw error;
      return {
        errors: [
          createGraphQLError(error.message, {
            extensions: { code: error.code, http: { status: 503 } },
          }),
        ],
      };
    }
  };
  // Synchronous while Neo4j is up (nearly always): an async hook would make every later hook of
  // every operation wait for a promise.
  return {
    onExecute({ setResultAndStopExecution }) {
      if (availability.state === "up") return;
      return refusal().then((result) => {
        if (result) setResultAndStopExecution(result);
      });
    },
    onSubscribe({ setResultAndStopExecution }) {
      if (availability.state === "up") return;
      return refusal().then((result) => {
        if (result) setResultAndStopExecution(result);
      });
    },
  };
}
