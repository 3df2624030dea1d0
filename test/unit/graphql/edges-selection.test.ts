import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { describe, expect, it } from "vitest";
import { edgesNeedProperties } from "../../../src/graphql/types/subgraph.ts";

/**
 * A subgraph's edges are read without their properties only when no edge field but `id`, `type`,
 * `source` and `target` is asked, wherever the selection puts it (read-cost-hubs.test.ts checks
 * the db hits it saves and that the edges are the same).
 */
function needsProperties(query: string): boolean {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const subgraph = operation?.selectionSet.selections[0] as FieldNode;
  return edgesNeedProperties({
    fieldNodes: [subgraph],
    fragments,
  } as unknown as GraphQLResolveInfo);
}

describe("edges asked for more than their ends", () => {
  it("is false for ids, types and ends only, through fragments too", () => {
    expect(
      needsProperties("{ subgraph { nodes { id name degree } edges { id type source target } } }"),
    ).toBe(false);
    expect(needsProperties("{ subgraph { nodes { id } } }")).toBe(false);
    expect(
      needsProperties(
        "{ subgraph { ...G } } fragment G on Subgraph { edges { __typename ...E } } fragment E on SubgraphEdge { source target }",
      ),
    ).toBe(false);
  });

  it("is true for any other edge field, however it is reached", () => {
    for (const query of [
      "{ subgraph { edges { id weight } } }",
      "{ subgraph { edges { id relationship { id } } } }",
      "{ subgraph { e: edges { id } edges { properties } } }",
      "{ subgraph { ... on Subgraph { edges { ... on SubgraphEdge { confidence } } } } }",
      "{ subgraph { ...G } } fragment G on Subgraph { edges { firstSeen } }",
      // A fragment it cannot find: everything.
      "{ subgraph { edges { ...Missing } } }",
    ]) {
      expect(needsProperties(query), query).toBe(true);
    }
  });
});
