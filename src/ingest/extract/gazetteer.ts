import type {
  KbAssetKind,
  KbCountry,
  KbEntity,
  KbEquipment,
  KbPerson,
  KnowledgeBase,
} from "../../kb/types.ts";
import { createAutomaton } from "./aho-corasick.ts";
import { foldKey, isWordCharAt } from "./fold.ts";
import { NAME_PARTICLES as PARTICLES } from "./lexicon.ts";

/** What a dictionary hit can stand for. */
export type GazetteerRef =
  | { kind: "entity"; entity: KbEntity }
  /** A nationality adjective (or a region's: the entity is then a Location, not a KbCountry). */
  | { kind: "adjective"; country: KbCountry }
  | { kind: "equipment"; equipment: KbEquipment }
  | { kind: "asset-kind"; assetKind: KbAssetKind };

/**
 * How strictly the letters' case must agree. Short all-capital aliases are acronyms that collide
 * with ordinary words ("IS", "US", "DENK" / "Denk daarbij aan"); capitalised aliases are proper
 * names ("Kamer" is parliament, "kamer" a room).
 */
type CaseRule = "exact" | "acronym" | "capitalised" | "any";

export interface Candidate {
  ref: GazetteerRef;
  alias: string;
  caseRule: CaseRule;
}

export interface DictionaryHit {
  start: number;
  end: number;
  candidates: Candidate[];
}

export interface Gazetteer {
  readonly kb: KnowledgeBase;
  /** Every hit of a known alias on word boundaries whose case agrees, overlaps included. */
  find(text: string, folded: string): DictionaryHit[];
  /** Exact dictionary lookup of a name (folded). */
  lookup(name: string): Candidate[];
  /** Entities of a type keyed by folded canonical name and aliases. */
  readonly people: readonly KbPerson[];
  /** Known aliases grouped by first letter, for misspelling resolution. */
  aliasesStartingWith(letter: string): readonly { folded: string; candidates: Candidate[] }[];
  entityByName(name: string): KbEntity | undefined;
  /** Missions whose `ledBy` is one of these names, and the parts of such missions. */
  missionsLedBy(names: readonly string[]): readonly KbEntity[];
  /** Known people whose surname is this (as written: "Bijleveld", "Van der Laan"). */
  peopleWithSurname(surname: string): readonly KbPerson[];
}

/** "Ank Bijleveld-Schouten" → Bijleveld-Schouten, Bijleveld; "Ferdinand van der Laan" → van der Laan, Van der Laan. */
export function surnamesOfNames(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const tokens = name.split(/\s+/);
    if (tokens.length < 2) continue;
    const last = tokens[tokens.length - 1]!;
    // "Ferdinand van der Laan" is "Van der Laan", never "Laan".
    let first = tokens.length - 1;
    while (first > 1 && PARTICLES.has(tokens[first - 1]!.toLowerCase())) first--;
    if (first < tokens.length - 1) {
      const surname = tokens.slice(first).join(" ");
      out.add(surname);
      out.add(surname[0]!.toUpperCase() + surname.slice(1));
      continue;
    }
    out.add(last);
    if (last.includes("-")) out.add(last.split("-")[0]!);
  }
  return [...out].filter((s) => s.length >= 3 && /^\p{Lu}/u.test(s));
}

function caseRuleOf(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (letters.length > 0 && letters.length <= 5 && !/\p{Ll}/u.test(letters)) return "acronym";
  if (/^\p{Lu}/u.test(alias)) return "capitalised";
  return "any";
}

const SENTENCE_START = /(?:^|[\n.!?:"“‘'(])\s*$/;

function caseAgrees(candidate: Candidate, surface: string, before: string): boolean {
  switch (candidate.caseRule) {
    case "exact":
      return surface === candidate.alias;
    case "any":
      return true;
    case "capitalised":
      return /^[\p{Lu}\p{N}]/u.test(surface);
    case "acronym": {
      if (surface === candidate.alias) return true;
      // "Navo", "Nato" in newspaper house style, but never sentence-initially, where "Denk" or
      // "Is" is an ordinary word.
      const letters = candidate.alias.replace(/[^\p{L}]/gu, "");
      if (letters.length < 4) return false;
      const titleCase = candidate.alias[0] + candidate.alias.slice(1).toLowerCase();
      return surface === titleCase && !SENTENCE_START.test(before);
    }
  }
}

/** The plurals of an equipment model's form: "Rafale" → "Rafales", "Rafale's"; none for "-s". */
function pluralsOf(form: string): string[] {
  if (!/[\p{L}\p{N}]$/u.test(form) || /s$/iu.test(form) || /[\s-]\p{Ll}+$/u.test(form)) return [];
  return [`${form}s`, `${form}'s`, `${form}’s`];
}

/**
 * The knowledge base's names compiled into one Aho–Corasick automaton over folded text: one
 * linear pass per article finds every alias of every entity, country adjective, equipment
 * model and asset noun, whatever the size of the base.
 */
export function createGazetteer(kb: KnowledgeBase): Gazetteer {
  const byFolded = new Map<string, Candidate[]>();
  // Forms the knowledge base marks as matching only as written ("Kamer", "DENK", "Patriot").
  const add = (alias: string, ref: GazetteerRef, exact: readonly string[] = []) => {
    const folded = foldKey(alias);
    if (folded.length < 2) return;
    let list = byFolded.get(folded);
    if (!list) {
      list = [];
      byFolded.set(folded, list);
    }
    const rule: CaseRule = exact.includes(alias) ? "exact" : caseRuleOf(alias);
    const existing = list.find((c) => sameRef(c.ref, ref));
    if (!existing) {
      list.push({ ref, alias, caseRule: rule });
    } else if (existing.caseRule !== "exact" && rule === "any") {
      // The same entity under two casings: the laxer rule wins, unless one form is exact.
      existing.caseRule = "any";
    } else if (rule === "exact") {
      existing.caseRule = "exact";
      existing.alias = alias;
    }
  };
  const entities: KbEntity[] = [...kb.entities, ...kb.countries, ...kb.people];
  const seen = new Set<KbEntity>();
  for (const entity of entities) {
    if (seen.has(entity)) continue;
    seen.add(entity);
    const ref: GazetteerRef = { kind: "entity", entity };
    const exact = entity.caseSensitiveAliases ?? [];
    add(entity.name, ref, exact);
    for (const alias of entity.aliases) add(alias, ref, exact);
    // Adjectives of regions and peoples name the place ("Koerdische", "Baltic").
    if (entity.type === "Location" && entity.adjectives) {
      for (const adjective of entity.adjectives)
        add(adjective, { kind: "adjective", country: entity as KbCountry }, exact);
    }
  }
  for (const country of kb.countries) {
    const ref: GazetteerRef = { kind: "adjective", country };
    for (const adjective of country.adjectives) add(adjective, ref);
  }
  for (const equipment of kb.equipment) {
    const ref: GazetteerRef = { kind: "equipment", equipment };
    const exact = equipment.caseSensitiveAliases ?? [];
    for (const form of [equipment.model, ...equipment.aliases]) {
      add(form, ref, exact);
      // "four Eurofighters", "Franse Rafales", "Patriots bij Rzeszów", "C-130's": a model's
      // plural is the model. Only forms ending in a letter or digit, and not already in -s.
      for (const plural of pluralsOf(form)) add(plural, ref, exact.includes(form) ? [plural] : []);
    }
  }
  for (const assetKind of kb.assetKinds) {
    const ref: GazetteerRef = { kind: "asset-kind", assetKind };
    add(assetKind.name, ref, assetKind.caseSensitiveAliases);
    for (const alias of assetKind.aliases) add(alias, ref, assetKind.caseSensitiveAliases);
  }

  const patterns = [...byFolded.keys()];
  const automaton = createAutomaton(patterns);
  const candidateLists = patterns.map((p) => byFolded.get(p)!);
  const anyCase = candidateLists.map((list) => list.every((c) => c.caseRule === "any"));

  const byLetter = new Map<string, { folded: string; candidates: Candidate[] }[]>();
  for (const [folded, candidates] of byFolded) {
    const letter = folded[0]!;
    let list = byLetter.get(letter);
    if (!list) {
      list = [];
      byLetter.set(letter, list);
    }
    list.push({ folded, candidates });
  }
  const entityByFoldedName = new Map<string, KbEntity>();
  for (const entity of entities) {
    const key = foldKey(entity.name);
    if (!entityByFoldedName.has(key)) entityByFoldedName.set(key, entity);
  }

  // Missions by the folded name of their leader, with the parts of those missions ("NAVO-
  // battlegroup": a battlegroup of a NATO-led mission, though a framework nation leads it).
  const missionsByLeader = new Map<string, KbEntity[]>();
  const missionByName = new Map<string, KbEntity>();
  for (const entity of kb.entities) {
    if (entity.type !== "Mission") continue;
    for (const n of [entity.name, ...entity.aliases]) missionByName.set(foldKey(n), entity);
  }
  const addLed = (leader: string, mission: KbEntity) => {
    const key = foldKey(leader);
    const list = missionsByLeader.get(key) ?? [];
    if (!list.includes(mission)) list.push(mission);
    missionsByLeader.set(key, list);
  };
  for (const entity of kb.entities) {
    if (entity.type !== "Mission") continue;
    if (entity.ledBy) addLed(entity.ledBy, entity);
    const whole = entity.partOf ? missionByName.get(foldKey(entity.partOf)) : undefined;
    if (whole?.ledBy) addLed(whole.ledBy, entity);
  }
  const peopleBySurname = new Map<string, KbPerson[]>();
  for (const person of kb.people) {
    for (const surname of surnamesOfNames([person.name, ...person.aliases])) {
      const list = peopleBySurname.get(surname) ?? [];
      if (!list.includes(person)) list.push(person);
      peopleBySurname.set(surname, list);
    }
  }

  return {
    kb,
    people: kb.people,
    missionsLedBy(names) {
      const out = new Set<KbEntity>();
      for (const name of names)
        for (const m of missionsByLeader.get(foldKey(name)) ?? []) out.add(m);
      return [...out];
    },
    peopleWithSurname(surname) {
      return peopleBySurname.get(surname) ?? [];
    },
    find(text, folded) {
      const hits: DictionaryHit[] = [];
      const startsWord = (start: number) => !isWordCharAt(text, start - 1);
      const endsWord = (end: number) => !isWordCharAt(text, end);
      for (const match of automaton.scan(folded, startsWord, endsWord)) {
        const { start, end } = match;
        // A pattern ending in a full stop ("U.S.") may swallow the sentence's own full stop.
        const list = candidateLists[match.pattern]!;
        // Most aliases match in any case: only then is the surface needed.
        if (anyCase[match.pattern]) {
          hits.push({ start, end, candidates: list });
          continue;
        }
        const surface = text.slice(start, end);
        const before = text.slice(Math.max(0, start - 3), start);
        const candidates = list.filter((c) => caseAgrees(c, surface, before));
        if (candidates.length > 0) hits.push({ start, end, candidates });
      }
      return hits;
    },
    lookup(name) {
      return byFolded.get(foldKey(name)) ?? [];
    },
    aliasesStartingWith(letter) {
      return byLetter.get(letter) ?? [];
    },
    entityByName(name) {
      return entityByFoldedName.get(foldKey(name));
    },
  };
}

function sameRef(a: GazetteerRef, b: GazetteerRef): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "entity":
      return a.entity === (b as typeof a).entity;
    case "adjective":
      return a.country === (b as typeof a).country;
    case "equipment":
      return a.equipment === (b as typeof a).equipment;
    case "asset-kind":
      return a.assetKind === (b as typeof a).assetKind;
  }
}
