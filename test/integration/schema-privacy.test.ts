import { beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/graph/migrate.ts";
import { useTestGraph } from "../support/graph.ts";
import { globalId } from "./graphql-client.ts";
import { appWith, codes, post, WRITE_KEY } from "./server-safety-support.ts";

/**
 * With introspection off, error messages do not spell out the schema ("Did you mean …?"); and
 * every global id that is malformed or names a type without global ids is INVALID_ID.
 */
describe("no schema hints without introspection", () => {
  const graph = useTestGraph();

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
  });

  const misspelt: [string, string, Record<string, unknown>?][] = [
    ["a field", "{ stat { articleCount } }"],
    ["a mutation", 'mutation { ingestArticel(article: { title: "t", body: "b" }) { status } }'],
    ["an argument", '{ search(txt: "NATO") { totalCount } }'],
    ["a type", 'query($t: EntityTyp) { search(text: "NATO", types: [$t]) { totalCount } }'],
    ["an enum value", '{ search(text: "NATO", types: [Countri]) { totalCount } }'],
    [
      "an enum value in a variable",
      'query($t: [EntityType!]) { search(text: "NATO", types: $t) { totalCount } }',
      { t: ["Countri"] },
    ],
  ];

  it("gives no suggestion for a misspelt field, mutation, argument, type or enum value", async () => {
    const closed = appWith(graph.executor, { NEWSGRAPH_INTROSPECTION: "false" });
    const open = appWith(graph.executor);
    for (const [what, query, variables] of misspelt) {
      const hidden = await post(closed, query, variables, { key: WRITE_KEY });
      expect(hidden.errors?.length, what).toBeGreaterThan(0);
      expect(JSON.stringify(hidden.errors), what).not.toContain("Did you mean");
      // The same request with introspection on does get the hint: the switch is what hides it.
      const shown = await post(open, query, variables, { key: WRITE_KEY });
      expect(JSON.stringify(shown.errors), what).toContain("Did you mean");
    }
  });
});

describe("global ids", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor);

  it("answers an unknown type, a type without global ids, and non-base64 with INVALID_ID", async () => {
    const bad = [
      Buffer.from("Foo:bar").toString("base64"),
      Buffer.from("Evidence:x").toString("base64"),
      Buffer.from("Query:x").toString("base64"),
      "not base64!",
      "%%%",
      Buffer.from("no colon").toString("base64"),
    ];
    for (const id of bad) {
      const one = await post(app, "query($id: ID!) { node(id: $id) { id } }", { id });
      expect(codes(one), id).toEqual(["INVALID_ID"]);
      expect(one.errors?.[0]?.message, id).toContain(`invalid id "${id}"`);
      const many = await post(app, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", {
        ids: [globalId("Country", "country:nowhere"), id],
      });
      expect(codes(many), id).toEqual(["INVALID_ID"]);
    }
    // A well-formed id of a Node type that matches nothing is null, as Relay has it.
    const missing = await post(app, "query($id: ID!) { node(id: $id) { id } }", {
      id: globalId("Country", "country:nowhere"),
    });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ node: null });
  });
});
