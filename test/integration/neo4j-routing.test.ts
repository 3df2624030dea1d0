import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDriver } from "../../src/graph/driver.ts";
import { createExecutor } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { BOOKMARK_HEADER } from "../../src/server/plugins/bookmarks.ts";
import { useTestGraph } from "../support/graph.ts";
import { appWith, article, post, READ_KEY, WRITE_KEY } from "./server-safety-support.ts";

/**
 * Cluster-ready access on the local Community server: the routing scheme (neo4j://, what Aura
 * and Enterprise clusters need) and bookmarks (read your own writes on another member).
 */
describe("Neo4j through neo4j:// (routing) and bookmarks", () => {
  const graph = useTestGraph();
  const settings = inject("neo4j");
  const routingUri = settings.uri.replace(/^bolt:/, "neo4j:");
  const driver = createDriver({ ...settings, uri: routingUri });
  const executor = createExecutor(driver, { database: settings.database });
  // The first writes into a cold Neo4j on a busy machine can take longer than the default.
  const app = appWith(executor, { QUERY_TIMEOUT_MS: "120000" });
  const INGEST = "mutation($a: JSONObject) { ingestArticle(annotated: $a) { status } }";
  const doc = article(
    "routed",
    "Norway and Denmark exercise together.",
    [
      { type: "Country", name: "Norway" },
      { type: "Country", name: "Denmark" },
    ],
    [["COOPERATES_WITH", "Norway", "Denmark"]],
  );

  beforeAll(async () => {
    await graph.reset();
    await migrate(executor);
  });
  afterAll(() => driver.close());

  it("runs migrations, a write and reads through a routing driver", async () => {
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const written = await post<{ ingestArticle: { status: string } }>(
      app,
      INGEST,
      { a: doc },
      { key: WRITE_KEY },
    );
    expect(written.errors).toBeUndefined();
    expect(written.data?.ingestArticle.status).toBe("CREATED");
    const read = await post<{ article: { title: string }; stats: { articleCount: number } }>(
      app,
      `{ article(id: "routed") { title } stats { articleCount } }`,
      {},
      { key: READ_KEY },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ article: { title: "Article routed" }, stats: { articleCount: 1 } });
  });

  it("returns a mutation's bookmarks in extensions.bookmarks; a read sent with them sees the write", async () => {
    const changed = article(
      "routed",
      "Norway and Denmark exercise together again.",
      [
        { type: "Country", name: "Norway" },
        { type: "Country", name: "Denmark" },
      ],
      [["COOPERATES_WITH", "Norway", "Denmark"]],
    );
    const written = await post(app, INGEST, { a: changed }, { key: WRITE_KEY });
    expect(written.errors).toBeUndefined();
    const bookmarks = (written as { extensions?: { bookmarks?: unknown } }).extensions?.bookmarks;
    expect(Array.isArray(bookmarks)).toBe(true);
    expect((bookmarks as string[]).length).toBeGreaterThan(0);
    expect((bookmarks as string[]).every((b) => typeof b === "string" && b.length > 0)).toBe(true);
    // Another replica (another app on another driver) asked with the bookmarks.
    const other = appWith(graph.executor);
    const read = await post<{ article: { body: string } }>(
      other,
      `{ article(id: "routed") { body } }`,
      {},
      { key: READ_KEY, headers: { [BOOKMARK_HEADER]: (bookmarks as string[]).join(",") } },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.article.body).toBe("Norway and Denmark exercise together again.");
    // Reads return no bookmarks: they changed nothing.
    expect(
      (read as { extensions?: { bookmarks?: unknown } }).extensions?.bookmarks,
    ).toBeUndefined();
  });

  it("refuses a malformed bookmark header with 400 naming the header", async () => {
    const reply = await post(
      app,
      "{ stats { articleCount } }",
      {},
      {
        key: READ_KEY,
        headers: { [BOOKMARK_HEADER]: "a b" },
      },
    );
    expect(reply.status).toBe(400);
    expect(reply.errors?.[0]?.message).toContain(BOOKMARK_HEADER);
    expect(reply.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
