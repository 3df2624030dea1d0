import { describe, expect, it } from "vitest";
import { lazyEdge } from "../../../src/graph/read/keyset.ts";
import { toConnection } from "../../../src/graphql/connection.ts";

/** Counts how often a cursor is encoded. */
function counter() {
  const calls: string[] = [];
  return {
    calls,
    encode: (id: string) => () => {
      calls.push(id);
      return `cursor-${id}`;
    },
  };
}

describe("cursors encoded only when asked", () => {
  it("encodes an edge's cursor on first read, once, and keeps its other fields", () => {
    const { calls, encode } = counter();
    const edge = lazyEdge({ id: "a" }, encode("a"), { score: 2.5 });
    expect(calls).toEqual([]);
    expect(edge.score).toBe(2.5);
    expect(edge.node).toEqual({ id: "a" });
    expect(edge.cursor).toBe("cursor-a");
    expect(edge.cursor).toBe("cursor-a");
    expect(calls).toEqual(["a"]);
  });

  it("reads the page's first and last cursors only when pageInfo asks for them", () => {
    const { calls, encode } = counter();
    const page = {
      edges: ["a", "b", "c"].map((id) => lazyEdge({ id }, encode(id))),
      hasNextPage: true,
    };
    const connection = toConnection(page, { first: 3, after: null }, async () => 3);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(calls).toEqual([]);
    expect(connection.pageInfo.endCursor).toBe("cursor-c");
    expect(connection.pageInfo.startCursor).toBe("cursor-a");
    expect(calls).toEqual(["c", "a"]);
    expect(
      toConnection({ edges: [], hasNextPage: false }, { first: 3, after: null }, async () => 0)
        .pageInfo.endCursor,
    ).toBeNull();
  });
});
