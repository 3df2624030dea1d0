import type { Plugin } from "graphql-yoga";

/** The readiness endpoint; docker-compose's healthcheck GETs it. */
export const HEALTH_PATH = "/health";

/**
 * GET /health: 200 `{"status":"ok","neo4j":"up"}` when Neo4j answers over Bolt within
 * `timeoutMs`, else 503 `{"status":"unavailable","neo4j":"down"}`. Not behind API keys (it
 * tells nothing about the graph) and never cached.
 */
export function useHealth(options: {
  /** A cheap round trip to Neo4j; rejects when it is not reachable. */
  ping: () => Promise<unknown>;
  /** @default 2000 */
  timeoutMs?: number;
}): Plugin {
  const timeoutMs = options.timeoutMs ?? 2_000;
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== HEALTH_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      const up = await withTimeout(options.ping(), timeoutMs).then(
        () => true,
        () => false,
      );
      endResponse(
        fetchAPI.Response.json(
          up ? { status: "ok", neo4j: "up" } : { status: "unavailable", neo4j: "down" },
          { status: up ? 200 : 503, headers: { "cache-control": "no-store" } },
        ),
      );
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
