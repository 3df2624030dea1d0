import { foldKey } from "./fold.ts";
import { anyOf, MONTHS, NATIONAL_OFFICES, NOT_NAME_WORDS, PERSON_TITLES } from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry } from "./model.ts";

/**
 * Named operations the knowledge base does not list (ONTOLOGY.md: named operations are
 * Missions): "Operation Highmast", "Operation REASSURANCE", "Operatie Atalanta". The noun is
 * capitalised and one to three capitalised words follow it; a known mission found there keeps the
 * dictionary's reading. A title-case headline ("Operation Begins In Mali") names an operation
 * only when the body names it too.
 */
const OPERATION =
  /(?<![\p{L}\p{N}])(?:Operation|Operatie)[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}\p{N}])/gu;
const HINT = anyOf(["Operation", "Operatie"]);
const TITLES = new Set([...NATIONAL_OFFICES, ...PERSON_TITLES].filter((t) => !t.includes(" ")));

/** The name's words up to the first that cannot be part of it ("Operation Highmast In"). */
function nameWords(words: string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    const folded = foldKey(word);
    if (NOT_NAME_WORDS.has(folded) || MONTHS[folded] !== undefined || TITLES.has(folded)) break;
    kept.push(word);
  }
  return kept;
}

export function recogniseOperations(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  OPERATION.lastIndex = HINT.test(doc.text) ? 0 : doc.text.length;
  for (let m = OPERATION.exec(doc.text); m !== null; m = OPERATION.exec(doc.text)) {
    const words = nameWords(m[1]!.split(/[ \u00a0]+/u));
    if (words.length === 0) continue;
    const start = m.index;
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const end = nameStart + words.join(" ").length;
    if (doc.text.slice(start, end).includes("\n")) continue;
    // A name the dictionary reads (a known mission, or a longer name around it) is kept.
    if (
      mentions
        .overlapping(start, end)
        .some((x) => !x.nested && (x.start < nameStart || x.end > end || x.type === "Mission"))
    )
      continue;
    const name = `${doc.text.slice(start, nameStart).trim()} ${words.join(" ")}`.replace(
      /\s+/gu,
      " ",
    );
    if (start < doc.titleEnd && !doc.text.slice(doc.titleEnd).includes(name)) continue;
    const record = registry.fromName("Mission", name, { kind: "operation" });
    mentions.wrap({ start, end, key: record.key, type: "Mission", nested: false, via: "pattern" });
  }
}
