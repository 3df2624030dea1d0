import { describe, expect, it } from "vitest";
import { cypher } from "../../src/graph/cypher.ts";
import { useTestGraph } from "../support/graph.ts";

describe("the suite's Neo4j", () => {
  const graph = useTestGraph();

  it("is a real Neo4j Community 5.26 answering Cypher over Bolt", async () => {
    const rows = await graph.executor.read(cypher("system/components"));
    expect(rows[0]).toMatchObject({ name: "Neo4j Kernel", edition: "community" });
    expect(String((rows[0]?.versions as string[] | undefined)?.[0])).toMatch(/^5\.26\./);
  });
});
