import type { EntityType, RelationType } from "../../../domain/vocabulary.ts";
import type { KbCountry } from "../../../kb/types.ts";
import { type EntityRegistry, PairSet } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";
import { ownerInName } from "./ownership.ts";

/**
 * Fourteenth round, `measured-pairs`: relations between two names of one sentence that no other
 * pass related, read from a table whose every row was chosen by measurement, not by reading
 * articles. tools/measure-pairs enumerates, over every committed set with gold, the pairs of
 * entities the extractor names in one sentence but does not relate, labels each with the gold
 * relation between them (or none), groups them by the features below (the two types with their
 * kinds, their order, and the small cue between them) and scores "predict R for this group"
 * leaving one set out: the group and its decision are chosen on the other sets and scored on the
 * held one. A row is here only when it held up that way in several articles of several sets
 * (docs/extraction.md, "Relations measured across sets").
 */

/** The type of an entity with the kind the knowledge base or the recognising pass gave it. */
export function typedKind(registry: EntityRegistry, type: EntityType, key: string): string {
  const record = registry.get(key);
  if (type === "Asset") {
    const category = record?.properties.category;
    return `Asset:${typeof category === "string" ? category.toLowerCase() : ""}`;
  }
  const kind = record?.kb?.kind ?? record?.properties.kind;
  return `${type}:${typeof kind === "string" ? kind : ""}`;
}

/** Determiners and fillers the cue skips (folded). */
const FILLER: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "de",
  "het",
  "een",
  "its",
  "their",
  "his",
  "her",
  "zijn",
  "haar",
  "hun",
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

/** The cues of a pair: what stands between the first name and the second. */
export interface PairCue {
  /** The preposition that governs the second name, or "-". */
  prep: string;
  /** The words between the two (fillers dropped), when at most three; "" when adjacent; else "long". */
  between: string;
  /** The last word before the second name that is no filler, or "-". */
  last: string;
  /** The number of words between: "0", "1-3", "4-8", "9+". */
  gap: string;
  /** Both in one clause. */
  sameClause: boolean;
  /** Members of one coordinated list. */
  listed: boolean;
  /** A comma between them. */
  comma: boolean;
}

export function pairCue(view: SentenceView, first: Arg, second: Arg): PairCue {
  const between = view.folded.slice(
    first.mention.end - view.start,
    Math.max(first.mention.end, second.mention.start) - view.start,
  );
  // Words up to the ninth that is no filler: the cue needs no more ("9+", "long").
  const words: string[] = [];
  let last = "-";
  WORD.lastIndex = 0;
  for (let m = WORD.exec(between); m !== null; m = WORD.exec(between)) {
    if (FILLER.has(m[0])) continue;
    last = m[0];
    if (words.length < 9) words.push(m[0]);
  }
  const count = words.length;
  return {
    prep: second.prep ?? "-",
    between: count === 0 ? "" : count <= 3 ? words.join(" ") : "long",
    last,
    gap: count === 0 ? "0" : count <= 3 ? "1-3" : count <= 8 ? "4-8" : "9+",
    sameClause: first.clause === second.clause,
    listed: first.group === second.group,
    comma: between.includes(","),
  };
}

/** One measured row: two typed kinds in this order, a cue, and the relation it states. */
export interface MeasuredPair {
  /**
   * The first name in the sentence: a typed kind ("Asset:ship", "Organisation:ministry") or a
   * bare type ("Organisation"), which takes any kind.
   */
  first: string;
  second: string;
  /**
   * The preposition governing the second name ("-": none), or the words between, or whether a
   * comma stands between and how many words.
   */
  cue: { prep: string } | { between: string } | { comma: boolean; gap: string };
  type: RelationType;
  /** Whether the relation runs from the second name to the first. */
  reversed: boolean;
  rule: string;
}

/**
 * The table (`python3 tools/measure-pairs/rows.py`; precision >= 0.8 on the pairs no other pass
 * related, in >= 3 articles of >= 2 sets; "held out" sums, over the 17 folds of leave-one-set-out,
 * what the row did on the set it was not chosen from).
 */
export const MEASURED_PAIRS: readonly MeasuredPair[] = [
  // "Vanuit de haven van Den Helder is Zr.Ms. X vertrokken", "Portsmouth warship HMS Y deploys":
  // a city named before a ship, with no preposition of its own before the ship, is where the ship
  // is (its port). In-sample 6/6 in 5 articles of 4 sets; held out 6 tp, 0 fp.
  {
    first: "Location:city",
    second: "Asset:ship",
    cue: { prep: "-" },
    type: "LOCATED_IN",
    reversed: true,
    rule: "measured.city-ship",
  },
  // "het fregat voer door de Middellandse en Zwarte Zee", "HMS X guards the Mediterranean": a
  // ship named before a sea works in it. In-sample 6/6 in 5 articles of 5 sets; held out 6 tp, 0 fp.
  {
    first: "Asset:ship",
    second: "Location:sea",
    cue: { prep: "-" },
    type: "OPERATES_IN",
    reversed: false,
    rule: "measured.ship-sea",
  },
  // "Defensie levert momenteel 270 militairen", "Defensie zet 80 militairen extra in": the
  // ministry named before personnel provides them. In-sample 5/5 in 4 articles of 4 sets; held
  // out 5 tp, 0 fp.
  {
    first: "Organisation:ministry",
    second: "Asset:personnel",
    cue: { prep: "-" },
    type: "PROVIDES",
    reversed: false,
    rule: "measured.ministry-personnel",
  },
  // "het Seebataillon van de Duitse marine", "het 1ste Bataljon van het Korps Mariniers": a body
  // right before "van" and another body is part of it. In-sample 5/5 in 5 articles of 5 sets;
  // held out 5 tp, 0 fp.
  {
    first: "Organisation",
    second: "Organisation",
    cue: { between: "van" },
    type: "PART_OF",
    reversed: false,
    rule: "measured.body-van-body",
  },
  // "Vier F-35's van 313 Squadron", "150 militairen van het Luchtverdedigingscommando": an asset
  // right before "van" and a body is that body's (it PROVIDES the asset). In-sample 5/5 in 4
  // articles of 4 sets; held out 5 tp, 0 fp.
  {
    first: "Asset",
    second: "Organisation",
    cue: { between: "van" },
    type: "PROVIDES",
    reversed: true,
    rule: "measured.asset-van-body",
  },
  // Third scheme (typed kinds, a comma between or not, words between), for pairs the two above
  // leave. Its ship → standing group row (held out 5 tp, 1 fp) was dropped when
  // `default.ship-group` (sentence-defaults.ts) came in the same round: that default reads every
  // undenied sentence naming a ship and a naval group and runs before this pass, so the row
  // could no longer fire.
  // "Defensie koopt 4 nieuwe onderzeeboten bij het Franse Naval Group": the ministry and a
  // company a few words on, no comma between, work together (the gold's reading of a purchase).
  // In-sample 4/4 in 4 articles of 3 sets; held out 2 tp, 0 fp.
  {
    first: "Organisation:ministry",
    second: "Organisation:company",
    cue: { comma: false, gap: "4-8" },
    type: "COOPERATES_WITH",
    reversed: false,
    rule: "measured.ministry-company",
  },
];

const CONFIDENCE = 0.4;

/** The pair in either order: stored with the smaller key first. */
function addEither(pairs: PairSet, a: string, b: string): void {
  if (a < b) pairs.add(a, b);
  else pairs.add(b, a);
}

function hasEither(pairs: PairSet, a: string, b: string): boolean {
  return a < b ? pairs.has(a, b) : pairs.has(b, a);
}

/** The row that reads this pair, if any. */
export function measuredRow(
  rows: readonly MeasuredPair[],
  first: string,
  second: string,
  cue: PairCue,
): MeasuredPair | undefined {
  if (!cue.sameClause) return undefined;
  return rows.find(
    (r) =>
      sameKind(r.first, first) &&
      sameKind(r.second, second) &&
      ("prep" in r.cue
        ? r.cue.prep === cue.prep
        : "between" in r.cue
          ? r.cue.between === cue.between
          : r.cue.comma === cue.comma && r.cue.gap === cue.gap),
  );
}

/** A row's typed kind, or bare type, against a name's typed kind. */
function sameKind(row: string, typed: string): boolean {
  return row.includes(":") ? row === typed : typed.startsWith(`${row}:`);
}

/**
 * `measured-pairs`: after every other relation pass, each pair of names in one sentence (first
 * before second, neither inside an aside, not overlapping) that no finding relates and that a
 * row of `MEASURED_PAIRS` reads, related as the row says; evidence is the sentence.
 */
export function measuredPairs(
  ctx: RuleContext,
  registry: EntityRegistry,
  rows: readonly MeasuredPair[] = MEASURED_PAIRS,
): void {
  if (rows.length === 0) return;
  let related: PairSet | undefined;
  let states: Map<string, string | undefined> | undefined;
  // Per article: each entity's typed kind, and the rows each typed kind opens (most open none).
  const kindByKey = new Map<string, string>();
  const kindOf = (type: EntityType, key: string): string => {
    let kind = kindByKey.get(key);
    if (kind === undefined) {
      kind = typedKind(registry, type, key);
      kindByKey.set(key, kind);
    }
    return kind;
  };
  const rowsByFirst = new Map<string, readonly MeasuredPair[]>();
  const rowsFirst = (kind: string): readonly MeasuredPair[] => {
    let found = rowsByFirst.get(kind);
    if (!found) {
      found = rows.filter((r) => sameKind(r.first, kind));
      rowsByFirst.set(kind, found);
    }
    return found;
  };
  for (const view of ctx.views) {
    const args = view.args;
    if (args.length < 2) continue;
    // The typed kinds once per name; the cue only for a pair of kinds some row reads.
    const kinds = args.map((x) => kindOf(x.mention.type, x.mention.key));
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a.aside || a.mention.nested) continue;
      const firsts = rowsFirst(kinds[i]!);
      if (firsts.length === 0) continue;
      for (let j = i + 1; j < args.length; j++) {
        const b = args[j]!;
        if (b.aside || b.mention.nested || b.mention.key === a.mention.key) continue;
        if (b.mention.start < a.mention.end) continue;
        if (!firsts.some((r) => sameKind(r.second, kinds[j]!))) continue;
        const row = measuredRow(firsts, kinds[i]!, kinds[j]!, pairCue(view, a, b));
        if (!row) continue;
        if (!related) {
          related = new PairSet();
          for (const f of ctx.findings) addEither(related, f.source, f.target);
        }
        if (hasEither(related, a.mention.key, b.mention.key)) continue;
        const [source, target] = row.reversed ? [b, a] : [a, b];
        if (row.type === "PROVIDES") {
          states ??= statesByName(registry);
          if (!servesOwner(registry, states, source.mention.key, target.mention.key)) continue;
        }
        addEither(related, a.mention.key, b.mention.key);
        ctx.findings.push({
          type: row.type,
          source: source.mention.key,
          target: target.mention.key,
          rule: row.rule,
          confidence: CONFIDENCE,
          sentence: view.index,
        });
      }
    }
  }
}

/**
 * What ownership.ts keeps for every provider: a body of a known state provides only an asset of
 * that state ("Belgische F-16's van de Koninklijke Marine" are not the Dutch navy's). `states`:
 * the article's countries by name, to their ISO code.
 */
function servesOwner(
  registry: EntityRegistry,
  states: ReadonlyMap<string, string | undefined>,
  provider: string,
  asset: string,
): boolean {
  const state = registry.get(provider)?.kb?.country;
  const record = registry.get(asset);
  const owner = record?.properties.owner ?? (record ? ownerInName(record.name) : undefined);
  if (!state || typeof owner !== "string" || !states.has(owner)) return true;
  return states.get(owner) === state;
}

/** The article's countries by name, to their ISO code (built once, when a PROVIDES row fires). */
function statesByName(registry: EntityRegistry): Map<string, string | undefined> {
  const states = new Map<string, string | undefined>();
  for (const r of registry.records.values())
    if (r.type === "Country") states.set(r.name, (r.kb as KbCountry | undefined)?.iso2);
  return states;
}
