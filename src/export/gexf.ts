import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  type DocumentWriter,
  isSymmetric,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";
import { escapeXml, XML_DECLARATION, xmlSafeText } from "./xml.ts";

/**
 * GEXF 1.3 (https://gexf.net), the format Gephi reads natively.
 *
 * Hand-written rather than graphology-gexf's writer, which builds the whole document in memory
 * and infers attribute types from the values (a subgraph whose confidences are all 1 would declare
 * `confidence` an integer) and writes a list item holding a comma unquoted, so it reads back as
 * two items. Here the declarations are fixed, so files exported at different times merge in Gephi,
 * list items are quoted, and the document streams. Tests read it back with graphology-gexf's parser and
 * compare with that library's writer.
 *
 * The relationship weight is GEXF's own `weight` attribute (Gephi's Weight column); symmetric
 * relationships are undirected edges.
 */
const NODE_ATTRIBUTES = [
  ["type", "string"],
  ["name", "string"],
  ["aliases", "liststring"],
  ["wikidataId", "string"],
  ["mentionCount", "integer"],
  ["degree", "integer"],
  ["lat", "double"],
  ["lon", "double"],
] as const;

const EDGE_ATTRIBUTES = [
  ["type", "string"],
  ["confidence", "double"],
  ["firstSeen", "string"],
  ["lastSeen", "string"],
  ["properties", "string"],
] as const;

function declarations(kind: "node" | "edge", attributes: ReadonlyArray<readonly [string, string]>) {
  const lines = attributes.map(
    ([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`,
  );
  return `    <attributes class="${kind}">\n${lines.join("")}    </attributes>\n`;
}

// GEXF 1.3 lists are "[a, b]"; each item is quoted so commas and brackets inside names survive.
function listValue(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(xmlSafeText(v))).join(", ")}]`;
}

function attvalues(values: Record<string, string | number | null>): string {
  const items = Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([key, value]) => `<attvalue for="${key}" value="${escapeXml(String(value))}"/>`);
  return `<attvalues>${items.join("")}</attvalues>`;
}

export function createGexfWriter(): DocumentWriter {
  return {
    begin: () =>
      `${XML_DECLARATION}<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n` +
      "  <meta>\n    <creator>newsgraph</creator>\n  </meta>\n" +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations("node", NODE_ATTRIBUTES) +
      declarations("edge", EDGE_ATTRIBUTES) +
      "    <nodes>\n",
    node: (node: SubgraphNode) =>
      `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.name)}">${attvalues({
        type: node.type,
        name: node.name,
        aliases: listValue(node.aliases),
        wikidataId: node.wikidataId,
        mentionCount: node.mentionCount,
        degree: node.degree,
        lat: node.lat,
        lon: node.lon,
      })}</node>\n`,
    middle: () => "    </nodes>\n    <edges>\n",
    edge: (edge: SubgraphEdge) =>
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${
        isSymmetric(edge) ? ' type="undirected"' : ""
      } label="${edge.type}" weight="${edge.weight}">${attvalues({
        type: edge.type,
        confidence: edge.confidence,
        firstSeen: edge.firstSeen,
        lastSeen: edge.lastSeen,
        properties: Object.keys(edge.properties).length ? JSON.stringify(edge.properties) : null,
      })}</edge>\n`,
    end: () => "    </edges>\n  </graph>\n</gexf>\n",
  };
}

export function toGexf(subgraph: Subgraph): string {
  return renderDocument(createGexfWriter(), subgraph);
}

export function streamGexf(source: SubgraphSource, chunkSize?: number): AsyncGenerator<string> {
  return streamDocument(createGexfWriter(), source, chunkSize);
}
