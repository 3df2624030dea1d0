import { beforeAll, describe, expect, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { cypher } from "../../src/graph/cypher.ts";
import { type GraphErrorEvent, GraphQueryError } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { globalId } from "./graphql-client.ts";
import { appWith, article, codes, post, WRITE_KEY } from "./server-safety-support.ts";

/**
 * Oversized and unsafe strings are refused by the validation layer, with a message naming the
 * field and the limit, before Neo4j sees them; and whatever Neo4j says about a failed statement
 * (indexes, element ids, values) goes to the log, never into a response.
 */

/** What Neo4j's own messages look like; none of it may reach a client. */
const NEO4J_INTERNALS = /Index\(|element id|Neo\.ClientError|too large to index|4:[0-9a-f]{8}-/i;

const INGEST = `mutation($annotated: JSONObject, $article: PlainArticleInput) {
  ingestArticle(annotated: $annotated, article: $article) { status }
}`;

describe("hostile input", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor);

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
    await ingestAnnotated(
      createArticleRepository(graph.executor),
      article(
        "hostile-base",
        "Netherlands and NATO.",
        [
          { type: "Country", name: "Netherlands" },
          { type: "Organisation", name: "NATO" },
        ],
        [["MEMBER_OF", "Netherlands", "NATO"]],
      ),
    );
  });

  const write = (query: string, variables: Record<string, unknown>) =>
    post(app, query, variables, { key: WRITE_KEY });

  it("a 10,000-character entity name is BAD_USER_INPUT naming the field and the limit", async () => {
    const doc = article(
      "hostile-long-name",
      "Someone spoke.",
      [{ type: "Person", name: "x".repeat(10_000) }],
      [],
    );
    const reply = await write(INGEST, { annotated: doc });
    expect(codes(reply)).toEqual(["BAD_USER_INPUT"]);
    expect(reply.errors?.[0]?.message).toContain(
      "entities[0].name: is 10000 characters long; the limit is 200",
    );
    const renamed = await write(
      "mutation($id: ID!, $name: String!) { renameEntity(entity: $id, name: $name) { name } }",
      { id: globalId("Country", "country:netherlands"), name: "N".repeat(10_000) },
    );
    expect(codes(renamed)).toEqual(["BAD_USER_INPUT"]);
    expect(renamed.errors?.[0]?.message).toBe("name is 10000 characters long; the limit is 200");
  });

  it("refuses long or control-character strings in every stored field, and non-http URLs", async () => {
    const base = article(
      "hostile-fields",
      "Netherlands.",
      [{ type: "Country", name: "Netherlands" }],
      [],
    );
    const cases: [string, (doc: typeof base) => void, string][] = [
      [
        "article.id",
        (d) => {
          d.article.id = "a\u0000b";
        },
        "U+0000",
      ],
      [
        "article.id",
        (d) => {
          d.article.id = "i".repeat(201);
        },
        "the limit is 200",
      ],
      [
        "article.title",
        (d) => {
          d.article.title = "t".repeat(1_001);
        },
        "the limit is 1000",
      ],
      [
        "article.source",
        (d) => {
          d.article.source = "s".repeat(10_000);
        },
        "the limit is 200",
      ],
      [
        "article.url",
        (d) => {
          d.article.url = "javascript:alert(1)";
        },
        "http or https",
      ],
      [
        "article.url",
        (d) => {
          d.article.url = "data:text/html,hi";
        },
        "http or https",
      ],
      [
        "entities[0].aliases[0]",
        (d) => {
          d.entities[0]!.aliases = ["a\u0007"];
        },
        "U+0007",
      ],
      [
        "article.body",
        (d) => {
          d.article.body = "Netherlands.\u0000";
        },
        "U+0000",
      ],
    ];
    for (const [field, change, says] of cases) {
      const doc = structuredClone(base);
      change(doc);
      const reply = await write(INGEST, { annotated: doc });
      expect(codes(reply), field).toEqual(["BAD_USER_INPUT"]);
      expect(reply.errors?.[0]?.message, field).toContain(`${field}: `);
      expect(reply.errors?.[0]?.message, field).toContain(says);
    }
    const plain = await write(INGEST, {
      article: { title: "Plain", body: "Text.", url: "javascript:alert(1)", language: "en" },
    });
    expect(codes(plain)).toEqual(["BAD_USER_INPUT"]);
    expect(plain.errors?.[0]?.message).toContain("article.url: must be an http or https URL");
    const [row] = await graph.executor.read(cypher("article/count-graph"));
    expect(row).toMatchObject({ articles: 1 });
  });

  it("no response carries Neo4j's index, schema or element-id text, whatever the input", async () => {
    const huge = "é".repeat(9_000);
    const requests: [string, Record<string, unknown>][] = [
      [INGEST, { annotated: article("h1", "x", [{ type: "Person", name: huge }], []) }],
      [
        INGEST,
        {
          annotated: {
            ...article("h2", "x", [], []),
            article: { id: huge, title: "t", body: "x" },
          },
        },
      ],
      [INGEST, { article: { title: huge, body: "x", source: huge, language: "en" } }],
      [
        "mutation($id: ID!, $a: String!) { addAlias(entity: $id, alias: $a) { name } }",
        { id: globalId("Country", "country:netherlands"), a: huge },
      ],
      ["mutation($id: ID!) { deleteArticle(id: $id) { articleId } }", { id: huge }],
      ["query($t: String!) { search(text: $t) { totalCount } }", { t: huge }],
      ["query($n: String!) { entity(name: $n) { name } }", { n: huge }],
      [
        "query($id: ID!) { node(id: $id) { id } }",
        { id: Buffer.from(`Country:${huge}`).toString("base64") },
      ],
    ];
    for (const [query, variables] of requests) {
      const reply = await write(query, variables);
      expect(JSON.stringify(reply), query).not.toMatch(NEO4J_INTERNALS);
    }
  });

  it("the executor logs a Neo4j failure with the request id and answers with the statement name only", async () => {
    const events: GraphErrorEvent[] = [];
    const executor = graph.executor.with({
      requestId: "req-123",
      onGraphError: (event) => events.push(event),
    });
    // An indexed value beyond Neo4j's 8 KB key limit, written past the validation layer.
    const error = await executor
      .write(cypher("article/upsert"), {
        article: { id: "z".repeat(40_000) },
        source: null,
        now: new Date().toISOString(),
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(GraphQueryError);
    const message = (error as Error).message;
    expect(message).toBe(
      "the graph database could not run article/upsert; the server log has the details (request req-123)",
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ statement: "article/upsert", requestId: "req-123" });
    expect(events[0]?.code).toMatch(/^Neo\./);
    expect(events[0]?.message).toMatch(/too large|index/i);
  });
});
