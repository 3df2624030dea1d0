import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Cypher statements live in cypher/<domain>/<verb>.cypher, one statement per file, so they can be
 * read, reviewed and snapshot-tested as Cypher. Each is read from disk once.
 */
export const CYPHER_DIR = fileURLToPath(new URL("../../cypher/", import.meta.url));

export interface Cypher {
  readonly name: string;
  readonly text: string;
}

const cache = new Map<string, Cypher>();

export function cypher(name: string): Cypher {
  let statement = cache.get(name);
  if (!statement) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    const text = fs.readFileSync(file, "utf8").trim();
    statement = Object.freeze({ name, text });
    cache.set(name, statement);
  }
  return statement;
}

/**
 * A statement whose text is built from the closed vocabulary (a label or relationship type that
 * Cypher cannot take as a parameter). `{{NAME}}` placeholders are replaced by values that the
 * caller has already checked against ENTITY_TYPES / RELATION_TYPES.
 */
export function cypherTemplate(name: string, slots: Record<string, string>): Cypher {
  const base = cypher(name);
  const text = base.text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const value = slots[slot];
    if (value === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      throw new Error(`cypher ${name}: slot ${slot} needs a vocabulary name, got ${value}`);
    }
    return value;
  });
  return { name: `${name}[${Object.values(slots).join(",")}]`, text };
}
