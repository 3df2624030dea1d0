import type { Subgraph, SubgraphEdge, SubgraphNode } from "../../../src/domain/index.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../../src/domain/index.ts";

/**
 * A small subgraph with the values that break writers: markup and quote characters, commas and
 * newlines, non-Latin scripts, a would-be spreadsheet formula, nulls, a node without
 * coordinates, parallel relationships between one pair, and a symmetric (undirected) one.
 */
export const TRICKY: Subgraph = {
  nodes: [
    node("country:netherlands", "Country", "Netherlands", {
      aliases: ["Nederland", "NL", 'the "Low Countries"'],
      wikidataId: "Q55",
      lat: 52.1326,
      lon: 5.2913,
      mentionCount: 12,
      degree: 4,
    }),
    node("organisation:nato", "Organisation", "NATO & <Partners>", {
      aliases: ["Navo", "North Atlantic Treaty Organization, the alliance"],
      wikidataId: "Q7184",
      lat: 50.8798,
      lon: 4.4258,
    }),
    node("person:mark-rutte", "Person", "Mark Rutte\nSecretary General", { aliases: [] }),
    node("location:kyiv", "Location", "Київ", {
      aliases: ["Kyiv", "Kiev"],
      lat: 50.45,
      lon: 30.5233,
    }),
    node("organisation:formula", "Organisation", '=HYPERLINK("http://x")', {
      aliases: ["+cmd", "-1", "@sum"],
    }),
    node("location:bad-coordinates", "Location", "Nowhere\u0001Land", { lat: 123, lon: 10 }),
  ],
  edges: [
    edge("MEMBER_OF", "country:netherlands", "organisation:nato", {
      weight: 7,
      confidence: 0.9,
      firstSeen: "2024-01-02",
      lastSeen: "2025-03-04",
      properties: { since: 1949, founding: true, note: 'says "yes", then <no>' },
    }),
    edge("SUPPORTS", "country:netherlands", "organisation:nato", { confidence: 1 }),
    edge("LEADS", "person:mark-rutte", "organisation:nato", { weight: 3, confidence: 0.75 }),
    edge("COOPERATES_WITH", "country:netherlands", "location:kyiv", { confidence: 0.5 }),
    edge("OPPOSES", "organisation:formula", "location:kyiv", {}),
    edge("LOCATED_IN", "organisation:nato", "location:bad-coordinates", {}),
  ],
};

export function node(
  id: string,
  type: SubgraphNode["type"],
  name: string,
  extra: Partial<SubgraphNode> = {},
): SubgraphNode {
  return {
    id,
    type,
    name,
    aliases: [],
    wikidataId: null,
    mentionCount: 1,
    degree: 1,
    lat: null,
    lon: null,
    ...extra,
  };
}

export function edge(
  type: SubgraphEdge["type"],
  source: string,
  target: string,
  extra: Partial<SubgraphEdge> = {},
): SubgraphEdge {
  return {
    id: `${type}:${source}->${target}`,
    type,
    source,
    target,
    weight: 1,
    confidence: 0.8,
    firstSeen: null,
    lastSeen: null,
    properties: {},
    ...extra,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatedNode(i: number): SubgraphNode {
  const r = random(i + 1);
  const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
  const located = r() < 0.6;
  return node(`${type.toLowerCase()}:entity-${i}`, type, `Entity ${i} & "Co" <${i % 7}>`, {
    aliases: i % 3 === 0 ? [`E${i}`, `Ent, ${i}`] : [],
    wikidataId: i % 5 === 0 ? `Q${1000 + i}` : null,
    mentionCount: 1 + Math.floor(r() * 50),
    degree: Math.floor(r() * 20),
    lat: located ? Math.round((r() * 170 - 85) * 1e4) / 1e4 : null,
    lon: located ? Math.round((r() * 350 - 175) * 1e4) / 1e4 : null,
  });
}

export function generatedEdge(i: number, nodeCount: number): SubgraphEdge {
  const r = random(1_000_000 + i);
  const a = generatedNode(Math.floor(r() * nodeCount));
  const b = generatedNode((Math.floor(r() * (nodeCount - 1)) + 1 + i) % nodeCount);
  const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
  return {
    ...edge(type, a.id, b.id, {
      weight: 1 + (i % 9),
      confidence: Math.round(r() * 100) / 100,
      firstSeen: i % 4 ? "2024-05-01" : null,
      lastSeen: i % 4 ? "2025-01-31" : null,
      properties: i % 10 === 0 ? { role: "lead", count: i } : {},
    }),
    // Unique even when the same pair and type come up twice in the generated data.
    id: `${type}:${a.id}->${b.id}#${i}`,
  };
}

export function generatedSubgraph(nodeCount: number, edgeCount: number): Subgraph {
  return {
    nodes: Array.from({ length: nodeCount }, (_, i) => generatedNode(i)),
    edges: Array.from({ length: edgeCount }, (_, i) => generatedEdge(i, nodeCount)),
  };
}

/**
 * The same generated subgraph as lazy async iterables (nothing held in memory), counting how
 * many elements the writer has pulled so far.
 */
export function lazySource(nodeCount: number, edgeCount: number) {
  const pulled = { count: 0 };
  async function* nodes() {
    for (let i = 0; i < nodeCount; i++) {
      pulled.count++;
      yield generatedNode(i);
    }
  }
  async function* edges() {
    for (let i = 0; i < edgeCount; i++) {
      pulled.count++;
      yield generatedEdge(i, nodeCount);
    }
  }
  return { source: { nodes: nodes(), edges: edges() }, pulled };
}

export async function collect<T>(chunks: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}
