import type { Gazetteer } from "./gazetteer.ts";
import { anyOf } from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import { mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";

/**
 * Coordinated lists that give a prefix or a head noun once (tenth round): "HMS Northumberland,
 * Westminster and Cattistock", "minehunters Cattistock, Hurworth and Ramsey" after a prefixed ship,
 * "the 419th and 388th Fighter Wings", "de 11e en 13e Luchtmobiele Brigade". Each member is the
 * entity its single form names.
 */

/** A ship found by its prefix (ships.ts), or a member of a list that gives the prefix once. */
export interface FoundShip {
  start: number;
  end: number;
  prefix: string;
  name: string;
  /** Named without its own prefix, in a list after a prefixed ship. */
  elided?: boolean;
}

/** One to three capitalised words of a ship's name, no numerals or capitals-only acronyms. */
const LIST_NAME = "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\u00a0]+\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2}";
const HULL = /^[ \u00a0]*\(\p{Lu}{1,4}[- ]?\d{1,4}\)/u;
/** The next member: a comma, or a closing conjunction, and a name without a prefix of its own. */
const NEXT_MEMBER = new RegExp(
  `^(?:[ \\u00a0]*,[ \\u00a0]*|[ \\u00a0]*,?[ \\u00a0]+(and|en|&)[ \\u00a0]+)(${LIST_NAME})(?![\\p{L}\\p{N}.])`,
  "u",
);
/** Plural nouns of ships right before a prefixed ship or a list of names. */
const PLURAL_SHIP_NOUNS =
  "frigates|destroyers|minehunters|mine hunters|minesweepers|mine countermeasures vessels|corvettes|submarines|patrol vessels|patrol ships|offshore patrol vessels|warships|ships|vessels|fregatten|mijnenjagers|schepen|marineschepen|oorlogsschepen|onderzeeboten|patrouilleschepen|korvetten";
const PLURAL_SHIP_HINT = anyOf(PLURAL_SHIP_NOUNS.split("|"));
const PLURAL_BEFORE = new RegExp(`(?:${PLURAL_SHIP_NOUNS})[ \\u00a0]+$`, "u");
const CLASS_LIST = new RegExp(
  `(?<![\\p{L}])(?:${PLURAL_SHIP_NOUNS})[ \\u00a0]+(${LIST_NAME})(?![\\p{L}\\p{N}.])`,
  "gu",
);
/** A plural verb after "HMS A and B": the two names are two ships. */
const PLURAL_VERB =
  /^[ \u00a0]+(?:were|are|have|had|will|would|sailed|arrived|left|joined|departed|conducted|took|varen|voeren|zijn|waren|hebben|hadden|zullen|gaan|gingen|vertrokken|kwamen|namen|nemen)(?![\p{L}])/u;
const NOT_SHIP_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|These|They|Their|Its|De|Het|Dit|Deze|Zij|Ze|Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Januari|Februari|Maart|Mei|Juni|Juli|Augustus|Oktober|Royal|Koninklijke|Navy|Marine|Task|Group|Allied|Standing|Operation|Operatie|Exercise|Oefening|Commander|Captain|Admiral|Commodore|Lt|Cdr|Kapitein)$/u;

/**
 * Names a list after a prefixed ship gives without the prefix: "HMS Northumberland, Westminster and
 * Cattistock" (a closing conjunction and two or more names, or one name after a plural ship noun —
 * "Type 23 frigates HMS Northumberland and Westminster" — or before a plural verb — "Zr.Ms. Karel
 * Doorman en Evertsen varen …"), and "minehunters Cattistock, Hurworth and Ramsey": a plural ship
 * noun and a list of names in a sentence that names a prefixed ship, whose prefix they share. A
 * name the dictionary reads as a state or a person ends the list; a list a conjunction does not
 * close is no list.
 */
export function elidedShipNames(
  doc: Doc,
  found: readonly FoundShip[],
  mentions: readonly Mention[],
): FoundShip[] {
  const out: FoundShip[] = [];
  const taken = (start: number, end: number) =>
    found.some((f) => f.start < end && start < f.end) ||
    out.some((f) => f.start < end && start < f.end);
  // A state or person ends a list; any other known name does too, unless a plural ship noun
  // announced several ships ("frigates HMS Northumberland and Westminster").
  const blocked = (start: number, end: number, plural: boolean) =>
    mentionsNear(mentions, start, end).some(
      (x) =>
        x.start < end && start < x.end && (!plural || x.type === "Country" || x.type === "Person"),
    );
  /** The members after `end`, if the list closes with a conjunction. */
  const membersAfter = (
    from: number,
    plural: boolean,
  ): { members: FoundShip[]; closed: boolean; end: number } => {
    const members: FoundShip[] = [];
    let at = from;
    let closed = false;
    for (;;) {
      const hull = HULL.exec(doc.text.slice(at, at + 14));
      if (hull) at += hull[0].length;
      const m = NEXT_MEMBER.exec(doc.text.slice(at, at + 80));
      if (!m) break;
      const name = m[2]!;
      if (NOT_SHIP_WORD.test(name.split(/[ \u00a0]/u)[0]!)) break;
      const start = at + m[0].length - name.length;
      const end = at + m[0].length;
      if (
        doc.text.slice(at, end).includes("\n") ||
        blocked(start, end, plural) ||
        taken(start, end)
      )
        break;
      members.push({
        start,
        end,
        prefix: "",
        name: name.replace(/[ \u00a0]+/gu, " "),
        elided: true,
      });
      at = end;
      if (m[1]) {
        closed = true;
        break;
      }
    }
    return { members, closed, end: at };
  };
  for (const ship of found) {
    if (ship.start < doc.titleEnd || ship.elided) continue;
    const plural = PLURAL_BEFORE.test(doc.folded.slice(Math.max(0, ship.start - 40), ship.start));
    const { members, closed, end } = membersAfter(ship.end, plural);
    if (!closed || members.length === 0) continue;
    if (members.length === 1 && !plural && !PLURAL_VERB.test(doc.folded.slice(end, end + 14)))
      continue;
    for (const m of members) out.push({ ...m, prefix: ship.prefix });
  }
  if (found.length === 0 || !PLURAL_SHIP_HINT.test(doc.folded)) return out;
  CLASS_LIST.lastIndex = 0;
  for (let m = CLASS_LIST.exec(doc.text); m !== null; m = CLASS_LIST.exec(doc.text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    // The noun is written in lower case: "minehunters", not "Minehunters Association".
    if (doc.text.slice(m.index, start) !== doc.folded.slice(m.index, start)) continue;
    if (NOT_SHIP_WORD.test(name.split(/[ \u00a0]/u)[0]!)) continue;
    if (blocked(start, end, true) || taken(start, end)) continue;
    const sentence = sentenceIndexAt(doc, start);
    const prefixed = found.filter(
      (f) => !f.elided && f.start >= doc.titleEnd && sentenceIndexAt(doc, f.start) === sentence,
    );
    const prefix = (prefixed.filter((f) => f.end <= start).pop() ?? prefixed[0])?.prefix;
    if (!prefix) continue;
    const first: FoundShip = {
      start,
      end,
      prefix,
      name: name.replace(/[ \u00a0]+/gu, " "),
      elided: true,
    };
    const { members, closed } = membersAfter(end, true);
    if (!closed || members.length === 0) continue;
    out.push(first, ...members.map((x) => ({ ...x, prefix })));
  }
  return out;
}

/** Ordinals as units are numbered: "419th", "1st", "11e", "13de". */
const ORDINAL = "\\d{1,3}(?:st|nd|rd|th|e|ste|de)";
const UNIT_PLURALS: Record<string, string> = {
  Wings: "Wing",
  Squadrons: "Squadron",
  Battalions: "Battalion",
  Brigades: "Brigade",
  Divisions: "Division",
  Regiments: "Regiment",
  Fleets: "Fleet",
  Groups: "Group",
  "Brigade Combat Teams": "Brigade Combat Team",
  "Expeditionary Units": "Expeditionary Unit",
  Bataljons: "Bataljon",
  Divisies: "Divisie",
  Eskaders: "Eskader",
};
const UNIT_SINGULARS =
  "Brigade Combat Team|Expeditionary Unit|Wing|Squadron|Battalion|Brigade|Division|Regiment|Fleet|Bataljon|Divisie|Eskader|Smaldeel";
const SHARED_HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${ORDINAL}(?:[ \\u00a0]*,[ \\u00a0]*${ORDINAL})*)[ \\u00a0]*,?[ \\u00a0]+(?:and|en|&)[ \\u00a0]+(${ORDINAL})[ \\u00a0]+((?:\\p{Lu}[\\p{L}'’-]*[ \\u00a0]+){0,3})(Brigade Combat Teams?|Expeditionary Units?|${Object.keys(
    UNIT_PLURALS,
  )
    .filter((k) => !k.includes(" "))
    .join("|")}|${UNIT_SINGULARS})(?![\\p{L}])`,
  "gu",
);
const SHARED_HEAD_HINT = anyOf(
  [
    "wing",
    "squadron",
    "battalion",
    "brigade",
    "division",
    "regiment",
    "fleet",
    "group",
    "unit",
  ].concat(["bataljon", "divisie", "eskader", "smaldeel"]),
);

/** "…, The Rifles", " Royal Welsh", ", The Royal Irish Regiment": the regiment of numbered battalions. */
const REGIMENT_TAIL =
  /^,?[ \u00a0]+(?:(?:The|Royal)[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}\p{Lu}[\p{L}'’-]*|(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){0,3}(?:Regiment|Rifles|Guards|Fusiliers|Dragoons|Hussars|Lancers|Highlanders|Marines|Yeomanry|Gurkhas|Rangers))(?![\p{L}\p{N}])/u;
const REGIMENT_HOLDERS = new Set(["Battalion", "Squadron", "Regiment", "Bataljon"]);

/**
 * "the 419th and 388th Fighter Wings", "the 1st and 2nd Battalions", "de 11e en 13e Luchtmobiele
 * Brigade": numbered units that share their name and head noun. Each number is the unit its
 * single form names ("419th Fighter Wing": an Organisation, kind unit, as `recogniseUnits` makes
 * it; the knowledge base's unit when it knows the single form); the last one keeps the mention
 * the single form gave it, if any.
 */
export function recogniseSharedHeadUnits(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!SHARED_HEAD_HINT.test(doc.folded)) return;
  SHARED_HEAD.lastIndex = 0;
  for (let m = SHARED_HEAD.exec(doc.text); m !== null; m = SHARED_HEAD.exec(doc.text)) {
    if (m[0].includes("\n")) continue;
    const head = m[4]!;
    const singular = UNIT_PLURALS[head] ?? head;
    const plural = singular !== head;
    const words = m[3]!.replace(/[ \u00a0]+/gu, " ");
    // A single noun needs the shared name words ("de 11e en 13e Luchtmobiele Brigade"); "the 3rd
    // and 4th Brigade" without them names one brigade after a count.
    if (!plural && words === "") continue;
    // "the 1st and 2nd Battalions, The Rifles": the regiment after the head is each one's.
    let end = m.index + m[0].length;
    let regiment = "";
    if (words === "") {
      const tail = REGIMENT_TAIL.exec(doc.text.slice(end, end + 80));
      if (!tail || !REGIMENT_HOLDERS.has(singular)) continue;
      regiment = tail[0].replace(/[ \u00a0]+/gu, " ");
      end += tail[0].length;
    }
    const ordinals: { text: string; start: number }[] = [];
    const firsts = /\d{1,3}(?:st|nd|rd|th|e|ste|de)/gu;
    for (let o = firsts.exec(m[1]!); o !== null; o = firsts.exec(m[1]!))
      ordinals.push({ text: o[0], start: m.index + o.index });
    const lastStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    ordinals.push({ text: m[2]!, start: lastStart });
    if (new Set(ordinals.map((o) => o.text)).size !== ordinals.length) continue;
    // Names already read over the list's span (other than its last unit's) mean another reading.
    const inside = mentions.overlapping(m.index, end).filter((x) => !x.nested);
    if (inside.some((x) => x.start < lastStart && x.type !== "Organisation")) continue;
    ordinals.forEach((o, i) => {
      const last = i === ordinals.length - 1;
      const name = `${o.text} ${words}${singular}${regiment}`;
      const span = last
        ? { start: o.start, end }
        : { start: o.start, end: o.start + o.text.length };
      if (
        last &&
        mentions.overlapping(span.start, span.end).some((x) => !x.nested && x.start === span.start)
      )
        return;
      // A unit the knowledge base knows by its single form ("11 Luchtmobiele Brigade") is that unit.
      const known = [name, name.replace(/^(\d+)\p{L}+/u, "$1")]
        .flatMap((n) => gazetteer.lookup(n))
        .find((c) => c.ref.kind === "entity" && c.ref.entity.type === "Organisation");
      const record =
        known?.ref.kind === "entity"
          ? registry.fromKb(known.ref.entity)
          : registry.fromName("Organisation", name, { kind: "unit" });
      mentions.wrap({
        ...span,
        key: record.key,
        type: "Organisation",
        nested: false,
        via: "pattern",
      });
    });
  }
}

/** The plural heads of places a list may share, and their single form. */
const PLACE_PLURALS: Readonly<Record<string, string>> = {
  Seas: "Sea",
  Oceans: "Ocean",
  Islands: "Island",
  Rivers: "River",
};
const SHARED_PLACE_HEAD =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]+,[ \u00a0]+)*)(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(?:and|or)[ \u00a0]+(\p{Lu}[\p{L}'’-]+)[ \u00a0]+(Seas|Oceans|Islands|Rivers)(?![\p{L}])/gu;
const SHARED_PLACE_HINT = / (?:seas|oceans|islands|rivers)(?![\p{L}])/u;

/**
 * "the Mediterranean and Black Seas", "the Baltic, North and Norwegian Seas": places that share
 * their head noun. Each name with the single head ("Black Sea") is the place the knowledge base
 * knows; when it knows any one of them not, the list is left as the dictionary read it. A name the
 * dictionary already read alone ("Mediterranean") keeps its mention.
 */
export function recogniseSharedHeadPlaces(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!SHARED_PLACE_HINT.test(doc.folded)) return;
  SHARED_PLACE_HEAD.lastIndex = 0;
  for (let m = SHARED_PLACE_HEAD.exec(doc.text); m !== null; m = SHARED_PLACE_HEAD.exec(doc.text)) {
    const head = m[4]!;
    const single = PLACE_PLURALS[head]!;
    const names: { text: string; start: number; end: number }[] = [];
    const firsts = /(\p{Lu}[\p{L}'’-]+),/gu;
    for (let f = firsts.exec(m[1]!); f !== null; f = firsts.exec(m[1]!)) {
      const start = m.index + f.index;
      names.push({ text: f[1]!, start, end: start + f[1]!.length });
    }
    const secondStart = m.index + m[1]!.length;
    names.push({ text: m[2]!, start: secondStart, end: secondStart + m[2]!.length });
    const lastStart = m.index + m[0].lastIndexOf(m[3]!, m[0].length - head.length - 1);
    names.push({ text: m[3]!, start: lastStart, end: m.index + m[0].length });
    const places = names.map((n) =>
      gazetteer
        .lookup(`${n.text} ${single}`)
        .find((c) => c.ref.kind === "entity" && c.ref.entity.type === "Location"),
    );
    if (places.some((p) => p === undefined)) continue;
    names.forEach((n, i) => {
      const known = places[i]!;
      if (known.ref.kind !== "entity") return;
      // "Mediterranean" read alone already names the sea: that mention stays.
      if (mentions.overlapping(n.start, n.end).some((x) => !x.nested && x.type === "Location"))
        return;
      const record = registry.fromKb(known.ref.entity);
      mentions.wrap({
        start: n.start,
        end: n.end,
        key: record.key,
        type: "Location",
        nested: false,
        via: "pattern",
      });
    });
  }
}
