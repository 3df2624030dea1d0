import type { Plugin } from "graphql-yoga";

/** The readiness endpoint; docker-compose's healthcheck GETs it. */
export const HEALTH_PATH = "/health";

/**
 * GET /health: 200 `{"status":"ok","neo4j":"up"}` when Neo4j answers over Bolt, else 503
 * `{"status":"unavailable","neo4j":"down"}`. Each call pings Neo4j and records the answer in
 * the state the API consults (src/graph/availability.ts), so a readiness probe also brings the
 * API back after an outage. Not behind API keys (it tells nothing about the graph) and never
 * cached.
 */
export function useHealth(options: {
  /** Pings Neo4j (bounded in time) and says whether it answered. */
  check: () => Promise<boolean>;
}): Plugin {
  return {
    // Not async: every other request passes through synchronously.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== HEALTH_PATH) return;
      if (request.method !== "GET" && request.method !== "HEAD") {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "GET, HEAD" } }));
        return;
      }
      return options
        .check()
        .then((up) =>
          endResponse(
            fetchAPI.Response.json(
              up ? { status: "ok", neo4j: "up" } : { status: "unavailable", neo4j: "down" },
              { status: up ? 200 : 503, headers: { "cache-control": "no-store" } },
            ),
          ),
        );
    },
  };
}
