import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { toCytoscape, toCytoscapeJson } from "../../../src/export/index.ts";
import { TRICKY } from "./fixtures.ts";

describe("Cytoscape.js export", () => {
  it("loads into headless Cytoscape.js with every node, edge and data field", () => {
    const doc = JSON.parse(toCytoscapeJson(TRICKY));
    const cy = cytoscape({ headless: true, elements: doc.elements });
    expect(cy.nodes().length).toBe(TRICKY.nodes.length);
    expect(cy.edges().length).toBe(TRICKY.edges.length);
    for (const node of TRICKY.nodes) {
      expect(cy.getElementById(node.id).data()).toEqual({
        id: node.id,
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
      const element = cy.getElementById(edge.id);
      expect(element.source().id()).toBe(edge.source);
      expect(element.target().id()).toBe(edge.target);
      expect(element.data()).toEqual({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.type,
        type: edge.type,
        symmetric: edge.type === "COOPERATES_WITH",
        weight: edge.weight,
        confidence: edge.confidence,
        firstSeen: edge.firstSeen,
        lastSeen: edge.lastSeen,
        properties: edge.properties,
      });
    }
  });

  it("writes as text exactly the document the object form describes", () => {
    expect(JSON.parse(toCytoscapeJson(TRICKY))).toEqual(toCytoscape(TRICKY));
    expect(JSON.parse(toCytoscapeJson({ nodes: [], edges: [] }))).toEqual({
      elements: { nodes: [], edges: [] },
    });
  });
});
