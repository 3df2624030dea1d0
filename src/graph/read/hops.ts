import type { Cypher } from "../cypher.ts";

/**
 * A quantified path pattern's upper bound cannot be a parameter, and a search bounded by the
 * ceiling explores that far even when the caller wants fewer hops (from a hub, three hops can be
 * the whole graph: ten times slower than one). A statement that writes its bound as the ceiling
 * (`{1,3}`) is narrowed here to `{1,hops}`, for `hops` from the closed range 1..ceiling: the text
 * sent to Neo4j comes from a fixed set, never from user input.
 */
const variants = new Map<string, Cypher>();

export function withHopBound(statement: Cypher, ceiling: number, hops: number): Cypher {
  if (!Number.isInteger(hops) || hops < 1 || hops > ceiling) {
    throw new Error(`${statement.name}: hops must be an integer from 1 to ${ceiling}, got ${hops}`);
  }
  const key = `${statement.name}|${hops}`;
  let variant = variants.get(key);
  if (!variant) {
    const bound = `{1,${ceiling}}`;
    const parts = statement.text.split(bound);
    if (parts.length !== 2) {
      throw new Error(`${statement.name}: expected the bound ${bound} exactly once`);
    }
    variant = Object.freeze({
      name: `${statement.name}[${hops}]`,
      text: parts.join(`{1,${hops}}`),
    });
    variants.set(key, variant);
  }
  return variant;
}
