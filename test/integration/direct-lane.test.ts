import { describe, expect, it } from "vitest";
import { globalId } from "./graphql-client.ts";
import { READ_KEY, useApiServer, WRITE_KEY } from "./server-safety-support.ts";

/**
 * The direct lane (src/server/direct-lane.ts) answers plain JSON queries on POST /graphql without
 * Yoga's fetch-API layer. Every request below is sent twice to the same app: over HTTP (through
 * the lane) and in process to Yoga (`app.fetch`, which never sees the lane); status, content type
 * and body must be the same, and the lane must have answered exactly the requests it is for.
 */
describe("the direct lane answers as Yoga does", () => {
  const { graph, app, server } = useApiServer();

  interface Sent {
    body: string;
    headers?: Record<string, string>;
  }

  async function viaHttp({ body, headers }: Sent) {
    const response = await fetch(`${server().url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      requestId: response.headers.get("x-request-id"),
      body: await response.text(),
    };
  }

  async function viaYoga({ body, headers }: Sent) {
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      requestId: response.headers.get("x-request-id"),
      body: await response.text(),
    };
  }

  /** Sends `sent` both ways; returns the HTTP answer and whether the lane answered it. */
  async function both(sent: Sent) {
    const before = server().directAnswers;
    const direct = await viaHttp(sent);
    const direct2 = server().directAnswers - before;
    const yoga = await viaYoga(sent);
    expect({ ...direct, requestId: undefined }).toEqual({ ...yoga, requestId: undefined });
    expect(direct.requestId).toMatch(/\S/);
    return { ...direct, byLane: direct2 === 1 };
  }

  const json = (value: unknown) => JSON.stringify(value);
  const nato = globalId("Organisation", "organisation:nato");

  it("answers plain queries itself: the same bytes as Yoga's", async () => {
    const search = await both({
      body: json({ query: `{ search(text: "NATO") { totalCount edges { node { id name } } } }` }),
    });
    expect(search.byLane).toBe(true);
    expect(search.status).toBe(200);
    expect(search.type).toBe("application/json; charset=utf-8");
    expect(JSON.parse(search.body).data.search.edges[0].node.name).toBe("NATO");

    const withVariables = await both({
      body: json({
        query: "query Find($text: String!) { search(text: $text, first: 1) { totalCount } }",
        variables: { text: "NATO" },
        operationName: "Find",
      }),
    });
    expect(withVariables.byLane).toBe(true);

    const secondOperation = await both({
      body: json({
        query: `query A { search(text: "NATO") { totalCount } } query B { node(id: "${nato}") { id } }`,
        operationName: "B",
      }),
    });
    expect(secondOperation.byLane).toBe(true);
    expect(JSON.parse(secondOperation.body)).toEqual({ data: { node: { id: nato } } });

    const graphqlResponse = await both({
      body: json({ query: "{ __typename }" }),
      headers: { accept: "application/graphql-response+json" },
    });
    expect(graphqlResponse).toMatchObject({
      byLane: true,
      type: "application/graphql-response+json; charset=utf-8",
    });

    for (const key of [READ_KEY, WRITE_KEY]) {
      const keyed = await both({
        body: json({ query: "{ __typename }" }),
        headers: { authorization: `Bearer ${key}` },
      });
      expect(keyed.byLane).toBe(true);
    }
  });

  it("keeps the client's request id", async () => {
    const answer = await viaHttp({
      body: json({ query: "{ __typename }" }),
      headers: { "x-request-id": "client-id-42" },
    });
    expect(answer.requestId).toBe("client-id-42");
  });

  it("runs a query whose answer has errors once, and Yoga codes and masks them", async () => {
    const query = `{ search(text: "NATO") { totalCount } entity(id: "not-a-global-id") { name } }`;
    const viaLane = await graph.countRoundTrips(() => viaHttp({ body: json({ query }) }));
    const viaApp = await graph.countRoundTrips(() => viaYoga({ body: json({ query }) }));
    expect(viaLane.roundTrips).toBe(viaApp.roundTrips);
    expect(viaLane.roundTrips).toBeGreaterThan(0);
    const answer = await both({ body: json({ query }) });
    expect(answer.byLane).toBe(false);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("INVALID_ID");
  });

  it("leaves to Yoga whatever is not a plain query it can run", async () => {
    const yogaOnly: [string, Sent][] = [
      ["a validation error", { body: json({ query: "{ nosuch }" }) }],
      ["a syntax error", { body: json({ query: "{ search(" }) }],
      [
        "variables of the wrong type",
        {
          body: json({
            query: "query ($t: String!) { search(text: $t) { totalCount } }",
            variables: { t: 5 },
          }),
        },
      ],
      [
        "a cost over the limit",
        {
          body: json({
            query: `{ search(text: "NATO", first: 100) { edges { node { relationships(first: 100) { edges { node { evidence(first: 100) { sentence } } } } } } } }`,
          }),
        },
      ],
      [
        // graphql-armor refuses these in validation by throwing, not by returning errors.
        "a query deeper than the depth limit",
        {
          body: json({
            query: `{ search(text: "NATO") { edges { node { ${"... on Entity { name ".repeat(20)}${"}".repeat(20)} } } } }`,
          }),
        },
      ],
      [
        "more aliases than the alias limit",
        {
          body: json({
            query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: search(text: "NATO") { totalCount }`).join(" ")} }`,
          }),
        },
      ],
      ["a mutation", { body: json({ query: `mutation { deleteArticle(id: "x") { deleted } }` }) }],
      [
        "a key that matches none",
        { body: json({ query: "{ __typename }" }), headers: { authorization: "Bearer nope" } },
      ],
      ["a body that is not JSON", { body: "not json" }],
      ["a batch", { body: json([{ query: "{ __typename }" }]) }],
      ["an unknown parameter", { body: json({ query: "{ __typename }", foo: 1 }) }],
      ["extensions", { body: json({ query: "{ __typename }", extensions: { a: 1 } }) }],
      ["no query", { body: json({ variables: {} }) }],
      [
        "a CORS origin",
        { body: json({ query: "{ __typename }" }), headers: { origin: "https://example.org" } },
      ],
      [
        "another Accept",
        { body: json({ query: "{ __typename }" }), headers: { accept: "text/html" } },
      ],
    ];
    for (const [what, sent] of yogaOnly) {
      const answer = await both(sent);
      expect(answer.byLane, what).toBe(false);
    }
  });

  it("counts its answers in the metrics as Yoga's plugins count them", async () => {
    const read = async () => {
      const text = await (await fetch(`${server().url}/metrics`)).text();
      const value = (line: string) =>
        Number(
          text
            .split("\n")
            .find((l) => l.startsWith(line))
            ?.slice(line.length) ?? 0,
        );
      return {
        queries: value('newsgraph_graphql_operations_total{type="query"} '),
        ok: value('newsgraph_http_requests_total{method="POST",status="200"} '),
      };
    };
    const before = await read();
    const answer = await viaHttp({ body: json({ query: "{ __typename }" }) });
    expect(answer.status).toBe(200);
    const after = await read();
    expect(after).toEqual({ queries: before.queries + 1, ok: before.ok + 1 });
  });
});
