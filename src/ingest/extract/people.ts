import type { KbPerson } from "../../kb/types.ts";
import { editDistance, foldKey, foldText, isWordChar } from "./fold.ts";
import { type Gazetteer, surnamesOfNames } from "./gazetteer.ts";
import {
  alternation,
  anyOf,
  DUTCH_PORTFOLIO_WORDS,
  NAME_PARTICLES,
  NATIONAL_OFFICES,
  NOT_NAME_WORDS,
  PERSON_TITLES,
} from "./lexicon.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Mention } from "./model.ts";

/** A person named after a title: "De Canadese minister Harjit Saijan", "Capt. Jeff Davis". */
export interface TitledPerson {
  mention: Mention;
  /** The title as written: "Minister of National Defence", "ambtsgenoot", "Capt.". */
  title: string;
  titleStart: number;
  /** True for an office held on behalf of a state (minister, secretary, ambassador …). */
  office: boolean;
  counterpart: boolean;
}

const OFFICE_SET = new Set(NATIONAL_OFFICES);
// A title may be joined to a short prefix: "VVD-Kamerlid", "EU-gezant", "NAVO-secretaris-generaal".
const TITLE_PATTERN = new RegExp(
  `(?:(?<![\\p{L}\\p{N}.-])|(?<=(?:^|[^\\p{L}\\p{N}.-])[\\p{L}\\p{N}]{2,6}-))(${alternation([...NATIONAL_OFFICES, ...PERSON_TITLES])})(?=[\\s\\u00a0])`,
  "gu",
);
const TITLE_AT = new RegExp(TITLE_PATTERN.source, "uy");
/** A title in an apposition may close it: "Pete Hegseth, the U.S. Secretary of Defense, said". */
const TITLE_IN_APPOSITION = new RegExp(
  TITLE_PATTERN.source.replace("(?=[\\s\\u00a0])", "(?=[\\s\\u00a0,.;)]|$)"),
  "uy",
);
const TITLE_AT_END = new RegExp(
  `(?:${alternation([...NATIONAL_OFFICES, ...PERSON_TITLES])})$`,
  "u",
);
const PORTFOLIO =
  /^\s+(?:of|for|van|voor)\s+(?:(?:the|de)\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:(?:and|en|of|van|voor|for)\s+)?\p{Lu}[\p{L}-]*){0,4}(?=\s)/u;
const COUNTERPARTS = new Set([
  "ambtsgenoot",
  "ambtsgenote",
  "ambtgenoot",
  "ambtgenote",
  "collega",
  "counterpart",
]);

// Arabic article particles join the surname: "Thabet al-Abbasi", "Bashar al-Assad".
const NAME_TOKEN =
  /^(?:\p{Lu}\.|(?:al-|el-|Al-|El-)?\p{Lu}[\p{Ll}\p{Lu}]*(?:[-'’]\p{Lu}?[\p{Ll}\p{Lu}]+)*)/u;

interface ParsedName {
  start: number;
  end: number;
  name: string;
  tokens: string[];
}

/**
 * Reads a personal name at `pos`: capitalised words and initials, Dutch particles between them
 * ("Ank Bijleveld-Schouten", "Ferdinand van der Laan", "James N. Mattis"). Possessive endings are
 * left out ("Mattis'", "Sajjan's").
 */
/** Words of companies' names, never of a person's: the title word before them is part of the name. */
const COMPANY_WORDS = new Set([
  "Company",
  "Corporation",
  "Corp.",
  "Inc.",
  "Ltd",
  "Ltd.",
  "Electric",
  "Dynamics",
  "Atomics",
  "Industries",
  "Technologies",
  "Aerospace",
]);

export function parseName(
  text: string,
  pos: number,
  mentions: MentionSet,
  /** Mentions a name may run through ("Aden" in "Aden Duale" after an office and a comma). */
  passThrough?: (m: Mention) => boolean,
): ParsedName | undefined {
  let p = pos;
  while (text[p] === " " || text[p] === "\u00a0") p++;
  const start = p;
  const tokens: string[] = [];
  let end = p;
  while (tokens.length < 6) {
    let q = p;
    const particles: string[] = [];
    if (tokens.length > 0) {
      // Particles only inside a name, never first: "van Dijk" alone is no name here.
      for (;;) {
        const particle = /^([\p{Ll}']+)\s+/u.exec(text.slice(q, q + 12));
        if (!particle || !NAME_PARTICLES.has(particle[1]!)) break;
        particles.push(particle[1]!);
        q += particle[0].length;
      }
    }
    const token = NAME_TOKEN.exec(text.slice(q, q + 40));
    if (!token) break;
    // "Kamp van Defensie": the portfolio after a minister's surname is no part of the name.
    if (particles.length > 0 && DUTCH_PORTFOLIO_WORDS.has(foldText(token[0]))) break;
    let word = token[0];
    if (NOT_NAME_WORDS.has(foldText(word))) break;
    if (
      mentions.overlapping(q, q + 1).some(
        (m) =>
          !m.nested &&
          m.type !== "Person" &&
          !passThrough?.(m) &&
          // "Johan van Deventer": a one-word town after a particle is a surname.
          !(
            particles.length > 0 &&
            m.type === "Location" &&
            m.start === q &&
            m.end === q + word.length
          ),
      )
    )
      break;
    const after = text[q + word.length];
    if (isWordChar(after)) break;
    if (word.endsWith("'") || word.endsWith("’")) word = word.slice(0, -1);
    // "Secretary Hegseth's Meeting": the possessive ends the name.
    const possessive = /['’]s$/u.test(word) && word.length > 3;
    if (possessive) word = word.slice(0, -2);
    tokens.push(...particles, word);
    end = q + word.length;
    p = q + word.length;
    if (possessive) break;
    if (/^(?:'s|’s|'|’)/.test(text.slice(p, p + 2))) break;
    if (text[p] !== " ") break;
    p++;
  }
  if (tokens.length === 0) return undefined;
  // Initials alone ("N.") are no name; trailing initials are dropped.
  while (tokens.length > 0 && /^\p{Lu}\.$/u.test(tokens[tokens.length - 1]!)) {
    tokens.pop();
    end = start + tokens.join(" ").length;
  }
  if (tokens.length === 0) return undefined;
  // "General Electric Company", "General Dynamics", "General Atomics": a company, not a general.
  if (tokens.some((t) => COMPANY_WORDS.has(t))) return undefined;
  return { start, end, name: text.slice(start, end), tokens };
}

function personCandidates(gazetteer: Gazetteer, name: string): KbPerson[] {
  const out: KbPerson[] = [];
  for (const candidate of gazetteer.lookup(name)) {
    if (candidate.ref.kind === "entity" && candidate.ref.entity.type === "Person") {
      out.push(candidate.ref.entity as KbPerson);
    }
  }
  return out;
}

/**
 * Misspelling resolution: a name found after a title that no dictionary knows is the known
 * person when the two agree token by token on the first letter, differ by at most one edit
 * (insertion, deletion, substitution or swap of neighbours) in all, and the name is at least
 * nine characters long. The title already says it is a person, so one slip of the pen is the only
 * difference left; shorter names are too close to each other to risk it.
 */
export function isLikelyMisspelling(found: string, known: string): boolean {
  return foldedMisspelling(foldKey(found), foldKey(known));
}

/** `isLikelyMisspelling` of two folded names. */
function foldedMisspelling(a: string, b: string): boolean {
  if (a === b || a.length < 9) return false;
  // The same number of tokens, each with the same initial: compare at the spaces.
  if (a[0] !== b[0]) return false;
  let i = a.indexOf(" ");
  let j = b.indexOf(" ");
  while (i !== -1 || j !== -1) {
    if (i === -1 || j === -1 || a[i + 1] !== b[j + 1]) return false;
    i = a.indexOf(" ", i + 1);
    j = b.indexOf(" ", j + 1);
  }
  return editDistance(a, b, 1) <= 1;
}

function fuzzyKbPerson(gazetteer: Gazetteer, name: string): KbPerson | undefined {
  const folded = foldKey(name);
  if (folded.length < 9) return undefined;
  const found = new Set<KbPerson>();
  const byLength = personAliasesStartingWith(gazetteer, folded[0]!);
  for (let length = folded.length - 1; length <= folded.length + 1; length++) {
    // The aliases are folded already (the gazetteer's keys).
    for (const { alias, people } of byLength.get(length) ?? []) {
      if (!foldedMisspelling(folded, alias)) continue;
      for (const person of people) found.add(person);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The knowledge base's people by the first letter and the length of their folded aliases, built
 * once per letter: a misspelling is one edit away, so only aliases of about the same length need
 * a look (the dictionary holds thousands of aliases per letter, of all kinds).
 */
const personAliases = new WeakMap<
  Gazetteer,
  Map<string, Map<number, { alias: string; people: KbPerson[] }[]>>
>();

function personAliasesStartingWith(
  gazetteer: Gazetteer,
  letter: string,
): Map<number, { alias: string; people: KbPerson[] }[]> {
  let byLetter = personAliases.get(gazetteer);
  if (!byLetter) {
    byLetter = new Map();
    personAliases.set(gazetteer, byLetter);
  }
  let byLength = byLetter.get(letter);
  if (!byLength) {
    byLength = new Map();
    for (const { folded: alias, candidates } of gazetteer.aliasesStartingWith(letter)) {
      const people = candidates.flatMap((c) =>
        c.ref.kind === "entity" && c.ref.entity.type === "Person" ? [c.ref.entity as KbPerson] : [],
      );
      if (people.length === 0) continue;
      const list = byLength.get(alias.length) ?? [];
      list.push({ alias, people });
      byLength.set(alias.length, list);
    }
    byLetter.set(letter, byLength);
  }
  return byLength;
}

/**
 * A capitalised title right after a capitalised word that is no name, no title and no sentence
 * start belongs to another name: "HMS Queen Elizabeth", "King Street".
 */
function insideOtherName(
  doc: Doc,
  titleStart: number,
  title: string,
  mentions: MentionSet,
): boolean {
  if (!/^\p{Lu}/u.test(title)) return false;
  const before = doc.text.slice(Math.max(0, titleStart - 40), titleStart);
  const previous = /(\p{Lu}[\p{L}]*)[ \u00a0]+$/u.exec(before);
  if (!previous) return false;
  const previousEnd = titleStart - (before.length - previous.index - previous[1]!.length);
  const previousStart = previousEnd - previous[1]!.length;
  if (mentions.overlapping(previousEnd - 1, previousEnd).some((m) => m.end === previousEnd))
    return false;
  if (TITLE_AT_END.test(doc.folded.slice(Math.max(0, previousEnd - 40), previousEnd))) return false;
  // "Pentagon Chief Spokesperson", "Deputy Defense Secretary": words that qualify an office.
  if (TITLE_QUALIFIERS.has(foldKey(previous[1]!)))
    return insideOtherName(doc, previousStart, previous[1]!, mentions);
  const opener = doc.text.slice(0, previousStart);
  return opener.trim() !== "" && !/(?:[.!?:;,("“”]\s*|\n\s*)$/u.test(opener);
}

/** Capitalised words that qualify an office without being a name: "Chief Spokesperson". */
const TITLE_QUALIFIERS = new Set([
  "chief",
  "deputy",
  "assistant",
  "acting",
  "principal",
  "senior",
  "former",
  "press",
  "vice",
  "under",
  "executive",
  "interim",
  // Portfolios written before an office: "Interior Minister", "Defense Secretary".
  "interior",
  "foreign",
  "defense",
  "defence",
  "finance",
  "justice",
  "home",
  "trade",
  "economy",
  // U.S. services written before a rank: "Army Gen.", "Air Force Brig. Gen.", "Marine Corps
  // Lt. Gen.", "Coast Guard Adm.", "Navy Secretary".
  "army",
  "navy",
  "air",
  "force",
  "marine",
  "corps",
  "space",
  "coast",
  "guard",
]);

/** A name of a first name and a surname: two words that are no initials or suffixes, the first first. */
function isFullName(name: ParsedName): boolean {
  if (/^\p{Lu}\.$/u.test(name.tokens[0]!)) return false;
  return name.tokens.filter((t) => !/^(?:\p{Lu}\.|Jr|Sr|II|III|IV)$/u.test(t)).length >= 2;
}

/**
 * How much of a capitalised portfolio after an office belongs to it. The portfolio's words and
 * the holder's first name are both capitalised ("Secretary of Foreign Affairs Enrique A.
 * Manalo"): the longest portfolio that leaves a name of two words wins, else the longest that
 * leaves any name; 0 when no name follows.
 */
function portfolioLength(doc: Doc, at: number, portfolio: string, mentions: MentionSet): number {
  let anyName = 0;
  const ends: number[] = [];
  for (const word of portfolio.matchAll(/\S+/gu)) ends.push(word.index + word[0].length);
  for (let i = ends.length - 1; i >= 0; i--) {
    const end = ends[i]!;
    // The portfolio ends on a capitalised word, never on "of"/"and".
    if (!/^\p{Lu}/u.test(portfolio.slice(portfolio.lastIndexOf(" ", end - 1) + 1, end))) continue;
    const name = parseName(doc.text, at + end, mentions);
    if (!name) continue;
    if (isFullName(name)) return end;
    if (anyName === 0) anyName = end;
  }
  return anyName;
}

/**
 * A single capitalised word after a title in a headline written in title case ("Mattis, British
 * Counterpart Discuss Defense, Security Topics") is as likely a verb as a surname: it names a
 * person only when the body writes it with its capital too, or it is a known person's surname.
 */
function headlineGuess(doc: Doc, gazetteer: Gazetteer, word: string): boolean {
  const words = doc.text.slice(0, doc.titleEnd).match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length < 4 || capitalised < 0.75 * words.length) return false;
  if (gazetteer.peopleWithSurname(word).length > 0) return false;
  const body = doc.text.slice(doc.titleEnd);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return !new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "u").test(body);
}

const SERVICE_BEFORE_RANK =
  /^(?:U\.S\.\s+)?(?:Army|Navy|Air Force|Marine Corps|Space Force|Coast Guard|Air National Guard|Army National Guard)\s+(?=(?:Gen|Lt|Maj|Brig|Adm|Vice|Rear|Col|Capt|Cmdr|Cdr|Sgt|Master|Chief|Command|Staff|Senior|Petty|Cpl|Spc|Pvt|1st|2nd)\b)/u;

/** Persons named after a title; single surnames are resolved later by `resolveSurnames`. */
export function recogniseTitledPeople(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): {
  titled: TitledPerson[];
  pending: {
    name: ParsedName;
    title: TitledPerson["title"];
    titleStart: number;
    office: boolean;
  }[];
} {
  const titled: TitledPerson[] = [];
  const pending: { name: ParsedName; title: string; titleStart: number; office: boolean }[] = [];
  // An office before a rank ("Chairman of the Joint Chiefs of Staff Gen. X", "Commandant der
  // Strijdkrachten generaal X"): the office, not the rank, says whom the person acts for.
  let outer: { at: number; title: string; titleStart: number; office: boolean } | undefined;
  TITLE_PATTERN.lastIndex = 0;
  for (let m = TITLE_PATTERN.exec(doc.folded); m !== null; m = TITLE_PATTERN.exec(doc.folded)) {
    let titleStart = m.index;
    let titleEnd = m.index + m[0].length;
    const titleFolded = m[1]!.replace(/\s+/g, " ");
    // "Secretary of National Defense", "minister voor Buitenlandse Handel en
    // Ontwikkelingssamenwerking": an office with its portfolio in capitals.
    if (/(?:minister|secretary|secretaris|commissioner|commissaris)$/u.test(titleFolded)) {
      const portfolio = PORTFOLIO.exec(doc.text.slice(titleEnd, titleEnd + 90));
      if (portfolio) titleEnd += portfolioLength(doc, titleEnd, portfolio[0], mentions);
    }
    let title = doc.text.slice(titleStart, titleEnd).trim();
    let office = OFFICE_SET.has(titleFolded);
    const counterpart = COUNTERPARTS.has(titleFolded);
    if (insideOtherName(doc, titleStart, title, mentions)) continue;
    const innerStart = titleStart;
    // A title inside a longer known name ("Minister of Defence" in an organisation) is no title.
    if (mentions.outerContaining(titleStart, titleEnd, (x) => x.type !== "Person") !== undefined)
      continue;
    let p = titleEnd;
    while (doc.text[p] === " ") p++;
    // The U.S. service before a rank ("Chairman of the Joint Chiefs of Staff Army Gen. Mark A.
    // Milley", "Press Secretary Air Force Brig. Gen. Pat Ryder") belongs to neither.
    const service = SERVICE_BEFORE_RANK.exec(doc.text.slice(p, p + 40));
    if (service) p += service[0].length;
    // Another title follows ("Pentagon Spokesman Capt. Jeff Davis"): the inner one reads the name.
    TITLE_AT.lastIndex = p;
    if (TITLE_AT.test(doc.folded)) {
      outer = outer?.at === innerStart ? { ...outer, at: p } : { at: p, title, titleStart, office };
      continue;
    }
    if (outer?.at === innerStart && (outer.office || !office)) {
      title = outer.title;
      titleStart = outer.titleStart;
      office = outer.office;
    }
    const known = mentions.startingAt(p).find((x) => x.type === "Person" && !x.nested);
    if (known) {
      titled.push({ mention: known, title, titleStart, office, counterpart });
      continue;
    }
    // Another title may follow ("Pentagon Spokesman Capt. Jeff Davis"): the inner one reads the name.
    const name = parseName(doc.text, p, mentions);
    if (!name) continue;
    // "Minister for Defence Industry Pat Conroy": a known person inside the words after the
    // title is the holder; the capitalised words before it belong to the office.
    const inner = mentions
      .overlapping(name.start + 1, name.end)
      .find((x) => x.type === "Person" && !x.nested && x.start > name.start && x.end === name.end);
    if (inner && /^[\p{L} -]+$/u.test(doc.text.slice(name.start, inner.start))) {
      title = doc.text.slice(titleStart, inner.start).trim();
      titled.push({ mention: inner, title, titleStart, office, counterpart });
      continue;
    }
    // A title cannot introduce a name that starts with a sentence-level capital after a line break.
    if (doc.text.slice(titleEnd, name.start).includes("\n")) continue;
    if (name.tokens.length === 1) {
      if (name.start < doc.titleEnd && headlineGuess(doc, gazetteer, name.name)) continue;
      const own = portfolioAfter(doc, name.end);
      // "De ministers Blok (Buitenlandse Zaken), …": each holds one office.
      const one = own === "" ? title : title.replace(/(minister)s$/iu, "$1");
      pending.push({ name, title: one + portfolioTitle(own), titleStart, office });
      // "de ministers Kamp van Defensie en Knapen van Buitenlandse Zaken", "De ministers Blok
      // (Buitenlandse Zaken), Bijleveld (Defensie) en …": each with a portfolio.
      let at = name.end + own.length;
      for (let guard = 0; guard < 6; guard++) {
        const joined = /^(?:,\s+|,?\s+(?:en|and)\s+)/u.exec(doc.text.slice(at, at + 8));
        if (!joined) break;
        const next = parseName(doc.text, at + joined[0].length, mentions);
        if (next?.tokens.length !== 1) break;
        const portfolio = portfolioAfter(doc, next.end);
        if (portfolio === "") break;
        pending.push({
          name: next,
          title: `minister${portfolioTitle(portfolio)}`,
          titleStart,
          office,
        });
        at = next.end + portfolio.length;
      }
      continue;
    }
    // "Gilberto Teodoro Jr.": the generational suffix is kept as an alias, not in the name.
    const suffix =
      /^(?:Jr|Sr|II|III|IV)$/u.test(name.tokens[name.tokens.length - 1]!) &&
      name.tokens.length >= 3;
    const canonical = suffix ? name.tokens.slice(0, -1).join(" ") : name.name;
    let record = personRecord(gazetteer, registry, canonical);
    // "Dana W. White" is "Dana White" unless the knowledge base knows the longer form.
    const plain = canonical.replace(/ (?:\p{Lu}\. )+/gu, " ");
    if (!record.kb && plain !== canonical && plain.includes(" ")) {
      record = personRecord(gazetteer, registry, plain);
      record.aliases.add(canonical);
    }
    if (suffix)
      record.aliases.add(
        doc.text.slice(name.start, name.end + (doc.text[name.end] === "." ? 1 : 0)),
      );
    const mention: Mention = {
      start: name.start,
      end: name.end,
      key: record.key,
      type: "Person",
      nested: false,
      via:
        record.kb &&
        foldKey(record.kb.name) !== foldKey(name.name) &&
        !record.kb.aliases.some((a) => foldKey(a) === foldKey(name.name))
          ? "fuzzy"
          : "title",
    };
    // "Johan van Deventer": the town a surname spells is no place of the article.
    for (const inner of mentions.overlapping(name.start, name.end))
      if (inner.type === "Location" && inner.start > name.start && inner.end <= name.end)
        mentions.splice(mentions.indexOf(inner), 1);
    mentions.push(mention);
    titled.push({ mention, title, titleStart, office, counterpart });
  }
  titled.push(...commaTitledPeople(doc, gazetteer, registry, mentions));
  return { titled, pending };
}

const TITLE_THEN_COMMA = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:the|his|her|its|their|de|het|zijn|haar|hun)|\\p{L}['’]s?)\\s+(?:[\\p{L}.-]+\\s+){0,2}?(${alternation([...NATIONAL_OFFICES, "high commissioner", "cabinet secretary"])})(\\s+(?:to|of|at|for|van|voor)\\s+[^,.;]{1,40}?)?,\\s+`,
  "gu",
);

/** What every such office contains: the last word of an office and a comma, or an office that
 * takes a complement ("High Commissioner to Fiji,"); far cheaper than the pattern itself. */
const TITLE_THEN_COMMA_HINT = anyOf([
  ...new Set([...NATIONAL_OFFICES, "high commissioner"].map((o) => `${o.split(" ").pop()!},`)),
  "commissioner to",
  "secretary for",
  "minister for",
  "minister van",
  "ambassador to",
  "envoy to",
]);

const PLACE_IN_NAME = (m: Mention) => m.type === "Location" || m.type === "Country";

/**
 * "the Tongan Prime Minister, Siaosi Sovaleni,", "The United Kingdom's High Commissioner to Fiji,
 * Brian Jones,": a definite office, a comma and a full name closed by punctuation — the office is
 * that person's. Only names of two words or more; the nationality or possessor before the office
 * says whom they represent (discourse.ts reads the title's start).
 */
function commaTitledPeople(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): TitledPerson[] {
  const out: TitledPerson[] = [];
  if (!TITLE_THEN_COMMA_HINT.test(doc.folded)) return out;
  TITLE_THEN_COMMA.lastIndex = 0;
  for (
    let m = TITLE_THEN_COMMA.exec(doc.folded);
    m !== null;
    m = TITLE_THEN_COMMA.exec(doc.folded)
  ) {
    const at = m.index + m[0].length;
    const closing = /,\s+$/u.exec(m[0])![0];
    const titleStart = m.index + m[0].length - closing.length - (m[2]?.length ?? 0) - m[1]!.length;
    const name = parseName(doc.text, at, mentions, PLACE_IN_NAME);
    if (!name || name.tokens.length < 2) continue;
    if (!/^\s*(?:[,.;)]|$)/u.test(doc.text.slice(name.end, name.end + 2))) continue;
    // "Defence Cabinet Secretary, Aden Duale,": a place that only begins the name is the name's.
    const inside = mentions.overlapping(name.start, name.end).filter((x) => !x.nested);
    if (
      inside.some(
        (x) =>
          x.type === "Person" ||
          x.start < name.start ||
          x.end >= name.end ||
          (x.type !== "Location" && x.type !== "Country"),
      )
    )
      continue;
    for (const x of inside) mentions.splice(mentions.indexOf(x), 1);
    const record = personRecord(gazetteer, registry, name.name);
    const mention: Mention = {
      start: name.start,
      end: name.end,
      key: record.key,
      type: "Person",
      nested: false,
      via: "title",
    };
    mentions.push(mention);
    const titleFolded = m[1]!;
    out.push({
      mention,
      title: doc.text.slice(titleStart, titleStart + titleFolded.length),
      titleStart,
      office: OFFICE_SET.has(titleFolded) || titleFolded === "high commissioner",
      counterpart: false,
    });
  }
  return out;
}

type Portfolio = "defence" | "foreign" | "government" | "secretary-general";

/** The portfolio an office's title or a role names, in either language. */
export function portfolioOf(title: string): Portfolio | undefined {
  const t = foldText(title);
  if (/defen[cs]e|defensie|armed forces|krijgsmacht|secretary of war/u.test(t)) return "defence";
  if (/foreign|buitenlandse zaken|secretary of state|europe and foreign/u.test(t)) return "foreign";
  if (/prime minister|premier|minister-president|chancellor|kanselier/u.test(t))
    return "government";
  if (/secretar(?:y|is)[- ]general/u.test(t)) return "secretary-general";
  return undefined;
}

function activeAt(role: KbPerson["roles"][number], date: string): boolean {
  const from = role.from ?? "0000";
  const until = role.until ?? "9999";
  return date.slice(0, from.length) >= from && date.slice(0, until.length) <= until;
}

/**
 * A known person for a surname after a title: among the people with that surname, the one who
 * held the title's office (defence, foreign affairs, head of government, secretary general) at the
 * article's date; without a date, the only one who ever held it; without an office in the title,
 * the only person with that surname. A person whose roles all lie in another portfolio is not
 * taken ("minister Smith van Defensie" is no foreign minister Smith).
 */
export function officeHolder(
  candidates: readonly KbPerson[],
  title: string,
  date?: string,
): KbPerson | undefined {
  if (candidates.length === 0) return undefined;
  const portfolio = portfolioOf(title);
  if (!portfolio) return candidates.length === 1 ? candidates[0] : undefined;
  const holders = candidates.filter((p) => p.roles.some((r) => portfolioOf(r.role) === portfolio));
  if (date) {
    const atDate = holders.filter((p) =>
      p.roles.some((r) => portfolioOf(r.role) === portfolio && activeAt(r, date)),
    );
    if (atDate.length === 1) return atDate[0];
  }
  if (holders.length === 1) return holders[0];
  if (holders.length === 0 && candidates.length === 1) {
    const roles = candidates[0]!.roles;
    // Someone the knowledge base knows only in offices without a portfolio may hold this one.
    if (roles.every((r) => portfolioOf(r.role) === undefined)) return candidates[0];
  }
  return undefined;
}

/** " van Defensie", " van Buitenlandse Zaken" right after a surname, as written; else "". */
function portfolioAfter(doc: Doc, end: number): string {
  // "Bijleveld van Defensie", or in a list "Bijleveld (Defensie)".
  const m = /^\s+(?:van|voor|\()\s*(\p{Lu}\p{Ll}+)/u.exec(doc.text.slice(end, end + 30));
  if (!m || !DUTCH_PORTFOLIO_WORDS.has(foldText(m[1]!))) return "";
  let out = m[0];
  // "Buitenlandse Zaken", "Economische Zaken en Klimaat", "Onderwijs, Cultuur en Wetenschap".
  for (let guard = 0; guard < 4; guard++) {
    const more = /^(?:\s+(?:en\s+)?|,\s+)(\p{Lu}\p{Ll}+)/u.exec(doc.text.slice(end + out.length));
    if (!more || !PORTFOLIO_CONTINUATIONS.has(foldText(more[1]!))) break;
    out += more[0];
  }
  if (!out.includes("(")) return out;
  return doc.text[end + out.length] === ")" ? `${out})` : "";
}

/** The portfolio as the office's words: " (Defensie)" is " van Defensie". */
function portfolioTitle(portfolio: string): string {
  const inParens = /^\s+\(\s*(.*)\)$/su.exec(portfolio);
  return inParens ? ` van ${inParens[1]}` : portfolio;
}

const PORTFOLIO_CONTINUATIONS = new Set([
  "zaken",
  "klimaat",
  "handel",
  "ontwikkelingssamenwerking",
  "koninkrijksrelaties",
  "cultuur",
  "wetenschap",
  "waterstaat",
  "sport",
  "werkgelegenheid",
  "natuur",
  "voedselkwaliteit",
  "visserij",
  "migratie",
  "groene",
  "groei",
]);

function personRecord(gazetteer: Gazetteer, registry: EntityRegistry, name: string): EntityRecord {
  const exact = personCandidates(gazetteer, name);
  if (exact.length === 1) return registry.fromKb(exact[0]!);
  // A misspelling of a person already named in this article, then of a known person.
  for (const record of registry.records.values()) {
    if (record.type === "Person" && isLikelyMisspelling(name, record.name)) return record;
  }
  const fuzzy = fuzzyKbPerson(gazetteer, name);
  if (fuzzy) return registry.fromKb(fuzzy);
  return registry.fromName("Person", name);
}

function surnamesOf(record: EntityRecord): string[] {
  return surnamesOfNames([record.name, ...record.aliases, ...(record.kb?.aliases ?? [])]);
}

/**
 * A surname alone ("Bijleveld", "Minister Sajjan") is the person of this article who bears it,
 * whether the full name comes before or after; with no such person, a known person with that
 * surname; else a person known only by that name.
 */
export function resolveSurnames(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
  titled: TitledPerson[],
  pending: { name: ParsedName; title: string; titleStart: number; office: boolean }[],
  date?: string,
): void {
  const bySurname = new Map<string, EntityRecord[]>();
  const people = new Set<string>(mentions.filter((m) => m.type === "Person").map((m) => m.key));
  for (const key of people) {
    const record = registry.get(key)!;
    for (const surname of surnamesOf(record)) {
      const list = bySurname.get(surname) ?? [];
      if (!list.includes(record)) list.push(record);
      bySurname.set(surname, list);
    }
  }
  for (const item of pending) {
    const surname = item.name.tokens[0]!;
    let record: EntityRecord | undefined;
    const inArticle = bySurname.get(surname);
    if (inArticle?.length === 1) record = inArticle[0];
    if (!record) {
      const known = officeHolder(gazetteer.peopleWithSurname(surname), item.title, date);
      if (known) record = registry.fromKb(known);
    }
    if (!record) {
      for (const other of people) {
        const r = registry.get(other)!;
        const last = r.name.split(/\s+/).pop()!;
        if (isLikelyMisspelling(surname, last)) record = r;
      }
    }
    if (!record) {
      // "Minister Kihara" after "Minister of Defense Kihara Minoru": a name written family name
      // first (Japanese, Chinese, Korean, Vietnamese) is referred to by its first token.
      const familyFirst = [...people]
        .map((key) => registry.get(key)!)
        .filter((r) => {
          const tokens = r.name.split(/\s+/);
          return tokens.length === 2 && tokens[0] === surname;
        });
      if (familyFirst.length === 1) record = familyFirst[0];
    }
    record ??= registry.fromName("Person", surname);
    const mention: Mention = {
      start: item.name.start,
      end: item.name.end,
      key: record.key,
      type: "Person",
      nested: false,
      via: "surname",
    };
    mentions.push(mention);
    const office = item.office;
    titled.push({
      mention,
      title: item.title,
      titleStart: item.titleStart,
      office,
      counterpart: COUNTERPARTS.has(foldKey(item.title)),
    });
    for (const surnameOf of surnamesOf(record)) {
      const list = bySurname.get(surnameOf) ?? [];
      if (!list.includes(record)) list.push(record);
      bySurname.set(surnameOf, list);
    }
  }
  // Bare surnames anywhere else in the text.
  for (const [surname, records] of bySurname) {
    if (records.length !== 1) continue;
    const record = records[0]!;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}-])${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (mentions.overlapping(start, end).some((x) => !x.nested)) continue;
      mentions.push({ start, end, key: record.key, type: "Person", nested: false, via: "surname" });
    }
  }
}

const NAME_BEFORE_COMMA =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+(?:van|de|der|den|ten|ter|von|al|bin|da|di|du|le|la))*\s+\p{Lu}[\p{L}'’-]+),[ \u00a0]+/gu;

/** First words of offices written in title case before a comma: never a person's first name. */
const OFFICE_NAME_WORDS = new Set([
  "supreme",
  "chief",
  "commander",
  "deputy",
  "director",
  "inspector",
  "secretary",
  "minister",
  "chairman",
  "chair",
  "head",
  "vice",
  "commanding",
]);

/**
 * A name followed by its office in an apposition: "Jens Stoltenberg, secretaris-generaal van de
 * NAVO, zei …", "Harjit Sajjan, de Canadese minister van Defensie, …".
 */
export function recogniseAppositionPeople(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): TitledPerson[] {
  const titled: TitledPerson[] = [];
  NAME_BEFORE_COMMA.lastIndex = 0;
  for (let m = NAME_BEFORE_COMMA.exec(doc.text); m !== null; m = NAME_BEFORE_COMMA.exec(doc.text)) {
    const nameStart = m.index;
    const nameEnd = m.index + m[1]!.length;
    let at = m.index + m[0].length;
    const determiner = /^(?:de|het|the|an?|een)\s+/u.exec(doc.folded.slice(at, at + 5));
    if (determiner) at += determiner[0].length;
    const qualifier = mentions
      .startingAt(at)
      .find((x) => !x.nested && (x.type === "Country" || x.type === "Organisation"));
    if (qualifier)
      at = qualifier.end + (/^\s+/.exec(doc.text.slice(qualifier.end))?.[0].length ?? 0);
    TITLE_IN_APPOSITION.lastIndex = at;
    const title = TITLE_IN_APPOSITION.exec(doc.folded);
    if (!title) continue;
    if (NOT_NAME_WORDS.has(foldKey(m[1]!.split(/\s+/)[0]!))) continue;
    // "Sweden's Supreme Commander, General X": an office in title case is no name.
    if (OFFICE_NAME_WORDS.has(foldKey(m[1]!.split(/\s+/)[0]!))) continue;
    // "during his visit to the Naval Base, the Defence Secretary …": a person is no "the X Y".
    if (
      /(?:^|[^\p{L}])(?:the|de|het)\s+$/iu.test(
        doc.text.slice(Math.max(0, nameStart - 5), nameStart),
      )
    )
      continue;
    if (mentions.overlapping(nameStart, nameEnd).some((x) => !x.nested && x.type !== "Person"))
      continue;
    let mention = mentions
      .startingAt(nameStart)
      .find((x) => x.type === "Person" && !x.nested && x.end === nameEnd);
    if (!mention) {
      if (mentions.overlapping(nameStart, nameEnd).some((x) => !x.nested)) continue;
      const record = personRecord(gazetteer, registry, doc.text.slice(nameStart, nameEnd));
      mention = {
        start: nameStart,
        end: nameEnd,
        key: record.key,
        type: "Person",
        nested: false,
        via: "apposition",
      };
      mentions.push(mention);
    }
    // "Richard Marles, Japanese Minister of Defense Kihara Minoru": a title followed by a person
    // introduces that person; it is no apposition to the name before the comma.
    if (
      mentions
        .startingAt(
          at +
            title[0].length +
            (/^\s*/u.exec(doc.text.slice(at + title[0].length))?.[0].length ?? 0),
        )
        .some((x) => x.type === "Person" && !x.nested)
    )
      continue;
    const titleFolded = title[1]!.replace(/\s+/g, " ");
    titled.push({
      mention,
      title: doc.text.slice(at, at + title[0].length),
      titleStart: at,
      office: OFFICE_SET.has(titleFolded),
      counterpart: COUNTERPARTS.has(titleFolded),
    });
  }
  return titled;
}

/** "Danish Defence" and the office right after it: "Danish Defence Minister", "Belgian Defence Chief". */
const OFFICE_AFTER_PORTFOLIO =
  /^\s+(?:minister|ministers|secretary|secretaries|chief|chiefs|spokesman|spokeswoman|spokesperson|attaché|attache|attachés|minister's|woordvoerder)(?![\p{L}])/iu;
const PORTFOLIO_END = /(?:defen[cs]e|defensie)$/u;

/**
 * `office-qualifiers`: a body named by its state and portfolio ("Danish Defence", "Belgian
 * Defence") right before an office ("Danish Defence Minister X") qualifies the office: the office
 * holder is named, the body is not. The names inside it (the nationality) are plain mentions again.
 */
export function dropOfficeQualifiers(doc: Doc, mentions: MentionSet): void {
  if (!/defen[cs]e|defensie/u.test(doc.folded)) return;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.type !== "Organisation" || m.nested) continue;
    if (!PORTFOLIO_END.test(doc.folded.slice(Math.max(m.start, m.end - 9), m.end))) continue;
    if (!OFFICE_AFTER_PORTFOLIO.test(doc.text.slice(m.end, m.end + 16))) continue;
    mentions.splice(i, 1);
    for (const inner of mentions.overlapping(m.start, m.end))
      if (inner.nested && inner.start >= m.start && inner.end <= m.end)
        inner.nested = mentions
          .overlapping(inner.start, inner.end)
          .some((o) => o !== inner && !o.nested && o.start <= inner.start && inner.end <= o.end);
  }
}

/** Words that quote a speaker before the name: "zegt Brekelmans", "said Austin", "aldus Rutte". */
const SPEAKER_BEFORE =
  /(?<![\p{L}])(?:zegt|zei|aldus|volgens|meldt|meldde|stelt|stelde|benadrukt|benadrukte|schrijft|schreef|said|says|according to|told)[ \u00a0]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;
/** … and after it: "Brekelmans zei", "Austin said". */
const SPEAKER_AFTER =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \u00a0]+(?:zegt|zei|benadrukt|benadrukte|schrijft|schreef|said|says|told|added|noted|stressed)(?![\p{L}])/gu;

/**
 * `speakers`: a surname alone as the speaker of a quote ("zegt Brekelmans in Ramstein", "Austin
 * said") is the one person the knowledge base knows by that surname — the one in office on the
 * article's date when several are. News names a well-known minister so once the headline has;
 * a surname no one or several people of the knowledge base bear names no one here.
 */
export function speakerSurnames(
  doc: Doc,
  gazetteer: Gazetteer,
  mentions: MentionSet,
  date?: string,
): { name: ParsedName; title: string; titleStart: number; office: boolean }[] {
  const out: { name: ParsedName; title: string; titleStart: number; office: boolean }[] = [];
  const seen = new Set<number>();
  for (const pattern of [SPEAKER_BEFORE, SPEAKER_AFTER]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const surname = m[1]!;
      const start = m.index + m[0].indexOf(surname);
      const end = start + surname.length;
      if (seen.has(start) || mentions.overlapping(start, end).length > 0) continue;
      const people = gazetteer.peopleWithSurname(surname);
      const inOffice = date
        ? people.filter((p) => p.roles.some((r) => activeAt(r, date)))
        : ([] as KbPerson[]);
      if (people.length !== 1 && inOffice.length !== 1) continue;
      seen.add(start);
      out.push({
        name: { start, end, name: surname, tokens: [surname] },
        title: "",
        titleStart: start,
        office: false,
      });
    }
  }
  return out;
}
