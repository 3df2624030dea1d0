import type { Subgraph, SubgraphEdge, SubgraphNode } from "../domain/index.ts";
import {
  type DocumentWriter,
  isSymmetric,
  renderDocument,
  type SubgraphSource,
  streamDocument,
} from "./document.ts";
import { escapeXml, XML_DECLARATION } from "./xml.ts";

/**
 * GraphML (http://graphml.graphdrawing.org), read by yEd, Cytoscape desktop, NetworkX and igraph.
 *
 * Hand-written: graphology-graphml only parses (its 0.5 release has no writer), and a document
 * that streams needs element-by-element output anyway. Tests read it back with graphology-graphml
 * and fast-xml-parser. GraphML has no list type, so aliases and properties are JSON text.
 */
type KeyType = "string" | "int" | "double";

const NODE_KEYS: ReadonlyArray<readonly [name: string, type: KeyType]> = [
  ["type", "string"],
  ["name", "string"],
  ["aliases", "string"],
  ["wikidataId", "string"],
  ["mentionCount", "int"],
  ["degree", "int"],
  ["lat", "double"],
  ["lon", "double"],
];

const EDGE_KEYS: ReadonlyArray<readonly [name: string, type: KeyType]> = [
  ["type", "string"],
  ["weight", "double"],
  ["confidence", "double"],
  ["firstSeen", "string"],
  ["lastSeen", "string"],
  ["properties", "string"],
];

// Key ids are unique per document, while node and edge both have a `type`: prefix them.
const keyId = (kind: "node" | "edge", name: string) => `${kind[0]}_${name}`;

function keys(kind: "node" | "edge", list: typeof NODE_KEYS): string {
  return list
    .map(
      ([name, type]) =>
        `  <key id="${keyId(kind, name)}" for="${kind}" attr.name="${name}" attr.type="${type}"/>\n`,
    )
    .join("");
}

function data(kind: "node" | "edge", values: Record<string, string | number | null>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== null)
    .map(([name, value]) => `<data key="${keyId(kind, name)}">${escapeXml(String(value))}</data>`)
    .join("");
}

export function createGraphmlWriter(): DocumentWriter {
  return {
    begin: () =>
      `${XML_DECLARATION}<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
      keys("node", NODE_KEYS) +
      keys("edge", EDGE_KEYS) +
      '  <graph id="newsgraph" edgedefault="directed">\n',
    node: (node: SubgraphNode) =>
      `    <node id="${escapeXml(node.id)}">${data("node", {
        type: node.type,
        name: node.name,
        aliases: JSON.stringify(node.aliases),
        wikidataId: node.wikidataId,
        mentionCount: node.mentionCount,
        degree: node.degree,
        lat: node.lat,
        lon: node.lon,
      })}</node>\n`,
    middle: () => "",
    edge: (edge: SubgraphEdge) =>
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"${
        isSymmetric(edge) ? ' directed="false"' : ""
      }>${data("edge", {
        type: edge.type,
        weight: edge.weight,
        confidence: edge.confidence,
        firstSeen: edge.firstSeen,
        lastSeen: edge.lastSeen,
        properties: JSON.stringify(edge.properties),
      })}</edge>\n`,
    end: () => "  </graph>\n</graphml>\n",
  };
}

export function toGraphml(subgraph: Subgraph): string {
  return renderDocument(createGraphmlWriter(), subgraph);
}

export function streamGraphml(source: SubgraphSource, chunkSize?: number): AsyncGenerator<string> {
  return streamDocument(createGraphmlWriter(), source, chunkSize);
}
