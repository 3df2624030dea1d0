import neo4j from "neo4j-driver";

/**
 * Batched connection lookups receive keys that differ in filter and page size as well as in
 * entity. Keys are grouped by everything the Cypher text takes as a shared parameter (filter,
 * LIMIT), so each group is ONE statement whatever the number of entities in it; a typical query
 * asks every entity of a list with the same arguments, which is one group.
 */
export function groupKeys<K>(keys: readonly K[], shapeOf: (key: K) => unknown): K[][] {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const shape = JSON.stringify(shapeOf(key));
    const group = groups.get(shape);
    if (group) group.push(key);
    else groups.set(shape, [key]);
  }
  return [...groups.values()];
}

/** Runs `load` once per group and answers in the order of `keys` (what DataLoader requires). */
export async function loadGrouped<K, V>(
  keys: readonly K[],
  shapeOf: (key: K) => unknown,
  load: (group: K[]) => Promise<V[]>,
): Promise<V[]> {
  const results = new Map<K, V>();
  await Promise.all(
    groupKeys(keys, shapeOf).map(async (group) => {
      const values = await load(group);
      group.forEach((key, index) => {
        results.set(key, values[index] as V);
      });
    }),
  );
  return keys.map((key) => results.get(key) as V);
}

/** Rows tagged with their key's position `i` in the statement's `$keys`, split back per key. */
export function splitByIndex<R>(rows: readonly R[], count: number, indexOf: (row: R) => number) {
  const out: R[][] = Array.from({ length: count }, () => []);
  for (const row of rows) out[indexOf(row)]?.push(row);
  return out;
}

/**
 * LIMIT needs a Cypher INTEGER, and a JS number travels as a FLOAT: page sizes are sent as
 * driver integers. One more row than the page is read, to know whether a next page exists.
 */
export function cypherInt(value: number) {
  return neo4j.int(value);
}

export function pageLimit(first: number) {
  return cypherInt(first + 1);
}
