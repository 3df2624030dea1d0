import { foldKey } from "./fold.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { NOT_NAME_WORDS, NUMBER_WORDS } from "./lexicon.ts";
import { mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";

/**
 * Standing commands, forces and task forces the knowledge base does not list, recognised by their
 * head noun (ONTOLOGY.md: standing commands, fleets and task forces are Organisations):
 * "Special Operations Command Africa", "U.S. Naval Forces Central Command", "Combined Maritime
 * Forces", "Combined Task Force (CTF) 151", "CTF-151", "Task Force Taji".
 */

/** Areas after the head that are part of the name: "Special Operations Command Africa",
 * "U.S. Naval Forces Europe-Africa". */
const COMMAND_AREAS = new Set([
  "africa",
  "europe",
  "europe-africa",
  "pacific",
  "indo-pacific",
  "central",
  "korea",
  "japan",
  "atlantic",
  "north",
  "south",
  "southern",
  "northern",
  "east",
  "west",
  "eastern",
  "western",
  "brunssum",
  "naples",
  "norfolk",
]);

/** Force names that are categories, not units: "Special Operations Forces", "Armed Forces". */
const GENERIC_FORCES = new Set([
  "special operations forces",
  "special operations force",
  "special forces",
  "armed forces",
  "security forces",
  "ground forces",
  "land forces",
  "naval forces",
  "air forces",
  "coalition forces",
  "allied forces",
  "partner forces",
  "enemy forces",
  "government forces",
  "opposition forces",
  "national forces",
  "military forces",
  "task force",
  "air force",
]);

/** First words that make "… Force(s)" a proper name rather than a description. */
const FORCE_QUALIFIERS = new Set([
  "combined",
  "joint",
  "allied",
  "multinational",
  "expeditionary",
  "standing",
  "maritime",
  "naval",
  "royal",
  "national",
  "rapid",
  "nato",
  "u.s.",
  "us",
  "un",
  "eu",
  "european",
]);

const TASK_FORCE_PREFIX: Record<string, string> = {
  CTF: "Combined Task Force",
  CJTF: "Combined Joint Task Force",
  JTF: "Joint Task Force",
  TF: "Task Force",
};

const TASK_FORCE =
  /(?<![\p{L}\p{N}])(?:((?:Combined|Joint|Combined Joint)\s+)?Task\s+Force\s+(?:\((C?J?TF)\)\s+)?(\d{1,3}(?:\.\d{1,2})?|\p{Lu}[\p{L}-]+)|(CJTF|CTF|JTF)[ -]?(\d{2,3}(?:\.\d{1,2})?))(?![\p{L}\p{N}])/gu;
const HEAD = /(?<![\p{L}\p{N}])(Command|Forces|Force|Centre|Center|Cell|Agency)(?![\p{L}\p{N}-])/gu;
/** "Combined Air Operations Centre", "Enforcement Coordination Cell", "Defense Security
 * Cooperation Agency": two capitalised words at least, no "of" or "for" among them. */
const CENTRE_HEADS = new Set(["Centre", "Center", "Cell", "Agency"]);
const WORD_BEFORE = /(?:^|[\s(])((?:U\.S\.|U\.K\.|\p{Lu}[\p{L}'’-]*|of|for|and))\s+$/u;
/** Words before "and" that end a name of their own: "Army and Air Force" are two services. */
const SERVICE_WORDS =
  /^(?:Army|Navy|Marines|Force|Forces|Corps|Guard|Command|Barracks|Base|Ministry|Department)$/u;

interface Found {
  start: number;
  end: number;
  name: string;
  alias?: string;
}

/** "Combined Task Force (CTF) 151", "CTF 151", "Task Force 51", "Task Force Taji". */
function taskForces(doc: Doc): Found[] {
  const out: Found[] = [];
  TASK_FORCE.lastIndex = 0;
  for (let m = TASK_FORCE.exec(doc.text); m !== null; m = TASK_FORCE.exec(doc.text)) {
    if (m[5] !== undefined) {
      const name = `${TASK_FORCE_PREFIX[m[4]!]} ${m[5]}`;
      out.push({ start: m.index, end: m.index + m[0].length, name });
      continue;
    }
    const designator = m[3]!;
    if (/^\p{Lu}/u.test(designator) && NOT_NAME_WORDS.has(foldKey(designator))) continue;
    const prefix = m[1]?.trim().replace(/\s+/g, " ");
    const name = `${prefix ? `${prefix} ` : ""}Task Force ${designator}`;
    out.push({ start: m.index, end: m.index + m[0].length, name });
  }
  return out;
}

const BATTLE_GROUP =
  /(?<![\p{L}\p{N}])(Battle\s+Group|Battlegroup|Task\s+Group|Multinational\s+(?:Brigade|Division|Corps))\s+(\p{Lu}[\p{L}-]+|\d{1,3}(?:\.\d{1,2})?)(?![\p{L}\p{N}])/gu;

/** "Battle Group Poland", "Battlegroup Forward", "Task Group 2", "Multinational Brigade Latvia": a
 * named group of forces. */
function battleGroups(doc: Doc): Found[] {
  const out: Found[] = [];
  BATTLE_GROUP.lastIndex = 0;
  for (let m = BATTLE_GROUP.exec(doc.text); m !== null; m = BATTLE_GROUP.exec(doc.text)) {
    const designator = m[2]!;
    if (/^\p{Lu}/u.test(designator) && NOT_NAME_WORDS.has(foldKey(designator))) continue;
    const name = `${m[1]!.replace(/\s+/g, " ")} ${designator}`;
    out.push({ start: m.index, end: m.index + m[0].length, name });
  }
  return out;
}

const PERSON_OFFICE = /^(?:Secretary|Spokesman|Spokeswoman|Spokesperson|Minister|Press)$/u;
const OFFICE_BEFORE = /^(?:Commander|Commanding|Chief|Head|Director|Chairman|Deputy|Commandant)$/u;

/** Capitalised words before a head noun, and an area after "Command". */
function headedNames(doc: Doc, mentions: readonly Mention[]): Found[] {
  const out: Found[] = [];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(doc.text); m !== null; m = HEAD.exec(doc.text)) {
    const head = m[1]!;
    // "Task Force 51", "Task Force Taji" are read by `taskForces`; a task force named by the
    // words before it ("Air and Missile Defence Task Force") is read here (eleventh round).
    const taskHead =
      head === "Force" && /Task\s+$/u.test(doc.text.slice(Math.max(0, m.index - 6), m.index));
    if (taskHead && /^\s+(?:\(|\d|\p{Lu})/u.test(doc.text.slice(m.index + 5, m.index + 12)))
      continue;
    // "Joint Force Command(s)": "Force" qualifies the head after it ("Two NATO Joint Force
    // Commands" is a plural description, no force named "Two NATO Joint Force").
    if (
      head === "Force" &&
      /^\s+Commands?(?![\p{L}\p{N}])/u.test(doc.text.slice(m.index + 5, m.index + 16))
    )
      continue;
    let start = taskHead
      ? m.index - /Task\s+$/u.exec(doc.text.slice(m.index - 6, m.index))![0].length
      : m.index;
    const words: string[] = [];
    for (let guard = 0; guard < 7; guard++) {
      const before = WORD_BEFORE.exec(doc.text.slice(Math.max(0, start - 40), start));
      if (!before) break;
      const word = before[1]!;
      // "CMF's Combined Task Force": a possessor is no part of the name.
      if (/['’]s$/u.test(word)) break;
      // "Bahrain-based Combined Maritime Forces": where a force is based is no part of its name.
      if (/-(?:based|gebaseerde?)$/iu.test(word)) break;
      const at = start - before[0].length + before[0].indexOf(word);
      if (doc.text.slice(at, start).includes("\n")) break;
      // "Air and Missile Defence", "Naval Striking and Support": one "and" between two
      // capitalised words, when the word after it is part of the name and the word before it
      // starts no name of its own ("Robertson Barracks and Royal Australian Air Force", "USAFE
      // and Air Forces Africa", "Army and Air Force" are two bodies).
      if (word === "and") {
        if (words.length === 0 || words.includes("and")) break;
        const left = WORD_BEFORE.exec(doc.text.slice(Math.max(0, at - 40), at));
        const leftWord = left?.[1];
        if (!leftWord || !/^\p{Lu}\p{Ll}/u.test(leftWord) || SERVICE_WORDS.test(leftWord)) break;
        const leftAt = at - left[0].length + left[0].indexOf(leftWord);
        if (
          mentionsNear(mentions, leftAt, at).some(
            (x) => x.start < at && x.end > leftAt && x.type !== "Country",
          )
        )
          break;
      }
      words.unshift(word);
      start = at;
    }
    // "Commander of Allied Air Command", "Chief of U.S. Central Command": an office of the
    // force before it is no part of its name.
    const office = words.findLastIndex(
      (w, i) => w === "of" && i > 0 && OFFICE_BEFORE.test(words[i - 1]!),
    );
    if (office >= 0) {
      for (const w of words.splice(0, office + 1)) start = doc.text.indexOf(w, start) + w.length;
      while (/\s/u.test(doc.text[start] ?? "")) start++;
    }
    // "Commander Allied Maritime Command" (NATO's style, no "of"): the office is no part of it.
    while (words.length > 1 && OFFICE_BEFORE.test(words[0]!)) {
      start = doc.text.indexOf(words[0]!, start) + words[0]!.length;
      while (/\s/u.test(doc.text[start] ?? "")) start++;
      words.shift();
    }
    // "Press Secretary Air Force Brig. Gen. X": a person's office before a service and rank is
    // no part of a force's name.
    const personOffice = words.findLastIndex((w) => PERSON_OFFICE.test(w));
    if (personOffice >= 0) {
      for (const w of words.splice(0, personOffice + 1))
        start = doc.text.indexOf(w, start) + w.length;
      while (/\s/u.test(doc.text[start] ?? "")) start++;
    }
    // Connectives and sentence-initial function words do not start a name.
    // ("Defense" opens an agency's name: "Defense Logistics Agency".)
    while (
      words.length > 0 &&
      (/^(?:of|for|and)$/u.test(words[0]!) ||
        NUMBER_WORDS[foldKey(words[0]!)] !== undefined ||
        (NOT_NAME_WORDS.has(foldKey(words[0]!)) &&
          !(head === "Agency" && /^Defen[cs]e$/u.test(words[0]!))))
    ) {
      start = doc.text.indexOf(words[0]!, start) + words[0]!.length;
      while (/\s/u.test(doc.text[start] ?? "")) start++;
      words.shift();
    }
    if (words.length === 0) continue;
    if (CENTRE_HEADS.has(head) && (words.length < 2 || words.some((w) => /^(?:of|for)$/u.test(w))))
      continue;
    let end = m.index + head.length;
    let alias: string | undefined;
    const area = /^\s+(\p{Lu}[\p{L}-]+)/u.exec(doc.text.slice(end, end + 24));
    // "Allied Joint Force Command (JFC) Brunssum": the short form between the head and the area
    // belongs to the whole name, whose short form is "JFC Brunssum".
    const bracketed =
      head === "Command"
        ? /^\s+\((\p{Lu}{2,6})\)\s+(\p{Lu}[\p{L}-]+)/u.exec(doc.text.slice(end, end + 36))
        : null;
    if (area && COMMAND_AREAS.has(foldKey(area[1]!))) end += area[0].length;
    else if (bracketed && COMMAND_AREAS.has(foldKey(bracketed[2]!))) {
      alias = `${bracketed[1]} ${bracketed[2]}`;
      const name = `${doc.text.slice(start, end).replace(/\s+/g, " ")} ${bracketed[2]}`;
      out.push({ start, end: end + bracketed[0].length, name, alias });
      continue;
    }
    // A task force named by its words needs two of them and no body inside ("NATO Task Force").
    if (taskHead) {
      const named = words.filter((w) => w !== "and");
      // "the Combined Joint Task Force" is a kind, not a name.
      if (named.length < 2 || named.every((w) => FORCE_QUALIFIERS.has(foldKey(w)))) continue;
      if (
        mentionsNear(mentions, start, m.index).some(
          (x) => x.start >= start && x.end <= m.index && x.type !== "Country",
        )
      )
        continue;
    } else if (head !== "Command" && !CENTRE_HEADS.has(head)) {
      // "Combined Maritime Forces", "Royal Bahrain Naval Force": a qualifier and at least two
      // words; "Special Operations Forces" and "Iraqi armed forces" are categories.
      const first = foldKey(words[0]!);
      // "Netherlands Maritime Force" (ninth round): a state and a qualifier name its force.
      const ofState =
        words.length === 2 &&
        FORCE_QUALIFIERS.has(foldKey(words[1]!)) &&
        mentionsNear(mentions, start, start + 1).some(
          (x) => x.type === "Country" && x.start === start,
        );
      if (words.length < 2 && !FORCE_QUALIFIERS.has(first)) continue;
      if (!FORCE_QUALIFIERS.has(first) && words.length < 3 && !ofState) continue;
      const plain = foldKey(`${words.slice(words.length - 2).join(" ")} ${head}`);
      if (GENERIC_FORCES.has(plain) && words.length < 3) continue;
    }
    const name = doc.text.slice(start, end).replace(/\s+/g, " ");
    if (GENERIC_FORCES.has(foldKey(name))) continue;
    out.push({ start, end, name });
  }
  return out;
}

const SERVICE_OF =
  /(?<![\p{L}])(?:Armed Forces|Defence Forces|Defense Forces|Navy|Army|Air Force|Coast Guard|National Guard)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu;

/**
 * "Armed Forces of the Philippines", "Navy of Chile": a state's service named by the state after
 * "of" (the state must be a recognised country, which stays named).
 */
function servicesOf(doc: Doc, mentions: readonly Mention[]): Found[] {
  const out: Found[] = [];
  SERVICE_OF.lastIndex = /\sof\s/u.test(doc.text) ? 0 : doc.text.length;
  for (let m = SERVICE_OF.exec(doc.text); m !== null; m = SERVICE_OF.exec(doc.text)) {
    const stateStart = m.index + m[0].length - m[1]!.length;
    const state = mentions.find(
      (x) => x.type === "Country" && !x.nested && x.start === stateStart && x.via !== "adjective",
    );
    if (!state) continue;
    out.push({ start: m.index, end: state.end, name: doc.text.slice(m.index, state.end) });
  }
  return out;
}

const STATE_SERVICE =
  /^\s+(?:Navy|Army|Air Force|Marine Corps|Coast Guard|Armed Forces|Defence Force|Defense Force)(?![\p{L}\p{N}-])/u;

/**
 * "Republic of Fiji Navy", "Ukraine Air Force": a state's service named by the state's name (not
 * its adjective) right before the service noun. The state stays named; a longer known name
 * ("United States Navy") wins in `recogniseNamedForces`.
 */
function stateServices(doc: Doc, mentions: readonly Mention[]): Found[] {
  const out: Found[] = [];
  for (const state of mentions) {
    if (state.type !== "Country" || state.nested || state.via === "adjective") continue;
    const service = STATE_SERVICE.exec(doc.text.slice(state.end, state.end + 16));
    if (!service) continue;
    const republic = /(?:^|\s)(Republic\s+of\s+(?:the\s+)?)$/u.exec(
      doc.text.slice(Math.max(0, state.start - 24), state.start),
    );
    let start = republic ? state.start - republic[1]!.length : state.start;
    // "the Ukraine" is a name of the state; the article is no part of the service's name.
    const article = /^the\s+/iu.exec(doc.text.slice(start, state.end));
    if (article) start += article[0].length;
    const end = state.end + service[0].length;
    out.push({ start, end, name: doc.text.slice(start, end).replace(/\s+/g, " ") });
  }
  return out;
}

/**
 * "Florida Air National Guard", "the Texas Army National Guard", "Ohio National Guard": a U.S.
 * state's guard is an organisation of its own (eleventh round); the state is part of its name.
 */
const STATE_GUARD = /(?:Air[ \u00a0]+|Army[ \u00a0]+)?National[ \u00a0]+Guard(?![\p{L}\p{N}])/gu;

function stateGuards(doc: Doc, mentions: readonly Mention[], registry: EntityRegistry): Found[] {
  const out: Found[] = [];
  if (!doc.text.includes("National Guard")) return out;
  STATE_GUARD.lastIndex = 0;
  for (let m = STATE_GUARD.exec(doc.text); m !== null; m = STATE_GUARD.exec(doc.text)) {
    const gap = /[ \u00a0]+$/u.exec(doc.text.slice(Math.max(0, m.index - 3), m.index));
    if (!gap) continue;
    const stateEnd = m.index - gap[0].length;
    const state = mentionsNear(mentions, stateEnd - 1, stateEnd).find((x) => {
      const kb = registry.get(x.key)?.kb;
      return (
        x.end === stateEnd && x.type === "Location" && kb?.kind === "region" && kb.country === "US"
      );
    });
    if (!state) continue;
    const end = m.index + m[0].length;
    out.push({
      start: state.start,
      end,
      name: doc.text.slice(state.start, end).replace(/\s+/gu, " "),
    });
  }
  return out;
}

/** "Two NATO Joint Force Commands", "the Allied Joint Force Commands": a plural description. */
const PLURAL_COMMANDS =
  /(?<![\p{L}\p{N}])((?:(?:U\.S\.|\p{Lu}[\p{L}-]*)\s+){1,5})Commands(?![\p{L}\p{N}])/gu;

/**
 * A name inside a plural description of commands ("NATO" in "Two NATO Joint Force Commands based
 * in Brunssum and Naples") qualifies it: what the sentence says of the commands is not said of it.
 */
function nestPluralCommands(doc: Doc, mentions: Mention[]): void {
  if (!doc.text.includes("Commands")) return;
  PLURAL_COMMANDS.lastIndex = 0;
  for (let m = PLURAL_COMMANDS.exec(doc.text); m !== null; m = PLURAL_COMMANDS.exec(doc.text)) {
    const end = m.index + m[0].length;
    for (const x of mentions)
      if (x.type === "Organisation" && x.start >= m.index && x.end < end) x.nested = true;
  }
}

/**
 * Adds the commands, forces and task forces found by their head nouns. A dictionary name inside
 * one ("Africa" in "Special Operations Command Africa", "Bahrain" in "Royal Bahrain Naval Force")
 * is part of it, not a mention of its own; a known name that covers more is left alone. In a
 * title-case headline only names the body also gives are taken.
 */
export function recogniseNamedForces(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  gazetteer?: Gazetteer,
) {
  nestPluralCommands(doc, mentions);
  const found = [
    ...taskForces(doc),
    ...battleGroups(doc),
    ...headedNames(doc, mentions),
    ...servicesOf(doc, mentions),
    ...stateServices(doc, mentions),
    ...stateGuards(doc, mentions, registry),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const inBody = new Set(found.filter((f) => f.start >= doc.titleEnd).map((f) => f.name));
  let lastEnd = -1;
  for (const item of found) {
    if (item.start < lastEnd) continue;
    if (item.start < doc.titleEnd && !inBody.has(item.name)) continue;
    const overlapping = mentions.filter((x) => x.start < item.end && item.start < x.end);
    // A longer or equal known name wins: the dictionary already knows it.
    if (overlapping.some((x) => x.start <= item.start && x.end >= item.end)) continue;
    // A known name that reaches outside this one: the pattern read too far or too little.
    if (overlapping.some((x) => x.start < item.start || x.end > item.end)) continue;
    // A place inside the name is no place of its own; a state or its adjective stays named.
    for (const x of overlapping) {
      if (x.type === "Country") x.nested = true;
      else mentions.splice(mentions.indexOf(x), 1);
    }
    // A name the knowledge base knows once its bracketed short form is left out ("Allied Joint
    // Force Command (JFC) Brunssum") is that entity.
    const known = item.alias
      ? gazetteer
          ?.lookup(item.name)
          .find((c) => c.ref.kind === "entity" && c.ref.entity.type === "Organisation")
      : undefined;
    const record =
      known?.ref.kind === "entity"
        ? registry.fromKb(known.ref.entity)
        : registry.fromName("Organisation", item.name, { kind: "unit" });
    if (item.alias && !known) record.aliases.add(item.alias);
    mentions.push({
      start: item.start,
      end: item.end,
      key: record.key,
      type: "Organisation",
      nested: false,
      via: "pattern",
    });
    lastEnd = item.end;
  }
}
