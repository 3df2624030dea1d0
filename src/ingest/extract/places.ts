import { foldKey } from "./fold.ts";
import { anyOf, MONTHS, NEXT_PHRASE_WORDS, NOT_NAME_WORDS } from "./lexicon.ts";
import { mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";

/**
 * Places the knowledge base does not list, introduced by a word that types them: "the town of
 * Orzysz", "de havenstad Odesa", "the province of Helmand", "een militaire basis in Cincu", "a
 * camp near Tapa". They become Locations (kind `place`). A name the dictionary already reads is
 * left to it.
 */
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:[ \\u00a0]+\\p{Lu}[\\p{L}'’-]+){0,2}";
const TYPING_WORDS =
  "town|city|village|port city|port|capital|province|district|municipality|region|stad|dorp|havenstad|hoofdstad|provincie|regio|gemeente|plaats|oefenterrein|schietterrein|luchthaven|marinehaven|havenplaats|eiland";
const TYPED = new RegExp(
  `(?<![\\p{L}])(?:${TYPING_WORDS})(?:[ \\u00a0]+of)?[ \\u00a0]+(${NAME})`,
  "gu",
);
const TYPED_HINT = anyOf(TYPING_WORDS.split("|"));
const BASE_NOUNS = "base|basis|kazerne|camp|kamp|garrison|barracks|airfield|vliegveld|legerplaats";
const BASE_IN = new RegExp(
  `(?<![\\p{L}])(?:${BASE_NOUNS})[ \\u00a0]+(?:in|near|at|bij|nabij|te)[ \\u00a0]+(${NAME})`,
  "gu",
);

const BASE_IN_HINT = anyOf(BASE_NOUNS.split("|"));

/**
 * Dutch phrases that only a place completes: "in de buurt van Białystok", "nabij Tapa", "rond
 * Narvik en Bardufoss", "een tussenstop in Djibouti", and the perfect with its participle last
 * ("is al in Evenes aangekomen"). The name (and names coordinated with it) is a place.
 */
const NEAR_WORDS = "in de buurt van|in de omgeving van|nabij|vlakbij|rondom|rond";
const NEAR = new RegExp(`(?<![\\p{L}])(?:${NEAR_WORDS})[ \\u00a0]+(${NAME})`, "gu");
const PORT_CALL = new RegExp(
  `(?<![\\p{L}])(?:tussenstop|havenbezoek|bevoorradingsstop)[ \\u00a0]+(?:in|aan|te)[ \\u00a0]+(${NAME})`,
  "gu",
);
const ARRIVED = new RegExp(
  `(?<![\\p{L}])(?:in|op|te)[ \\u00a0]+(${NAME})[ \\u00a0]+(?:aangekomen|gearriveerd|aangemeerd|gestationeerd|gelegerd)(?![\\p{L}])`,
  "gu",
);
const PLACE_CONTEXT_HINT = anyOf([
  "buurt van",
  "omgeving van",
  "nabij",
  "vlakbij",
  "rond",
  "tussenstop",
  "havenbezoek",
  "bevoorradingsstop",
  "aangekomen",
  "gearriveerd",
  "aangemeerd",
  "gestationeerd",
  "gelegerd",
]);
/**
 * Sixth round: verbs of where things happen or stand that only a place completes, in both
 * languages — "took place in Trøndelag", "will be held in Tallinn", "stationed at Setermoen",
 * "headquartered in Reitan", "sailed into Vestfjorden", "deployed to Tapa"; "vond plaats in",
 * "wordt gehouden in", "gevestigd in", "uitgezonden naar". The name, and names coordinated with
 * it ("in Nordland and Troms"), is a place the dictionary does not know.
 */
const HAPPENS_AT: Readonly<Record<string, RegExp>> = {
  en: new RegExp(
    `(?<![\\p{L}])(?:(?:took|takes|take|taking|will take)[ \\u00a0]+place|(?:was|were|is|are|be|been|being)[ \\u00a0]+held|hosted|staged|stationed|headquartered|based|arrived|landed|sailed|deployed)[ \\u00a0]+(?:in|at|near|into|to|outside)[ \\u00a0]+(${NAME})`,
    "gu",
  ),
  nl: new RegExp(
    `(?<![\\p{L}])(?:(?:vond|vindt|vinden|vonden)[ \\u00a0]+plaats|(?:wordt|worden|werd|werden)[ \\u00a0]+gehouden|gevestigd|uitgezonden|aangekomen|gearriveerd|geland)[ \\u00a0]+(?:in|op|te|bij|naar|nabij)[ \\u00a0]+(${NAME})`,
    "gu",
  ),
};
const HAPPENS_AT_HINT: Readonly<Record<string, RegExp>> = {
  en: /place|held|hosted|staged|stationed|headquartered|based|arrived|landed|sailed|deployed/u,
  nl: /plaats|gehouden|gevestigd|uitgezonden|aangekomen|gearriveerd|geland/u,
};
/** ", Bardufoss" / " and Bardufoss" after a name found by a verb of place (English or Dutch). */
const COORDINATED_ANY = new RegExp(
  `^(?:,[ \\u00a0]*(?:and[ \\u00a0]+|en[ \\u00a0]+)?|[ \\u00a0]+(?:and|en)[ \\u00a0]+)(${NAME})`,
  "u",
);

/** Capitalised words after "rond" that are no places: feasts and times. */
const NOT_PLACES = new Set(["pasen", "kerst", "kerstmis", "pinksteren", "oud", "nieuwjaar"]);
/** ", Bardufoss" / " en Bardufoss" after a name found by a context. */
const COORDINATED_NAME = new RegExp(`^(?:,[ \\u00a0]*|[ \\u00a0]+en[ \\u00a0]+)(${NAME})`, "u");
// A bay, fjord or island, or a base written in lower case, is named with its head: "in Hanö Bay,
// Sweden", "from Ronneby air base in Sweden".
const PLACE_HEAD =
  "(?:[ \\u00a0]+(?:Bay|Fjord|Sound|Island|Islands|Peninsula|[Aa]ir [Bb]ase|[Nn]aval [Bb]ase|[Aa]ir [Ss]tation|[Aa]irfield))?";
/**
 * "in Uedem, Duitsland", "near Tapolca, Hungary.": an unknown capitalised word after a locative
 * preposition, then a comma and a name that closes the phrase (punctuation, or a preposition that
 * starts another phrase: "in Clark, Philippines on the sidelines", "in Bar, Montenegro at the
 * weekend"); kept only when that name is a
 * recognised state or a region of one (checked below), so the frame says the word is a town of it.
 */
const TOWN_STATE = new RegExp(
  `(?<![\\p{L}])(?:in|near|at|bij|nabij|te|vanuit|from|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)[ \\u00a0]+of|(?:ten[ \\u00a0]+)?(?:noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)[ \\u00a0]+van)[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]+${PLACE_HEAD}),[ \\u00a0]+(\\p{Lu}[\\p{L}'’ -]*?)(?=[,.;:)]|$|[ \\u00a0]+(?:${NEXT_PHRASE_WORDS})[ \\u00a0])`,
  "gmu",
);
/**
 * "op Keflavík in IJsland", "naar Constanța in Roemenië": the same, with "in" and the state
 * instead of the comma (kept only when the state is recognised).
 */
const TOWN_IN_STATE = new RegExp(
  `(?<![\\p{L}])(?:in|op|near|at|bij|nabij|te|vanuit|vanaf|naar|from)[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]+${PLACE_HEAD})[ \\u00a0]+in[ \\u00a0]+(\\p{Lu}[\\p{L}'’-]*)`,
  "gmu",
);

const COMPASS_BEFORE =
  /(?:^|[^\p{L}])(Western|Eastern|Northern|Southern|Central|North|South|East|West)[ \u00a0]$/u;

/**
 * "Western Australia", "Northern Norway": a capitalised compass word before a state's name (one
 * the knowledge base does not list whole, as it does "South Korea") names a region of that state,
 * not the state; the state inside stays named (nested).
 */
function compassRegions(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  const regions: Mention[] = [];
  for (const state of mentions) {
    if (state.type !== "Country" || state.nested || state.via === "adjective") continue;
    const compass = COMPASS_BEFORE.exec(doc.text.slice(Math.max(0, state.start - 10), state.start));
    if (!compass) continue;
    const start = state.start - compass[0].length + (compass[0].length - compass[1]!.length - 1);
    if (
      mentionsNear(mentions, start, state.start).some((x) => x.start < state.start && x.end > start)
    )
      continue;
    const name = doc.text.slice(start, state.end).replace(/\s+/gu, " ");
    const record = registry.fromName("Location", name, { kind: "region" });
    state.nested = true;
    regions.push({
      start,
      end: state.end,
      key: record.key,
      type: "Location",
      nested: false,
      via: "pattern",
    });
  }
  mentions.push(...regions);
  macroRegionParts(doc, registry, mentions);
}

/** A compass word in either case before a continent or an ocean ("northern Europe"). */
const COMPASS_ANY_CASE =
  /(?:^|[^\p{L}-])((?:north|south|east|west)(?:-?(?:east|west)(?:ern)?)?|(?:north|south|east|west)ern|central)[ \u00a0]$/iu;
/** Regions of the knowledge base that a compass word divides: the continents and "Balkans". */
const DIVIDED_REGIONS = new Set(["balkans"]);

/**
 * "northern Europe", "the western Pacific", "Western Indian Ocean", "South Atlantic", "southeast
 * Europe", "western Balkan countries": a compass word (either case) before a continent or an
 * ocean names a region of its own, as a capitalised one before a state does (`compassRegions`),
 * where the knowledge base does not list the phrase whole ("North Atlantic", "Eastern Europe").
 * A sea or gulf keeps its name ("the northern Arabian Sea", "Southern Red Sea" are in those seas:
 * the compass word is a modifier there, lexicon.ts `MODIFIERS`).
 */
function macroRegionParts(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  const regions: Mention[] = [];
  for (const place of mentions) {
    if (place.type !== "Location" || place.nested) continue;
    const kb = registry.get(place.key)?.kb;
    if (!kb) continue;
    const divided =
      kb.kind === "continent" ||
      (kb.kind === "sea" && / Ocean$/u.test(kb.name)) ||
      DIVIDED_REGIONS.has(foldKey(kb.name));
    if (!divided || /(?:Sea|Zee|Gulf|Golf)$/u.test(doc.text.slice(place.start, place.end)))
      continue;
    const compass = COMPASS_ANY_CASE.exec(
      doc.text.slice(Math.max(0, place.start - 16), place.start),
    );
    if (!compass) continue;
    const start = place.start - compass[1]!.length - 1;
    if (
      mentionsNear(mentions, start, place.start).some((x) => x.start < place.start && x.end > start)
    )
      continue;
    const name = doc.text.slice(start, place.end).replace(/\s+/gu, " ");
    const record = registry.fromName("Location", name, { kind: "region" });
    place.nested = true;
    regions.push({
      start,
      end: place.end,
      key: record.key,
      type: "Location",
      nested: false,
      via: "pattern",
    });
  }
  mentions.push(...regions);
}

/** States of the United States that share their name with a sovereign state. */
const US_STATE_HOMONYMS: ReadonlyMap<string, string> = new Map([
  ["georgia", "Georgia (U.S. state)"],
]);
/** ", Georgia" closing a U.S. base's or town's name: "Fort Stewart, Georgia", "Camp X, Georgia". */
const US_PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:Fort|Camp|Naval Station|Joint Base)[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*)?,[ \u00a0]*$/u;

/**
 * "Fort Stewart, Georgia": a state's name after a place of the United States and a comma is the
 * U.S. state, not the country (a Location of kind region; its own node).
 */
function usStateHomonyms(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== "Country" || m.nested || m.via === "adjective") continue;
    const state = US_STATE_HOMONYMS.get(doc.folded.slice(m.start, m.end));
    if (!state || doc.text[m.start - 2] !== ",") continue;
    const before = doc.text.slice(Math.max(0, m.start - 60), m.start);
    const place = mentionsNear(mentions, m.start - 2, m.start - 2).find(
      (x) => x.end === m.start - 2 && x.type === "Location",
    );
    const american = place && registry.get(place.key)?.kb?.country === "US";
    if (!american && !US_PLACE_BEFORE.test(before)) continue;
    const record = registry.fromName("Location", state, { kind: "region" });
    m.key = record.key;
    m.type = "Location";
  }
}

/**
 * Seventh round: "in het Spaanse Getafe", "vanuit het Duitse Büchel", "naar het Poolse Rzeszów":
 * in Dutch a nationality after "het" and before a capitalised name types the name as a place of
 * that state (a neuter noun with a capital after the nationality is a town; institutions are
 * excluded by name). The name becomes a Location (kind `place`) where the dictionary has none.
 */
const NATIONALITY_PLACE =
  /(?<![\p{L}])(?:in|op|bij|nabij|vanuit|vanaf|naar|uit|rond)[ \u00a0]+het[ \u00a0]+(\p{Lu}\p{Ll}+e)[ \u00a0]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}])/gu;
const NOT_TOWNS = new Set([
  "congres",
  "parlement",
  "leger",
  "ministerie",
  "hof",
  "huis",
  "korps",
  "kabinet",
  "instituut",
  "rode",
  "marine",
  "gezantschap",
  "consulaat",
]);

function placesOfNationality(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  if (doc.language !== "nl" || !/ het \p{Lu}\p{Ll}+e \p{Lu}/u.test(doc.text)) return;
  NATIONALITY_PLACE.lastIndex = 0;
  for (let m = NATIONALITY_PLACE.exec(doc.text); m !== null; m = NATIONALITY_PLACE.exec(doc.text)) {
    const adjStart = m.index + m[0].indexOf(m[1]!, m[0].indexOf(" het") + 4);
    const adjEnd = adjStart + m[1]!.length;
    const nationality = mentionsNear(mentions, adjStart, adjEnd).some(
      (x) =>
        x.type === "Country" && x.via === "adjective" && x.start === adjStart && x.end === adjEnd,
    );
    if (!nationality) continue;
    const end = m.index + m[0].length;
    const start = end - m[2]!.length;
    if (NOT_TOWNS.has(foldKey(m[2]!))) continue;
    addContextPlace(doc, registry, mentions, start, end);
  }
}

export function recognisePlaces(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  usStateHomonyms(doc, registry, mentions);
  compassRegions(doc, registry, mentions);
  const before = mentions.length;
  recogniseTownsAndTypedPlaces(doc, registry, mentions);
  placesOfNationality(doc, registry, mentions);
  // A place named once with its typing word ("de havenstad Yokosuka", "op Keflavík in IJsland")
  // is the same place where the article names it again bare ("vanaf Keflavík", "in Yokosuka").
  const found: Mention[] = [];
  for (let i = before; i < mentions.length; i++) found.push(mentions[i]!);
  const seen = new Set<string>();
  for (const place of found) {
    const name = doc.text.slice(place.start, place.end);
    if (seen.has(name)) continue;
    seen.add(name);
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (isNameChar(doc.text[at - 1]) || isNameChar(doc.text[end])) continue;
      if (mentionsNear(mentions, at, end).some((x) => x.start < end && at < x.end)) continue;
      mentions.push({ ...place, start: at, end });
    }
  }
}

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
}

function recogniseTownsAndTypedPlaces(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
): void {
  recogniseTownsOfStates(doc, registry, mentions);
  if (doc.language === "nl" && PLACE_CONTEXT_HINT.test(doc.folded))
    recognisePlacesByContext(doc, registry, mentions);
  if (HAPPENS_AT_HINT[doc.language]?.test(doc.folded))
    recognisePlacesOfVerbs(doc, registry, mentions);
  for (const [pattern, hint] of [
    [TYPED, TYPED_HINT],
    [BASE_IN, BASE_IN_HINT],
  ] as const) {
    // Only over a text that holds one of the pattern's words (lexicon.ts, `anyOf`).
    pattern.lastIndex = hint.test(doc.text) ? 0 : doc.text.length;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      const end = start + name.length;
      if (start < doc.titleEnd) continue;
      const first = foldKey(name.split(/[ \u00a0]+/)[0]!);
      if (NOT_NAME_WORDS.has(first) || MONTHS[first] !== undefined) continue;
      if (mentionsNear(mentions, start, end).some((x) => x.start < end && start < x.end)) continue;
      const record = registry.fromName("Location", name.replace(/\s+/g, " "), { kind: "place" });
      mentions.push({
        start,
        end,
        key: record.key,
        type: "Location",
        nested: false,
        via: "pattern",
      });
    }
  }
}

function recogniseTownsOfStates(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  // Only over a text with a comma after a capitalised word.
  TOWN_STATE.lastIndex = /\p{L},/u.test(doc.text) ? 0 : doc.text.length;
  townsBefore(doc, registry, mentions, TOWN_STATE, true);
  TOWN_IN_STATE.lastIndex = /\p{L}[ \u00a0]+in[ \u00a0]+\p{Lu}/u.test(doc.text)
    ? 0
    : doc.text.length;
  townsBefore(doc, registry, mentions, TOWN_IN_STATE, false);
}

function townsBefore(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  pattern: RegExp,
  /** The state closes the phrase ("in Uedem, Duitsland."); else it only starts there. */
  closes: boolean,
): void {
  for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
    const name = m[1]!;
    // The preposition is lower case, so the first capitalised occurrence is the name.
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (start < doc.titleEnd || doc.text.slice(start, end) !== name) continue;
    const first = foldKey(name);
    if (NOT_NAME_WORDS.has(first) || MONTHS[first] !== undefined) continue;
    const stateStart = m.index + m[0].length - m[2]!.length;
    const stateEnd = m.index + m[0].length;
    const near = mentionsNear(mentions, start, stateEnd);
    if (near.some((x) => x.start < end && start < x.end)) continue;
    // A state, or a region of one that closes the phrase ("in Hartford, Connecticut,", "in
    // Darwin, Northern Territory."; eleventh round).
    const state = near.find(
      (x) =>
        !x.nested &&
        (x.type === "Country" ||
          (closes && x.type === "Location" && registry.get(x.key)?.kb?.kind === "region")) &&
        x.start === stateStart &&
        (x.end === stateEnd || !closes),
    );
    if (!state) continue;
    const record = registry.fromName("Location", titledBase(name), { kind: "place" });
    mentions.push({ start, end, key: record.key, type: "Location", nested: false, via: "pattern" });
  }
}

/** "Ronneby air base" is named "Ronneby Air Base", as the dictionary names bases. */
function titledBase(name: string): string {
  return name
    .replace(/\s+/gu, " ")
    .replace(
      / (air|naval) (base|station)$/u,
      (_, a: string, b: string) =>
        ` ${a[0]!.toUpperCase()}${a.slice(1)} ${b[0]!.toUpperCase()}${b.slice(1)}`,
    )
    .replace(/ airfield$/u, " Airfield");
}

/**
 * A place a context pattern names at [start, end) (not in the title, not a word that opens no
 * name, a month or a known non-place; a name the dictionary reads — a state, a person, a known
 * place — is left to it): a new Location mention. False when it is not added.
 */
function addContextPlace(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  start: number,
  end: number,
): boolean {
  if (start < doc.titleEnd) return false;
  const name = doc.text.slice(start, end);
  const first = foldKey(name.split(/[ \u00a0]+/)[0]!);
  if (NOT_NAME_WORDS.has(first) || MONTHS[first] !== undefined || NOT_PLACES.has(first))
    return false;
  if (mentionsNear(mentions, start, end).some((x) => x.start < end && start < x.end)) return false;
  const record = registry.fromName("Location", name.replace(/\s+/g, " "), { kind: "place" });
  mentions.push({ start, end, key: record.key, type: "Location", nested: false, via: "pattern" });
  return true;
}

/** The places of `NEAR`, `PORT_CALL` and `ARRIVED`, with the names coordinated after them. */
function recognisePlacesByContext(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  const add = (start: number, end: number) => addContextPlace(doc, registry, mentions, start, end);
  for (const pattern of [NEAR, PORT_CALL, ARRIVED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const name = m[1]!;
      // The words before the name are lower case: its first occurrence in the match is the name.
      const start = m.index + m[0].indexOf(name);
      let end = start + name.length;
      add(start, end);
      if (pattern !== NEAR) continue;
      // "rond Narvik en Bardufoss": the names coordinated after the first.
      for (let more = COORDINATED_NAME.exec(doc.text.slice(end, end + 60)); more; ) {
        const nextStart = end + more[0].length - more[1]!.length;
        end = nextStart + more[1]!.length;
        add(nextStart, end);
        more = COORDINATED_NAME.exec(doc.text.slice(end, end + 60));
      }
    }
  }
}

/** Kinds of place that are water: a sea, strait or canal is where things happen, never a party. */
const WATER_KINDS: ReadonlySet<string> = new Set(["sea", "strait", "canal"]);

export function isWater(kind: string | undefined): boolean {
  return kind !== undefined && WATER_KINDS.has(kind);
}

/** Relations between parties (stances and cooperation), which a body of water cannot be. */
export const STANCE_TYPES: ReadonlySet<string> = new Set([
  "SUPPORTS",
  "OPPOSES",
  "COOPERATES_WITH",
]);

/** The places of `HAPPENS_AT`, with the names coordinated after them. */
function recognisePlacesOfVerbs(doc: Doc, registry: EntityRegistry, mentions: Mention[]): void {
  const pattern = HAPPENS_AT[doc.language];
  if (!pattern) return;
  const add = (start: number, end: number) => addContextPlace(doc, registry, mentions, start, end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    let end = start + name.length;
    // A name the dictionary reads (a state, a known place) still opens a list of places.
    add(start, end);
    for (let more = COORDINATED_ANY.exec(doc.text.slice(end, end + 60)); more; ) {
      const nextStart = end + more[0].length - more[1]!.length;
      end = nextStart + more[1]!.length;
      add(nextStart, end);
      more = COORDINATED_ANY.exec(doc.text.slice(end, end + 60));
    }
  }
}
