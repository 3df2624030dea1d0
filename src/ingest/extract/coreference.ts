import type { KbPerson } from "../../kb/types.ts";
import type { MentionSet } from "./mention-set.ts";
import {
  COREFERENCE_WINDOW,
  type Doc,
  type EntityRecord,
  type EntityRegistry,
  type Mention,
  sentenceIndexAt,
} from "./model.ts";
import type { TitledPerson } from "./people.ts";
import type { AssetCue } from "./recognise.ts";

/**
 * Coreference by a description (twelfth round): "The minister spoke …", "the Secretary",
 * "de generaal", "The Portsmouth-based warship will join …", "the Type 45 destroyer", "the unit",
 * "het ministerie". A definite singular description headed by a type noun names the one entity of
 * that type and subtype named in the window (its sentence and the three before it): a ship noun only
 * a named ship, an office noun only a person introduced with that office (by a title before a
 * mention, an apposition after one, or the knowledge base's roles), "the unit" only a military
 * unit, "the ministry" only a ministry. Two compatible entities in the window: no reference. An
 * indefinite or plural noun ("a frigate", "frigates", "the ships of …") is never one; nor a noun
 * before "of/van" ("the commander of the task group") or before a name ("the minister Kamp",
 * "the frigate HMS Kent"). What earlier passes already read (an adjacent "the frigate" after a
 * named ship: ships.ts; "the task group", "the alliance": compounds.ts; "the contact group":
 * head-references) is left to them. Later passes and the frames see the description as the entity.
 */
export function resolveCoreferences(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  titled: readonly TitledPerson[],
  cues: AssetCue[],
  shipKeys: ReadonlySet<string>,
): void {
  // Cheap gate: no candidate noun, nothing to do.
  if (!HINT.test(doc.folded)) return;
  const found: Mention[] = [];
  const titlesOf = new Map<string, string[]>();
  for (const t of titled) {
    const list = titlesOf.get(t.mention.key) ?? [];
    list.push(t.title.toLowerCase());
    titlesOf.set(t.mention.key, list);
  }
  // The compatible mentions depend only on the noun's class: computed once per class, sorted by
  // end, with the number of distinct entities up to each (capped at 2), so each description
  // costs a binary search and a walk back over its window (linear in the text).
  const byClass = new Map<string, Candidates>();
  const candidatesOf = (cls: NounClass, portfolio: Portfolio | undefined): Candidates => {
    const key = portfolio ? `${cls} ${portfolio}` : cls;
    let c = byClass.get(key);
    if (!c) {
      const list = mentions
        .filter((x) => {
          const record = registry.get(x.key);
          return (
            record !== undefined && compatible(doc, cls, portfolio, x, record, titlesOf, shipKeys)
          );
        })
        .sort((a, b) => a.end - b.end);
      const distinct: number[] = [];
      let first: string | undefined;
      let count = 0;
      for (const x of list) {
        if (count === 0) {
          first = x.key;
          count = 1;
        } else if (count === 1 && x.key !== first) count = 2;
        distinct.push(count);
      }
      c = { list, distinct };
      byClass.set(key, c);
    }
    return c;
  };
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(doc.folded); m !== null; m = DESCRIPTION.exec(doc.folded)) {
    const noun = m[3]!;
    const portfolio = m[2];
    const end = m.index + m[0].length;
    const start = end - noun.length;
    const modified = m[1] !== undefined;
    const cls = classOf(noun);
    if (cls === undefined) continue;
    // Modifiers ("the Portsmouth-based warship") only before a ship noun.
    if (modified && cls !== "ship") continue;
    if (start < doc.titleEnd) continue;
    if (mentions.overlapping(start, end).length > 0) continue;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const after = doc.folded.slice(end, end + 24);
    // "the commander of the task group", "het ministerie van Defensie": a description of its own.
    if (/^\s+(?:of|van|at|in|bij|general|generaal)(?![\p{L}])/u.test(after)) continue;
    // "the Minister for Defence Industry" is an office; "the minister for his leadership" is not.
    if (
      /^\s+(?:for|voor|to)\s+(?:the\s+|de\s+|het\s+)?[\p{Lu}\p{N}]/u.test(
        doc.text.slice(end, end + 24),
      )
    )
      continue;
    if (/^-/u.test(after)) continue;
    // "the minister Kamp", "the frigate HMS Kent": the name that follows is what it introduces.
    const gap = /^[\s\u00a0]+/u.exec(doc.text.slice(end, end + 4));
    if (gap && mentions.startingAt(end + gap[0].length).length > 0) continue;
    if (gap && /^\p{Lu}/u.test(doc.text.slice(end + gap[0].length, end + gap[0].length + 1))) {
      // "The Secretary General", "the General Assembly": a capitalised next word is a name.
      continue;
    }
    if (cls === "general" && GENERAL_NOT_PERSON.test(after)) continue;
    if (portfolio !== undefined && cls !== "minister" && cls !== "secretary") continue;
    const sentence = sentenceIndexAt(doc, start);
    const windowStart = doc.sentences[Math.max(0, sentence - COREFERENCE_WINDOW)]!.start;
    const target = antecedent(candidatesOf(cls, portfolioKey(portfolio)), start, windowStart);
    if (!target) continue;
    found.push({ start, end, key: target.key, type: target.type, nested: false, via: "anaphor" });
    if (cls === "ship") {
      // A ship noun read as an asset of its own is the ship.
      for (let i = cues.length - 1; i >= 0; i--) {
        const c = cues[i]!;
        if (c.start < end && start < c.end) cues.splice(i, 1);
      }
    }
  }
  for (const f of found) mentions.push(f);
}

interface Candidates {
  /** Compatible mentions sorted by end. */
  list: Mention[];
  /** How many distinct entities `list[0..i]` holds, capped at 2. */
  distinct: number[];
}

/**
 * The one compatible entity the window (from `windowStart` to the description) names, the last
 * named there; with none in the window, the only one the article names before the description.
 * Two in the window, or none there and two before: no antecedent.
 */
function antecedent(c: Candidates, start: number, windowStart: number): Mention | undefined {
  let lo = 0;
  let hi = c.list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.list[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  let last: Mention | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const x = c.list[i]!;
    if (x.end <= windowStart) break;
    if (x.start < windowStart) continue;
    if (!last) last = x;
    else if (x.key !== last.key) return undefined;
  }
  if (last) return last;
  return c.distinct[lo - 1] === 1 ? c.list[lo - 1] : undefined;
}

type NounClass =
  | "ship"
  | "minister"
  | "secretary"
  | "secretary-general"
  | "staatssecretaris"
  | "general"
  | "commander"
  | "admiral"
  | "ambassador"
  | "unit"
  | "ministry";

const SHIP_NOUNS =
  "ship|vessel|frigate|destroyer|warship|submarine|corvette|minehunter|cruiser|carrier|schip|marineschip|fregat|oorlogsschip|onderzeeboot|onderzeeer|mijnenjager|korvet|patrouilleschip";
const PERSON_NOUNS =
  "secretary general|secretary-general|secretaris-generaal|minister|secretary|staatssecretaris|general|generaal|commander|commandant|admiral|admiraal|ambassador|ambassadeur";
const OTHER_NOUNS = "unit|eenheid|ministry|ministerie";

/** A determiner, up to two modifiers a ship noun takes ("Portsmouth-based", "Type 45"), the noun. */
const DESCRIPTION = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:the|de|het|this|dit|deze)\\s+((?:(?:[\\p{L}\\p{N}.,]+-[\\p{L}\\p{N}-]+|type\\s+\\d+[a-z]?)\\s+){1,2})?(?:(defence|defense|foreign)\\s+)?(${SHIP_NOUNS}|${PERSON_NOUNS}|${OTHER_NOUNS})(?![\\p{L}\\p{N}])`,
  "gu",
);
const HINT = new RegExp(`(?:${SHIP_NOUNS}|${PERSON_NOUNS}|${OTHER_NOUNS})`, "u");

/** "the general public", "the general election": the adjective, not the rank. */
const GENERAL_NOT_PERSON =
  /^\s+(?:public|election|elections|assembly|staff|purpose|consensus|rule|idea|direction|area|population|debate|principle|framework|secretariat|situation|agreement|approach|level|interest|aviation|dynamics|atomics|manager|counsel|conference)(?![\p{L}])/u;

const SHIP_NOUN = new RegExp(`^(?:${SHIP_NOUNS})$`, "u");

function classOf(noun: string): NounClass | undefined {
  if (SHIP_NOUN.test(noun)) return "ship";
  switch (noun) {
    case "minister":
      return "minister";
    case "secretary":
      return "secretary";
    case "secretary general":
    case "secretary-general":
    case "secretaris-generaal":
      return "secretary-general";
    case "staatssecretaris":
      return "staatssecretaris";
    case "general":
    case "generaal":
      return "general";
    case "commander":
    case "commandant":
      return "commander";
    case "admiral":
    case "admiraal":
      return "admiral";
    case "ambassador":
    case "ambassadeur":
      return "ambassador";
    case "unit":
    case "eenheid":
      return "unit";
    case "ministry":
    case "ministerie":
      return "ministry";
  }
  return undefined;
}

/** What an office noun's person holds, as written in a title or a role. */
const OFFICE_OF: Record<string, RegExp> = {
  minister: /^(?!.*(?:deputy|vice|prime|onderminister)).*minister(?![- ]?president)/u,
  secretary:
    /^(?!.*(?:deputy|under|assistant|press|permanent|principal|vice)).*secretary(?![- ]general)/u,
  staatssecretaris: /staatssecretaris/u,
  "secretary-general": /secretary[- ]general|secretaris-generaal/u,
  general:
    /(?:^|[\s.-])(?<!secretary[- ]|secretaris-)(?:gen\.|general|generaal)(?![\p{L}])(?! secretary)/u,
  commander: /commander|commandant|cdr\.|\bcmdr/u,
  admiral: /admiral|admiraal|adm\./u,
  ambassador: /ambassad/u,
};

type Portfolio = "defence" | "foreign";

function portfolioKey(written: string | undefined): Portfolio | undefined {
  if (written === undefined) return undefined;
  return written === "foreign" ? "foreign" : "defence";
}

/** "the Defence Secretary", "the Foreign Minister": the title names the portfolio too. */
const PORTFOLIO_IN_TITLE: Record<Portfolio, RegExp> = {
  defence: /defen[cs]e|defensie/u,
  foreign: /foreign|buitenlandse/u,
};

function compatible(
  doc: Doc,
  cls: NounClass,
  portfolio: Portfolio | undefined,
  x: Mention,
  record: EntityRecord,
  titlesOf: ReadonlyMap<string, readonly string[]>,
  shipKeys: ReadonlySet<string>,
): boolean {
  if (cls === "ship") return x.type === "Asset" && shipKeys.has(x.key);
  if (cls === "unit") return x.type === "Organisation" && kindOf(record) === "unit";
  if (cls === "ministry") return x.type === "Organisation" && kindOf(record) === "ministry";
  if (x.type !== "Person") return false;
  const base = OFFICE_OF[cls]!;
  const office = portfolio
    ? { test: (t: string) => base.test(t) && PORTFOLIO_IN_TITLE[portfolio].test(t) }
    : base;
  if (titlesOf.get(x.key)?.some((t) => office.test(t))) return true;
  // The title right before this mention ("Defence Secretary John Healey", "Lt. Gen. X").
  const before = doc.folded.slice(Math.max(0, x.start - 40), x.start);
  const lastTitle = /([\p{L}.\s-]*)$/u.exec(before)?.[1] ?? "";
  if (office.test(lastTitle)) return true;
  // An apposition after it ("X, the U.S. Secretary of Defense,").
  const apposition = /^\s*,\s*([^,;]{0,48})/u.exec(doc.folded.slice(x.end, x.end + 52));
  if (apposition && office.test(apposition[1]!)) return true;
  const roles = (record.kb as KbPerson | undefined)?.roles;
  return roles?.some((r) => office.test(r.role.toLowerCase())) ?? false;
}

function kindOf(record: EntityRecord): string | undefined {
  return record.kb?.kind ?? (record.properties.kind as string | undefined);
}
