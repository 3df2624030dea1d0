import type { EntityType, RelationType } from "../../../domain/vocabulary.ts";
import { RELATION_TYPES } from "../../../domain/vocabulary.ts";
import { type EntityRegistry, PairSet } from "../model.ts";
import type { Arg, RuleContext } from "./engine.ts";

/**
 * The last resort, after every rule: a few kinds of pair whose bare co-mention in one sentence
 * states the relation often enough to be worth saying, at a low confidence. Measured on the
 * written and real gold sets (docs/extraction.md, "Sentence defaults"): a person named in the
 * sentence of a meeting or exercise attends it, an asset named with a mission serves in it, a
 * mission named before a place works there, a body named with an occasion takes part, an exercise
 * or meeting named in one clause with a place is held there (twelfth round, re-measured on eight
 * real sets). Every other kind of pair was right less than 0.30 of the time on the real sets or a
 * quarter of the time on the written ones, and stays unsaid.
 */
interface Default {
  subject: EntityType;
  object: EntityType;
  type: RelationType;
  /** Whether the subject must come first in the sentence. */
  ordered: boolean;
  /** Only an object of this kind (the knowledge base's or the recognising pass's). */
  objectKind?: string;
  /** Not in a sentence that denies something ("did not take part in"). */
  undenied?: boolean;
  /** Only a pair in one clause of the sentence (twelfth round). */
  sameClause?: boolean;
  /**
   * Not an object of these kinds (twelfth round): a continent is an exercise's scope or a
   * reinforcement's origin ("across the Atlantic from North America"), a building mostly stands
   * for its tenant ("chief Pentagon spokesperson").
   */
  exceptObjectKinds?: readonly string[];
  /**
   * Not a subject named as a time ("before the summit", "ahead of the meeting", "in aanloop
   * naar de top"): what happens then happens elsewhere (twelfth round).
   */
  notAsTime?: boolean;
  /** Only a subject of this asset category (fourteenth round: "SHIP"). */
  subjectCategory?: string;
  /** Only an object whose name this matches (fourteenth round: a naval group). */
  objectName?: RegExp;
  /**
   * An object this matches is a broad one, skipped when the sentence names a narrower object of
   * the rule too ("SNMG1, een van de vlootverbanden uit de flitsmacht": the ship is in SNMG1).
   */
  broadObject?: RegExp;
  rule: string;
}

/**
 * A naval formation a ship serves in, by its name (fourteenth round): a standing NATO group (also
 * by its old name, "Standing Naval Force Mediterranean"), a named task group, the NATO Response
 * Force (its maritime part is made of ships). Not a strike group: the gold reads a carrier's
 * escorts as PART_OF it, and a carrier leads its own.
 */
export const NAVAL_GROUP =
  /\b(?:Maritime Group|Mine Countermeasures Group|Standing Naval Force|Task Group|Response Force)\b/u;

const DEFAULTS: readonly Default[] = [
  {
    subject: "Person",
    object: "Event",
    type: "PARTICIPATES_IN",
    ordered: true,
    sameClause: true,
    rule: "default.person-event",
  },
  {
    subject: "Asset",
    object: "Mission",
    type: "ASSIGNED_TO",
    ordered: false,
    undenied: true,
    rule: "default.asset-mission",
  },
  {
    subject: "Asset",
    object: "Event",
    type: "ASSIGNED_TO",
    ordered: false,
    objectKind: "exercise",
    undenied: true,
    rule: "default.asset-exercise",
  },
  {
    // Fourteenth round: a named ship and a standing naval group, strike group or task group in
    // one undenied sentence ("HMS X, heading Standing NATO Maritime Group 2", "after a deployment
    // to NATO's Standing Maritime Group 1", "Zr.Ms. Y is actief bij SNMG1"): the ship serves in it.
    subject: "Asset",
    object: "Organisation",
    type: "SUPPORTS",
    ordered: false,
    undenied: true,
    subjectCategory: "SHIP",
    objectKind: "force",
    objectName: NAVAL_GROUP,
    broadObject: /\bResponse Force\b/u,
    rule: "default.ship-group",
  },
  {
    subject: "Mission",
    object: "Location",
    type: "OPERATES_IN",
    ordered: true,
    rule: "default.mission-place",
  },
  {
    subject: "Organisation",
    object: "Event",
    type: "PARTICIPATES_IN",
    ordered: false,
    rule: "default.body-event",
  },
  {
    subject: "Event",
    object: "Location",
    type: "LOCATED_IN",
    ordered: false,
    sameClause: true,
    exceptObjectKinds: ["continent", "building"],
    notAsTime: true,
    rule: "default.event-place",
  },
];

const CONFIDENCE = 0.4;

/** Words that name an event as a time, right before it (folded). */
const AS_TIME =
  /(?<![\p{L}])(?:before|ahead of|prior to|after|following|in the run-up to|voorafgaand aan|in aanloop naar|na afloop van|vooruitlopend op)\s+(?:the\s+|de\s+|het\s+)?$/u;

/** A relation type as a number, so (sentence, type) is one number (PairSet's first). */
const TYPE_INDEX = Object.fromEntries(RELATION_TYPES.map((type, i) => [type, i])) as Record<
  RelationType,
  number
>;
const TYPE_COUNT = RELATION_TYPES.length;

/** A denial anywhere in the sentence (folded text). */
const DENIAL = /(?<![\p{L}])(?:not|never|niet|nooit|geen)(?![\p{L}])|n't(?![\p{L}])/u;

/** A conjunction that opens a subordinate clause, right before its subject (folded). */
const SUBORDINATE_OPENER =
  /(?:^|[\s,])(?:after|before|since|when|once|until|because|while|nadat|voordat|toen|sinds|zodra|omdat|terwijl)\s+(?:(?:the|de|het)\s+)?$/u;

/**
 * Thirteenth round: a subordinate clause with an actor of its own stands between the pair ("an
 * effort launched by the U.S. in 2014 after Russia annexed the Crimean Peninsula"): what follows
 * is that actor's doing, not where the first name works or is held.
 */
function subordinateActorBetween(
  view: { start: number; folded: string; args: readonly Arg[] },
  a: Arg,
  b: Arg,
): boolean {
  const from = Math.min(a.mention.end, b.mention.end);
  const to = Math.max(a.mention.start, b.mention.start);
  return view.args.some(
    (x) =>
      x.mention.start >= from &&
      x.mention.end <= to &&
      x.mention.via !== "adjective" &&
      (x.mention.type === "Country" ||
        x.mention.type === "Organisation" ||
        x.mention.type === "Person") &&
      SUBORDINATE_OPENER.test(
        view.folded.slice(
          Math.max(0, x.mention.start - view.start - 24),
          x.mention.start - view.start,
        ),
      ) &&
      /^\s+\p{Ll}{3,}/u.test(view.folded.slice(x.mention.end - view.start)) &&
      // A comma after it closes the subordinate clause: "…, before Russia seized X, with troops at Y".
      !view.folded.slice(x.mention.end - view.start, to - view.start).includes(","),
  );
}

/** A named asset of the category ("HMS X", not "minehunters (SNMCMG1)"). */
function namedOfCategory(registry: EntityRegistry, key: string, category: string): boolean {
  const record = registry.get(key);
  return record?.properties.category === category && /^\p{Lu}/u.test(record.name);
}

function kindOf(registry: EntityRegistry, key: string): unknown {
  const record = registry.get(key);
  return record?.kb?.kind ?? record?.properties.kind;
}

/** The pair in either order: stored with the smaller key first. */
function addEither(pairs: PairSet, a: string, b: string): void {
  if (a < b) pairs.add(a, b);
  else pairs.add(b, a);
}

function hasEither(pairs: PairSet, a: string, b: string): boolean {
  return a < b ? pairs.has(a, b) : pairs.has(b, a);
}

export function sentenceDefaults(ctx: RuleContext, registry: EntityRegistry): void {
  let related: PairSet | undefined;
  /** By sentence, the relation types and subjects rules stated there. */
  let stated: PairSet<number> | undefined;
  for (const view of ctx.views) {
    if (view.args.length < 2) continue;
    for (const s of view.args) {
      if (s.aside) continue;
      for (const o of view.args) {
        if (o.aside || o.mention.key === s.mention.key) continue;
        const rule = DEFAULTS.find(
          (d) =>
            d.subject === s.mention.type &&
            d.object === o.mention.type &&
            (!d.ordered || s.mention.start < o.mention.start) &&
            (!d.subjectCategory || namedOfCategory(registry, s.mention.key, d.subjectCategory)) &&
            (!d.objectName || d.objectName.test(registry.get(o.mention.key)?.name ?? "")),
        );
        if (!rule) continue;
        // Overlapping names are one phrase ("de battlegroup" inside "de battlegroup in Roemenië"
        // read as a unit too), not two things named side by side.
        if (s.mention.start < o.mention.end && o.mention.start < s.mention.end) continue;
        if (rule.objectKind && kindOf(registry, o.mention.key) !== rule.objectKind) continue;
        if (rule.exceptObjectKinds?.includes(kindOf(registry, o.mention.key) as string)) continue;
        if (rule.undenied && DENIAL.test(view.folded)) continue;
        const broad = rule.broadObject;
        const objectName = rule.objectName;
        if (
          broad &&
          objectName &&
          broad.test(registry.get(o.mention.key)?.name ?? "") &&
          view.args.some((x) => {
            const name = registry.get(x.mention.key)?.name ?? "";
            return x.mention.type === rule.object && objectName.test(name) && !broad.test(name);
          })
        )
          continue;
        if (rule.sameClause && s.clause !== o.clause) continue;
        if (subordinateActorBetween(view, s, o)) continue;
        if (
          rule.notAsTime &&
          AS_TIME.test(
            view.folded.slice(
              Math.max(0, s.mention.start - view.start - 40),
              s.mention.start - view.start,
            ),
          )
        )
          continue;
        if (!related || !stated) {
          related = new PairSet();
          stated = new PairSet();
          for (const f of ctx.findings) {
            addEither(related, f.source, f.target);
            stated.add(f.sentence * TYPE_COUNT + TYPE_INDEX[f.type], f.source);
          }
        }
        if (hasEither(related, s.mention.key, o.mention.key)) continue;
        // A rule already said where this mission works (whom this person meets, …) in this
        // sentence: another name of that kind there is someone else's ("de missie in Irak en …
        // hervormingen in de Koerdistan Autonome Regio").
        if (stated.has(view.index * TYPE_COUNT + TYPE_INDEX[rule.type], s.mention.key)) continue;
        addEither(related, s.mention.key, o.mention.key);
        ctx.findings.push({
          type: rule.type,
          source: s.mention.key,
          target: o.mention.key,
          rule: rule.rule,
          confidence: CONFIDENCE,
          sentence: view.index,
        });
      }
    }
  }
}

/** Prepositions that place what they govern (folded): "in", "op", "at", "naar", "off" … */
const PLACING_PREPS: ReadonlySet<string> = new Set([
  "in",
  "op",
  "at",
  "to",
  "into",
  "naar",
  "near",
  "nabij",
  "bij",
  "off",
  "around",
  "rond",
  "rondom",
  "over",
  "boven",
]);
/** Prepositions of leaving, which place an asset only at a base, port or town it leaves. */
const LEAVING_PREPS: ReadonlySet<string> = new Set(["from", "uit", "vanuit", "vanaf"]);
/** A relative pronoun between an asset and a place: the place is the relative clause's. */
const RELATIVE_BETWEEN = /(?:^|[\s,])(?:die|dat|welke|waar|which|who|that|where)\s/u;
/** Kinds of place an asset works in rather than stands at. */
const AREA_KINDS: ReadonlySet<string> = new Set(["sea", "strait", "region", "continent"]);
const SITE_KINDS: ReadonlySet<string> = new Set(["base", "city", "town", "village", "site"]);

/**
 * "the port of" / "de haven van" before a place (folded), with the preposition that governs the
 * port: "vanuit de haven van Den Helder", "in the port of Souda Bay", "vaart de haven van Den
 * Helder in" (no preposition: the ship sails into it).
 */
const PORT_OF =
  /(?:^|[\s,])(?:(\p{L}+)\s+)?(?:(?:de|het|the|her|his|its|haar|zijn)\s+)?(?:haven|thuishaven|marinehaven|marinebasis|port|harbour|harbor|homeport|home port|naval base)\s+(?:van|of)\s+$/u;

/**
 * Fourteenth round: the preposition that places a town named as a port ("de haven van X"), the
 * port's own; "in" when none governs it ("de haven van Den Helder in", "reached the port of X").
 */
function portPrep(view: { start: number; folded: string }, place: Arg): string | undefined {
  if (place.prep !== "van" && place.prep !== "of") return undefined;
  const before = view.folded.slice(
    Math.max(0, place.mention.start - view.start - 48),
    place.mention.start - view.start,
  );
  const port = PORT_OF.exec(before);
  if (!port) return undefined;
  const word = port[1];
  // "praat over de haven van X", "a plan for the port of X": the port is a topic, not a place.
  if (word && OTHER_PREPS.has(word)) return undefined;
  return word && (PLACING_PREPS.has(word) || LEAVING_PREPS.has(word)) ? word : "in";
}
const OTHER_PREPS: ReadonlySet<string> = new Set(
  "over about voor for met with van of tegen against om zonder without door by".split(" "),
);

/**
 * `placed-assets` (ninth round): an asset and the place right after it, governed by a placing
 * preposition, in one sentence that no rule related — "Nederlandse MQ-9 Reapers half jaar langer
 * in Roemenië", "Dutch Patriot air defence personnel train with NATO partners in Lithuania",
 * "200 Nederlandse militairen staan paraat op Cyprus", "vertrekt zondag uit Den Helder"; or a
 * place that opens the sentence and the asset after it ("In Litouwen is een nieuwe lichting
 * militairen …"). The asset is the nearest one before the place with no other place between
 * (bodies and people may stand between: "train with NATO partners in"), so in "600 troops and
 * Leopard tanks stationed at Camp Adazi near Riga" only Camp Adazi is theirs. A sea, strait,
 * region or continent is where the asset OPERATES_IN; a state, base or town is where it is
 * LOCATED_IN. "from/uit/vanuit" places it only at a base, port or town (an origin state says whose
 * it is). Asset and place share a clause (a place in a relative clause is the clause's). Not the
 * asset's own state, not a place a rule already gave this asset in the sentence.
 * Confidence 0.4, as the sentence defaults.
 */
export function placedAssets(ctx: RuleContext, registry: EntityRegistry): void {
  let related: PairSet | undefined;
  /** By sentence, the assets rules placed there. */
  let placed: PairSet<number> | undefined;
  const isPlace = (a: Arg) => a.mention.type === "Location" || a.mention.type === "Country";
  for (const view of ctx.views) {
    const args = view.args;
    if (args.length < 2 || !args.some((a) => a.mention.type === "Asset")) continue;
    for (let i = 0; i < args.length; i++) {
      const place = args[i]!;
      if (!isPlace(place) || place.aside) continue;
      // A list shares the preposition of its first member ("in Bamako, Gao en Kidal").
      const first = args.findIndex((a) => a.group === place.group);
      const prep = portPrep(view, place) ?? place.prep ?? args[first]?.prep;
      if (!prep) continue;
      const record = registry.get(place.mention.key);
      const kind = place.mention.type === "Location" ? record?.kb?.kind : undefined;
      if (!PLACING_PREPS.has(prep) && !(LEAVING_PREPS.has(prep) && kind && SITE_KINDS.has(kind)))
        continue;
      // Only the place's own clause: "zet Zr.Ms. Tromp in voor de missie die schepen naar Gaza
      // begeleidt" does not send the frigate to Gaza.
      const assets = assetsPlacedAt(args, first).filter(
        (a) =>
          a.clause === place.clause &&
          (a.mention.start > place.mention.start ||
            !RELATIVE_BETWEEN.test(
              view.folded.slice(a.mention.end - view.start, place.mention.start - view.start),
            )),
      );
      if (assets.length === 0) continue;
      const relation: RelationType = kind && AREA_KINDS.has(kind) ? "OPERATES_IN" : "LOCATED_IN";
      for (const asset of assets) {
        if (!related || !placed) {
          related = new PairSet();
          placed = new PairSet();
          for (const f of ctx.findings) {
            addEither(related, f.source, f.target);
            if (f.type === "LOCATED_IN" || f.type === "OPERATES_IN")
              placed.add(f.sentence, f.source);
          }
        }
        if (
          hasEither(related, asset.mention.key, place.mention.key) ||
          placed.has(view.index, asset.mention.key)
        )
          continue;
        // "F-35 (Netherlands)" in the Netherlands: at home, which says nothing.
        const name = registry.get(asset.mention.key)?.name ?? "";
        if (record && name.endsWith(`(${record.name})`)) continue;
        addEither(related, asset.mention.key, place.mention.key);
        ctx.findings.push({
          type: relation,
          source: asset.mention.key,
          target: place.mention.key,
          rule: "default.asset-place",
          confidence: CONFIDENCE,
          sentence: view.index,
        });
      }
    }
  }

  /**
   * The assets a place list starting at `first` places: the nearest asset (with its coordinated
   * group) before it, with no other place between; else, for a list that opens the sentence, the
   * first asset after it, with no other place between.
   */
  function assetsPlacedAt(args: readonly Arg[], first: number): Arg[] {
    const group = args[first]!.group;
    const groupOf = (a: Arg) =>
      args.filter((b) => b.group === a.group && !b.aside && b.mention.type === "Asset");
    for (let j = first - 1; j >= 0; j--) {
      const a = args[j]!;
      if (a.mention.type === "Asset" && !a.aside) return groupOf(a);
      if (isPlace(a)) return [];
    }
    if (first !== 0) return [];
    for (let j = first + 1; j < args.length; j++) {
      const a = args[j]!;
      if (a.group === group) continue;
      if (a.mention.type === "Asset" && !a.aside) return groupOf(a);
      if (isPlace(a)) return [];
    }
    return [];
  }
}
