import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/graph/migrate.ts";
import { type HttpServer, startHttpServer } from "../../src/server/http.ts";
import { useTestGraph } from "../support/graph.ts";
import { appWith, article, READ_KEY, WRITE_KEY } from "./server-safety-support.ts";

const SUBSCRIPTION = `subscription { articleIngested { status entities at article { articleId body } } }`;

/** Server-sent events as they arrive: `event:` and `data:` lines, split at blank lines. */
async function* sseEvents(body: ReadableStream<Uint8Array>) {
  const decoder = new TextDecoder();
  let buffer = "";
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = block.match(/^event: (.*)$/m)?.[1];
      const data = block.match(/^data: (.*)$/m)?.[1];
      if (event) yield { event, data: data ? (JSON.parse(data) as Record<string, unknown>) : null };
      end = buffer.indexOf("\n\n");
    }
  }
}

describe("Subscription articleIngested over server-sent events", () => {
  const graph = useTestGraph();
  let server: HttpServer;

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
    server = await startHttpServer(appWith(graph.executor, { NEWSGRAPH_PUBLIC_READ: "false" }), {
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(() => server.close(500));

  const subscribe = (key?: string, signal?: AbortSignal) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: SUBSCRIPTION }),
      ...(signal ? { signal } : {}),
    });

  const ingest = (id: string, body: string) => {
    const annotated = article(
      id,
      body,
      [
        { type: "Country", name: "Finland" },
        { type: "Country", name: "Sweden" },
      ],
      [["COOPERATES_WITH", "Finland", "Sweden"]],
    );
    return fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${WRITE_KEY}` },
      body: JSON.stringify({
        query: "mutation($a: JSONObject) { ingestArticle(annotated: $a) { status } }",
        variables: { a: annotated },
      }),
    }).then((r) => r.json() as Promise<{ data?: { ingestArticle: { status: string } } }>);
  };

  it("streams an event for each article an ingestArticle mutation writes", async () => {
    const abort = new AbortController();
    const response = await subscribe(READ_KEY, abort.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const events = sseEvents(response.body as ReadableStream<Uint8Array>);
    try {
      // The stream is open once the headers are in; give the subscription a moment to attach.
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Each event's article is read when the event is delivered, so the update is written only
      // after the first event arrived (else that event, read late, shows the updated body).
      const next = async () => {
        for (;;) {
          const { value, done } = await events.next();
          if (done) throw new Error("the event stream ended");
          if (value.event === "next" && value.data) return value.data;
        }
      };
      const received: Record<string, unknown>[] = [];
      const first = await ingest("sse-1", "Finland cooperates with Sweden.");
      expect(first, JSON.stringify(first)).toMatchObject({
        data: { ingestArticle: { status: "CREATED" } },
      });
      received.push(await next());
      // The same content again writes nothing and announces nothing; a new body does.
      expect(
        (await ingest("sse-1", "Finland cooperates with Sweden."))?.data?.ingestArticle.status,
      ).toBe("UNCHANGED");
      expect(
        (await ingest("sse-1", "Sweden cooperates with Finland."))?.data?.ingestArticle.status,
      ).toBe("UPDATED");
      received.push(await next());

      expect(received).toEqual([
        {
          data: {
            articleIngested: {
              status: "CREATED",
              entities: 2,
              at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
              article: { articleId: "sse-1", body: "Finland cooperates with Sweden." },
            },
          },
        },
        {
          data: {
            articleIngested: {
              status: "UPDATED",
              entities: 2,
              at: expect.any(String),
              // Read anew for each event, not from the first event's loader cache.
              article: { articleId: "sse-1", body: "Sweden cooperates with Finland." },
            },
          },
        },
      ]);
    } finally {
      abort.abort();
    }
  });

  it("needs the read scope: without a key the subscription is refused", async () => {
    const response = await subscribe();
    const text = await response.text();
    expect(text).toContain("UNAUTHENTICATED");
    expect(text).not.toContain('"articleIngested":{');
  });
});
