import type { DefinitionNode, ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { QueryObserver } from "../../graph/executor.ts";
import type { IngestQueue } from "../../queue/index.ts";
import type { CacheObserver } from "./response-cache.ts";

/** Where Prometheus scrapes. */
export const METRICS_PATH = "/metrics";

export interface Metrics {
  /** GET /metrics and the HTTP request count: goes first, before keys and limits. */
  readonly endpoint: Plugin;
  /** Operations and their errors: goes last, after domain errors got their codes. */
  readonly operations: Plugin;
  /** Times every Cypher statement of API requests (per statement file). */
  readonly observeStatement: QueryObserver;
  /** Counts response-cache hits and misses. */
  readonly cache: CacheObserver;
  /**
   * Counts a query the direct lane answered without errors (src/server/direct-lane.ts): one
   * query operation and one POST answered 200, as the two plugins above count it through Yoga.
   */
  directQueryAnswered(): void;
  readonly registry: Registry;
}

/**
 * GET /metrics in Prometheus's text format (prom-client), one registry per app: HTTP requests by
 * status, GraphQL operations and their errors by code, the time of each Cypher statement, the
 * ingest queue's jobs by state (when the server has a queue) and response-cache lookups. Like
 * /health it needs no API key (it tells nothing about the graph's content); restrict it at the
 * proxy where that matters. docs/operations.md ("Scaling out") says what to watch.
 */
export function createMetrics(options: { queue?: IngestQueue | undefined }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "newsgraph_" });
  const requests = new Counter({
    name: "newsgraph_http_requests_total",
    help: "HTTP requests answered, by method and status code.",
    labelNames: ["method", "status"],
    registers: [registry],
  });
  const operations = new Counter({
    name: "newsgraph_graphql_operations_total",
    help: "GraphQL operations executed, by type (query, mutation, subscription).",
    labelNames: ["type"],
    registers: [registry],
  });
  const errors = new Counter({
    name: "newsgraph_graphql_errors_total",
    help: "Errors in GraphQL results, by extensions.code (INTERNAL when masked).",
    labelNames: ["code"],
    registers: [registry],
  });
  const statements = new Histogram({
    name: "newsgraph_neo4j_statement_seconds",
    help: "Time of each Cypher statement sent to Neo4j for API requests, by statement file.",
    labelNames: ["statement"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: "newsgraph_response_cache_lookups_total",
    help: "Response-cache lookups, by result (hit or miss).",
    labelNames: ["result"],
    registers: [registry],
  });
  cacheLookups.inc({ result: "hit" }, 0);
  cacheLookups.inc({ result: "miss" }, 0);
  const { queue } = options;
  if (queue) {
    new Gauge({
      name: "newsgraph_ingest_queue_jobs",
      help: "Jobs in the ingest queue, by state (waiting + delayed is the backlog; failed is the dead letter).",
      labelNames: ["state"],
      registers: [registry],
      async collect() {
        const counts = await queue.counts();
        for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
      },
    });
  }

  const endpoint: Plugin = {
    // Not async: every other request passes through synchronously.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== METRICS_PATH) return;
      if (request.method !== "GET") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET" } }));
        return;
      }
      return registry.metrics().then((text) =>
        endResponse(
          new fetchAPI.Response(text, {
            headers: { "content-type": registry.contentType, "cache-control": "no-store" },
          }),
        ),
      );
    },
    onResponse({ request, response }) {
      requests.inc({ method: request.method, status: String(response.status) });
    },
  };
  const operationsPlugin: Plugin = {
    onExecute({ args }) {
      const definition = args.document.definitions.find(
        (d: DefinitionNode) =>
          d.kind === "OperationDefinition" &&
          (!args.operationName || d.name?.value === args.operationName),
      );
      operations.inc({
        type: definition && "operation" in definition ? definition.operation : "unknown",
      });
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return;
          for (const error of (result as ExecutionResult).errors ?? []) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === "string" ? code : "INTERNAL" });
          }
        },
      };
    },
  };
  return {
    endpoint,
    operations: operationsPlugin,
    registry,
    observeStatement: ({ name, ms }) => statements.observe({ statement: name }, ms / 1_000),
    cache: { lookup: (hit) => cacheLookups.inc({ result: hit ? "hit" : "miss" }) },
    directQueryAnswered() {
      operations.inc({ type: "query" });
      requests.inc({ method: "POST", status: "200" });
    },
  };
}
