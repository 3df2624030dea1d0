import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MultiGraph } from "graphology";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { toGraphml } from "../../../src/export/index.ts";
import { TRICKY } from "./fixtures.ts";

describe("GraphML export", () => {
  const text = toGraphml(TRICKY);

  it("is well-formed GraphML declaring a typed key per attribute", () => {
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(text);
    expect(doc.graphml.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(doc.graphml.graph.edgedefault).toBe("directed");
    const keys = (doc.graphml.key as Array<Record<string, string>>).map(
      (k) => `${k.for}.${k["attr.name"]}:${k["attr.type"]}`,
    );
    expect(keys).toEqual([
      "node.type:string",
      "node.name:string",
      "node.aliases:string",
      "node.wikidataId:string",
      "node.mentionCount:int",
      "node.degree:int",
      "node.lat:double",
      "node.lon:double",
      "edge.type:string",
      "edge.weight:double",
      "edge.confidence:double",
      "edge.firstSeen:string",
      "edge.lastSeen:string",
      "edge.properties:string",
    ]);
  });

  it("reads back with graphology-graphml: every node and edge, attributes and direction intact", () => {
    const graph = parseGraphml(MultiGraph, text);
    expect(graph.order).toBe(TRICKY.nodes.length);
    expect(graph.size).toBe(TRICKY.edges.length);
    for (const node of TRICKY.nodes) {
      const read = graph.getNodeAttributes(node.id);
      expect(read).toEqual({
        type: node.type,
        name: node.name.replaceAll("\u0001", ""),
        aliases: JSON.stringify(node.aliases),
        ...(node.wikidataId === null ? {} : { wikidataId: node.wikidataId }),
        mentionCount: node.mentionCount,
        degree: node.degree,
        ...(node.lat === null ? {} : { lat: node.lat, lon: node.lon }),
      });
      expect(JSON.parse(read.aliases as string)).toEqual(node.aliases);
    }
    for (const edge of TRICKY.edges) {
      expect(graph.getEdgeAttributes(edge.id)).toEqual({
        type: edge.type,
        weight: edge.weight,
        confidence: edge.confidence,
        ...(edge.firstSeen === null ? {} : { firstSeen: edge.firstSeen }),
        ...(edge.lastSeen === null ? {} : { lastSeen: edge.lastSeen }),
        properties: JSON.stringify(edge.properties),
      });
      expect([graph.source(edge.id), graph.target(edge.id)]).toEqual([edge.source, edge.target]);
    }
  });

  it('marks symmetric relationships directed="false" (graphology-graphml 0.5 reads only ="true")', () => {
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(text);
    const undirected = (doc.graphml.graph.edge as Array<{ id: string; directed?: string }>)
      .filter((e) => e.directed === "false")
      .map((e) => e.id);
    expect(undirected).toEqual(["COOPERATES_WITH:country:netherlands->location:kyiv"]);
  });

  it("keeps a name with a newline, markup and quotes exactly (fast-xml-parser reading)", () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "",
      // Decodes character references such as &#10; (the newline), as every XML parser must.
      htmlEntities: true,
      isArray: (name) => ["node", "edge", "data"].includes(name),
    }).parse(text);
    const nodes = doc.graphml.graph.node as Array<{
      id: string;
      data: Array<{ key: string; "#text": string }>;
    }>;
    const nameOf = (id: string) =>
      nodes.find((n) => n.id === id)?.data.find((d) => d.key === "n_name")?.["#text"];
    expect(nameOf("organisation:nato")).toBe("NATO & <Partners>");
    expect(nameOf("person:mark-rutte")).toBe("Mark Rutte\nSecretary General");
    expect(nameOf("organisation:formula")).toBe('=HYPERLINK("http://x")');
  });
});
