import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES, RELATION_TYPES } from "../domain/vocabulary.ts";

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

/**
 * Parts of a statement that only some calls need: `{{#IF NAME}}…{{/IF NAME}}` is kept when the
 * caller's flag NAME is true and `{{#UNLESS NAME}}…{{/UNLESS NAME}}` when it is not (markers on
 * lines of their own). Each combination of flags is a statement text of its own, planned and
 * cached by Neo4j apart: a part that a parameter switches off is still planned and run (an
 * evidence subquery under `LIMIT 0` still seeks once per row), a part left out costs nothing.
 */
export type CypherFlags = Readonly<Record<string, boolean>>;

const CONDITIONAL = /\{\{#(IF|UNLESS) (\w+)\}\}\n?([\s\S]*?)\{\{\/\1 \2\}\}\n?/g;

function fillConditionals(text: string, flags: CypherFlags): string {
  return text.replace(CONDITIONAL, (_, kind: string, flag: string, body: string) =>
    (flags[flag] === true) === (kind === "IF") ? body : "",
  );
}

/**
 * The id of the evidence node `variable`: `<relId>@<articleId>#<n>`, of which evidence stores only `n`,
 * and only when it is not 0 (migration 056); an id of another form, kept from before that
 * migration, is stored whole.
 */
export function evidenceIdOf(variable: string): string {
  const v = variable;
  return `coalesce(${v}.id, ${v}.relId + '@' + ${v}.articleId + '#' + toString(coalesce(${v}.n, 0)))`;
}

/** evidenceIdOf the variable `ev`, as cypher/ names evidence. */
export const EVIDENCE_ID = evidenceIdOf("ev");

/**
 * Slots every statement may use, filled from the closed vocabulary when the file is read, so the
 * list of types is written in one place (src/domain/vocabulary.ts) and never from user input:
 * `{{RELATION_TYPES}}` is the ontology's relationship types as a type union (`REPRESENTS|…`), for
 * typed patterns that expand only entity-to-entity edges, never a hub's MENTIONS; `{{ENTITY_TYPES}}`
 * the entity labels as a Cypher list of strings; `{{EVIDENCE_ID}}` the id of the evidence node
 * `ev` (EVIDENCE_ID).
 */
export const VOCABULARY_SLOTS: Readonly<Record<string, string>> = Object.freeze({
  RELATION_TYPES: RELATION_TYPES.join("|"),
  ENTITY_TYPES: `[${ENTITY_TYPES.map((t) => `'${t}'`).join(", ")}]`,
  EVIDENCE_ID: EVIDENCE_ID,
});

/**
 * The relationship types in the order of their relationships' ids (`TYPE:source->target`): all ids
 * of one type share the prefix `TYPE:`, so sorting those prefixes sorts the types as their ids sort.
 */
export const RELATION_TYPES_IN_ID_ORDER: readonly string[] = Object.freeze(
  [...RELATION_TYPES].sort((a, b) => (`${a}:` < `${b}:` ? -1 : `${a}:` > `${b}:` ? 1 : 0)),
);

/**
 * `{{#EACH_RELATION_TYPE separator}}…{{TYPE}}…{{/EACH_RELATION_TYPE}}`, markers on lines of their
 * own: the block once per relationship type (RELATION_TYPES_IN_ID_ORDER) with `{{TYPE}}` filled
 * (and `{{INDEX}}`, its position in that order, from 0), the copies joined by the separator (e.g.
 * `UNION ALL` or `,`), for statements that need one index seek per type (a relationship index
 * covers one type, and a type cannot be a parameter).
 */
const EACH_RELATION_TYPE =
  /\{\{#EACH_RELATION_TYPE(?: ([^}]*))?\}\}([\s\S]*?)\{\{\/EACH_RELATION_TYPE\}\}/g;

function fillVocabulary(text: string): string {
  return text
    .replace(EACH_RELATION_TYPE, (_, separator: string | undefined, body: string) => {
      // The markers stand on lines of their own: the copies keep the body's lines only.
      const lines = body.replace(/^\n|\n$/g, "");
      return RELATION_TYPES_IN_ID_ORDER.map((type, index) =>
        lines.replaceAll("{{TYPE}}", type).replaceAll("{{INDEX}}", String(index)),
      ).join(separator ? `\n${separator}\n` : "\n");
    })
    .replace(/\{\{(\w+)\}\}/g, (slot, name: string) => VOCABULARY_SLOTS[name] ?? slot);
}

/**
 * The files explain themselves in `//` comment lines; Neo4j does not need them, and every
 * statement is sent with its text each time it runs (a long comment block costs bytes, Bolt
 * chunks and socket writes on every request). Only whole comment lines go: no statement has a
 * comment after code or `//` in a string.
 */
function withoutCommentLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("//"))
    .join("\n");
}

export function cypher(name: string, flags: CypherFlags = {}): Cypher {
  const on = Object.keys(flags)
    .filter((flag) => flags[flag] === true)
    .sort();
  const key = on.length === 0 ? name : `${name}{${on.join(",")}}`;
  let statement = cache.get(key);
  if (!statement) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    const source = withoutCommentLines(fs.readFileSync(file, "utf8"));
    const text = fillVocabulary(fillConditionals(`${source}\n`, flags).trim());
    statement = Object.freeze({ name, text });
    cache.set(key, statement);
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
