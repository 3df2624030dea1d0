import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/graph/migrate.ts";
import { GRAPHQL_PATH } from "../../src/server/app.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { appWith } from "./server-safety-support.ts";

/**
 * graphql-http's audit suite of the GraphQL over HTTP specification, against the real server on
 * a port with the default settings (`npm start`): every MUST and SHOULD audit reports `ok`.
 */
describe("GraphQL over HTTP conformance (graphql-http server audits)", () => {
  const graph = useTestGraph();
  let server: HttpServer;

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
    server = await startHttpServer(appWith(graph.executor), { port: 0, host: "127.0.0.1" });
  });
  afterAll(() => server.close(500));

  const audits = serverAudits({ url: () => `${server.url}${GRAPHQL_PATH}` });

  it("has audits to run", () => {
    expect(audits.length).toBeGreaterThan(40);
  });

  for (const audit of audits) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      const detail =
        result.status === "ok"
          ? ""
          : `${result.reason}${result.response ? ` (HTTP ${result.response.status}: ${await result.response.text()})` : ""}`;
      expect(result.status, detail).toBe("ok");
    });
  }
});

/**
 * With CSRF prevention on (NEWSGRAPH_CSRF_PREVENTION=true) the MUST and SHOULD audits still
 * pass; only MAY audits of GET requests that carry no content type are refused (docs/api.md).
 */
describe("GraphQL over HTTP conformance with CSRF prevention on", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor, { NEWSGRAPH_CSRF_PREVENTION: "true" });
  const audits = serverAudits({
    url: `http://test${GRAPHQL_PATH}`,
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => app.fetch(String(input), init ?? {}),
  });

  for (const audit of audits.filter((a) => /^(MUST|SHOULD) /.test(a.name))) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === "ok" ? "" : result.reason).toBe("ok");
    });
  }
});
