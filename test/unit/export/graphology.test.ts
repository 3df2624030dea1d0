import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGraphology, toGraphologyJson } from "../../../src/export/index.ts";
import { TRICKY } from "./fixtures.ts";

describe("graphology export", () => {
  it("writes as text exactly what graphology's own export() produces", () => {
    expect(JSON.parse(toGraphologyJson(TRICKY))).toEqual(toGraphology(TRICKY));
  });

  it("imports with Graph.from: a mixed multigraph with every node and edge", () => {
    const graph = MultiGraph.from(JSON.parse(toGraphologyJson(TRICKY)));
    expect(graph.type).toBe("mixed");
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(TRICKY.nodes.length);
    expect(graph.size).toBe(TRICKY.edges.length);
    // Two relationship types between the Netherlands and NATO stay two edges.
    expect(graph.edges("country:netherlands", "organisation:nato")).toHaveLength(2);
    for (const node of TRICKY.nodes) {
      expect(graph.getNodeAttributes(node.id)).toEqual({
        label: node.name,
        type: node.type,
        name: node.name,
        aliases: node.aliases,
        wikidataId: node.wikidataId,
        mentionCount: node.mentionCount,
        degree: node.degree,
        lat: node.lat,
        lon: node.lon,
      });
    }
    for (const edge of TRICKY.edges) {
      expect(graph.getEdgeAttributes(edge.id)).toEqual({
        label: edge.type,
        type: edge.type,
        weight: edge.weight,
        confidence: edge.confidence,
        firstSeen: edge.firstSeen,
        lastSeen: edge.lastSeen,
        properties: edge.properties,
      });
      expect(graph.isUndirected(edge.id)).toBe(edge.type === "COOPERATES_WITH");
    }
  });
});
