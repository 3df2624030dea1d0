import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../../src/graph/migrate.ts";
import { createIngestQueue } from "../../src/queue/bullmq.ts";
import { useTestGraph } from "../support/graph.ts";
import { appWith, post, READ_KEY } from "./server-safety-support.ts";

/** `name{labels} value` lines of the Prometheus text format, as a map (comments skipped). */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe("GET /metrics (Prometheus text format)", () => {
  const graph = useTestGraph();
  const queue = createIngestQueue({
    url: inject("redis"),
    prefix: `metrics-${process.pid}-${Date.now()}`,
    attempts: 1,
  });

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
  });
  afterAll(() => queue.close());

  it("counts requests, operations, errors, Neo4j statements, cache lookups and queued jobs", async () => {
    const app = appWith(graph.executor, { NEWSGRAPH_RESPONSE_CACHE_TTL_MS: "60000" }, { queue });
    const query = "{ articles(first: 1) { totalCount } }";
    expect((await post(app, query, {}, { key: READ_KEY })).errors).toBeUndefined();
    expect((await post(app, query, {}, { key: READ_KEY })).errors).toBeUndefined();
    const missing = await post(app, `{ entity(id: "nope") { name } }`, {}, { key: READ_KEY });
    expect(missing.errors?.[0]?.extensions?.code).toBe("INVALID_ID");
    await queue.enqueue([
      { kind: "annotated", value: {} },
      { kind: "annotated", value: {} },
    ]);

    const response = await app.fetch("http://test/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const metrics = parseMetrics(await response.text());
    expect(metrics.get('newsgraph_http_requests_total{method="POST",status="200"}')).toBe(3);
    expect(metrics.get('newsgraph_graphql_operations_total{type="query"}')).toBe(2);
    expect(metrics.get('newsgraph_graphql_errors_total{code="INVALID_ID"}')).toBe(1);
    // The second identical query came from the cache.
    expect(metrics.get('newsgraph_response_cache_lookups_total{result="hit"}')).toBe(1);
    expect(metrics.get('newsgraph_response_cache_lookups_total{result="miss"}')).toBe(2);
    const statements = [...metrics].filter(([name]) =>
      name.startsWith("newsgraph_neo4j_statement_seconds_count{"),
    );
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every(([, n]) => n > 0)).toBe(true);
    expect(metrics.get('newsgraph_ingest_queue_jobs{state="waiting"}')).toBe(2);
    expect(metrics.get('newsgraph_ingest_queue_jobs{state="failed"}')).toBe(0);
  });

  it("is not served when NEWSGRAPH_METRICS is false", async () => {
    const app = appWith(graph.executor, { NEWSGRAPH_METRICS: "false" });
    expect((await app.fetch("http://test/metrics")).status).toBe(404);
  });
});
