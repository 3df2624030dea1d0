import type { Properties } from "../../../domain/article.ts";
import type { EntityType, RelationType } from "../../../domain/vocabulary.ts";
import { type Automaton, createAutomaton } from "../aho-corasick.ts";
import { isWordCharAt } from "../fold.ts";
import {
  alternation,
  DETERMINERS,
  escapeRegExp,
  MODIFIERS,
  NUMBER_WORDS,
  PARENTHETICAL_OPENERS,
  PLACE_TYPE_NOUNS,
  PREPOSITIONS,
} from "../lexicon.ts";
import type { Doc, Finding, Mention } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";

/** A mention as a relation argument within its sentence. */
export interface Arg {
  mention: Mention;
  /** The preposition that governs it ("aan de nieuwe NAVO-missie" → "aan"), if any. */
  prep?: string;
  clause: number;
  /** Inside an inserted phrase ("los van de NAVO-missie") the main clause does not take. */
  aside: boolean;
  group: number;
  /**
   * Where the argument's phrase starts when a nationality qualifies it ("the Lithuanian
   * exercise", "the Polish 15th Mechanized Brigade"): the adjective's start (fourteenth round).
   */
  phrase?: number;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  folded: string;
  /** The sentence as written (case kept), aligned with `folded`. */
  text: string;
  args: Arg[];
  clauseStarts: number[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'-]*/gu;

/** "onder meer", "among others": inserted hedges that govern nothing. */
const HEDGES =
  /(?<![\p{L}])(?:onder meer|onder andere|o\.a\.|among others|inter alia|including|waaronder|zoals)(?![\p{L}])/gu;

/** What every hedge contains: most texts have none, and this test is far cheaper than HEDGES. */
const HEDGE_HINT =
  /onder meer|onder andere|o\.a\.|among others|inter alia|including|waaronder|zoals/;

function withoutHedges(text: string): string {
  return HEDGE_HINT.test(text) ? text.replace(HEDGES, " ") : text;
}

function words(text: string): string[] {
  return withoutHedges(text).match(WORD) ?? [];
}

const SURROGATE = /[\ud800-\udfff]/;

/** A unit that may continue a word of WORD: a letter, a digit, ".", "'" or "-". */
function inWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 46 || code === 39 || code === 45 || isWordCharAt(text, index);
}

/**
 * The last `count` words of WORD, last first. Read backwards from the end, so the cost is that of
 * the words returned, not of the text (this runs for every argument of every sentence): a word is
 * a maximal run of word units without the units before its first letter or digit.
 */
export function lastWords(text: string, count: number): string[] {
  const source = withoutHedges(text);
  if (SURROGATE.test(source)) return (source.match(WORD) ?? []).slice(-count).reverse();
  const out: string[] = [];
  let end = source.length;
  while (end > 0 && out.length < count) {
    while (end > 0 && !inWordAt(source, end - 1)) end--;
    let start = end;
    while (start > 0 && inWordAt(source, start - 1)) start--;
    let from = start;
    while (from < end && !isWordCharAt(source, from)) from++;
    if (from < end) out.push(source.slice(from, end));
    end = start;
  }
  return out;
}

/** `text.split(/\s+/).slice(0, 2).join(" ")` without splitting the whole text. */
const FIRST_TWO_TOKENS = /^(\S*)(?:\s+(\S*))?/u;
function firstTwoTokens(text: string): string {
  const m = FIRST_TWO_TOKENS.exec(text)!;
  return m[2] === undefined ? m[1]! : `${m[1]} ${m[2]}`;
}

/** The governing preposition: the first word before the mention past determiners and modifiers. */
const DIRECTION_OF =
  /(?:(?:het|de|the)\s+)?(?:(?:far|extreme|uiterste|hoge|high)\s+)?(?:noord|zuid|oost|west|north|south|east|west|centr|midden|kust|coast|buurt|omgeving|vicinity)\p{L}*\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u;
/** "in the counties of Nordland and Troms": a kind of area and its "of" (AREA_NOUNS). */
const AREA_OF =
  /(?:(?:het|de|the)\s+)?(?:count(?:y|ies)|provinces?|regions?|cit(?:y|ies)|towns?|districts?|municipalit(?:y|ies)|provincies?|regio|stad|steden|gemeenten?|gemeentes)\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u;
const PARTITIVE_OF =
  /(?:meerderheid|minderheid|helft|deel|merendeel|majority|minority|half|most|part|rest)\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * The word of WORD that ends last before `end` in `source` (hedges already removed), and where
 * it starts; read backwards, so the words further left are never looked at.
 */
function wordBefore(source: string, end: number): { word: string; start: number } | undefined {
  while (end > 0 && !inWordAt(source, end - 1)) end--;
  while (end > 0) {
    let start = end;
    while (start > 0 && inWordAt(source, start - 1)) start--;
    let from = start;
    while (from < end && !isWordCharAt(source, from)) from++;
    if (from < end) return { word: source.slice(from, end), start };
    end = start;
    while (end > 0 && !inWordAt(source, end - 1)) end--;
  }
  return undefined;
}

/** Parts of an area, as modifiers before its name ("northern", "oostelijke"). */
const AREA_PARTS: ReadonlySet<string> = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "noordelijke",
  "zuidelijke",
  "oostelijke",
  "westelijke",
  "centraal",
  "midden",
]);
const AREA_PART_WORD = `(?:${[...AREA_PARTS].join("|")})`;
const AREA_PAIR = new RegExp(`${AREA_PART_WORD}\\s+(?:and|en)\\s+(?=${AREA_PART_WORD}\\s+$)`, "u");

function governingPreposition(rawBefore: string): string | undefined {
  // "in het oosten van Syrië" is governed by "in"; "een meerderheid van de Kamer" by nothing.
  // Only the last words matter: the patterns are tried on a short tail, and only after "van"/"of".
  let before = rawBefore.length > 40 ? rawBefore.slice(-40) : rawBefore;
  // "In 2017, Dutch troops …": a preposition's phrase ends at a comma (a list's later names
  // share the first one's preposition through their group instead).
  const comma = before.lastIndexOf(",");
  if (comma >= 0) before = before.slice(comma + 1);
  // "in central and eastern Norway": two parts of an area are one modifier (thirteenth round).
  before = before.replace(AREA_PAIR, "");
  if (/(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u.test(before)) {
    before = before.replace(DIRECTION_OF, "").replace(PARTITIVE_OF, "").replace(AREA_OF, "");
  }
  // The last five words, last first, until one is no determiner, modifier or number.
  const source = withoutHedges(before);
  if (SURROGATE.test(source)) {
    for (const word of lastWords(before, 5)) {
      if (DETERMINERS.has(word) || MODIFIERS.has(word) || /^\d+$/.test(word)) continue;
      return PREPOSITIONS.has(word) ? word : undefined;
    }
    return undefined;
  }
  let end = source.length;
  for (let n = 0; n < 5; n++) {
    const found = wordBefore(source, end);
    if (!found) return undefined;
    const { word } = found;
    // "In 2022 Poland signed …": a year right before a name is the preposition's object.
    if (n === 0 && /^(?:19|20)\d\d$/.test(word)) return undefined;
    if (
      DETERMINERS.has(word) ||
      MODIFIERS.has(word) ||
      /^\d+$/.test(word) ||
      (n === 0 && PLACE_TYPE_NOUNS.has(word))
    ) {
      end = found.start;
      continue;
    }
    return PREPOSITIONS.has(word) ? word : undefined;
  }
  return undefined;
}

/**
 * A ship's class noun before its name, with up to three modifiers ("guided-missile cruiser", "the
 * Arleigh Burke-class guided-missile destroyers USS X, USS Y"); plural before a list of names.
 */
const SHIP_CLASS_BEFORE_NAME =
  /\s(?:[\p{L}\d-]+\s+){0,3}(?:aircraft carriers?|carriers?|cruisers?|destroyers?|frigates?|corvettes?|submarines?|minehunters?|patrol vessels?|patrol ships?|support ships?|replenishment ships?|amphibious ships?|landing ships?|warships?|vessels?|ships?|fregatten|fregat|korvetten|korvet|onderzeeboten|onderzeeboot|mijnenjagers|mijnenjager|patrouilleschip|bevoorradingsschip|landingsschip|oorlogsschepen|oorlogsschip|marineschip|schepen|schip)\s+$/u;

/** "op de vliegbasis Malbork", "at the air base X": the base noun describes the named base. */
const BASE_NOUN_BEFORE_NAME =
  /\s(?:vliegbasis|luchtmachtbasis|marinebasis|legerbasis|basis|kazerne|air base|airbase|naval base|army base|military base|base)\s+$/u;

/**
 * "in het kader van Operatie Interflex" where the dictionary reads "Interflex" alone: the kind
 * noun right before an operation's or exercise's name describes it.
 */
const OCCASION_NOUN_BEFORE_NAME = /\s(?:operatie|operation|missie|mission|oefening|exercise)\s+$/u;

/** "met het Duitse bedrijf KNDS": a company noun describes the named company. */
const COMPANY_NOUN_BEFORE_NAME =
  /\s(?:bedrijf|defensiebedrijf|concern|defensieconcern|wapenfabrikant|fabrikant|producent|scheepsbouwer|scheepswerf|werf|company|firm|manufacturer|shipbuilder|contractor)\s+$/u;

/**
 * "samen met eenheden uit Oostenrijk", "with troops from Romania": forces named by a generic noun
 * and their state; the state is the object.
 */
const FORCES_OF_STATE =
  /\s(?:eenheden|eenheid|troepen|militairen|soldaten|collega's|collega|partners|strijdkrachten|units|troops|forces|soldiers|colleagues)\s+(?:uit|van|from|of)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * The good an actor supports a state or body in (fourteenth round): "commitment to the collective
 * security of our NATO allies", "contribution to the strength and security of the Alliance",
 * "commitment to maritime security in the Gulf", "steun voor de soevereiniteit van Oekraïne".
 * Supporting the good of X is supporting X: in a SUPPORTS frame's gap the phrase stands for its
 * preposition.
 */
const THEME_NOUN =
  "(?:security|stability|sovereignty|territorial integrity|independence|defen[cs]e|freedom|safety|strength|resilience|prosperity|veiligheid|stabiliteit|soevereiniteit|territoriale integriteit|onafhankelijkheid|verdediging|vrijheid|weerbaarheid)";
const THEME_OF = new RegExp(
  `(?:^|\\s)(?:(?:the|its|their|our|de|het|hun|haar|zijn|onze)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?${THEME_NOUN}(?:,?\\s+(?:and|en)\\s+(?:[\\p{Ll}-]+\\s+)?${THEME_NOUN})*\\s+(of|in|van)(?=\\s)`,
  "u",
);
/** What every theme phrase contains: most gaps have none. */
const THEME_HINT =
  /secur|stabil|sovereign|integrity|independ|defen|freedom|safety|strength|resilien|prosper|veiligheid|stabiliteit|soevereiniteit|integriteit|onafhankelijkheid|verdediging|vrijheid|weerbaarheid/u;

/** One to four words of a rank or office ("kapitein-luitenant ter zee"), longest first. */
const RANK_BEFORE_PERSON = [4, 3, 2, 1].map(
  (n) => new RegExp(`\\s((?:[\\p{Ll}-]+\\.?\\s+){${n}})$`, "u"),
);

/** "his Israeli counterpart, Defense Minister X", "zijn Oekraïense collega X": the person's role. */
const COUNTERPART_BEFORE_PERSON =
  /(?:^|\s)(?:his|her|their|its|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?(?:counterparts?|colleagues?|collega's|collega|ambtgenoot|ambtsgenoot|ambtgenoten|ambtsgenoten)\s*,?(?=\s)/u;

/** "US-led", "door Frankrijk geleide" before a name: its leader, qualifying it. */
const LED_QUALIFIER = /(?:^|\s)[\p{L}.]+-(?:led|geleide|gestuurde)(?=\s)/gu;

/** "steunt de kandidatuur van X", "backed the nomination of X": the person's bid stands for the person. */
const BID_OF_PERSON =
  /(?:^|\s)(?:kandidatuur|kandidaatstelling|benoeming|herbenoeming|herverkiezing|candidacy|candidature|nomination|appointment|re-election|reappointment|bid)\s+(?:van|of)\s+$/u;

/** "de kandidatuur van X (te steunen)": a person governed by the noun of the person's bid. */
function isBidOfPerson(view: SentenceView, arg: Arg): boolean {
  if (arg.mention.type !== "Person") return false;
  const from = arg.mention.start - view.start;
  return BID_OF_PERSON.test(view.folded.slice(Math.max(0, from - 30), from));
}

function withoutRankBeforePerson(gap: string): string {
  gap = gap.replace(COUNTERPART_BEFORE_PERSON, " ").replace(BID_OF_PERSON, " ");
  for (const pattern of RANK_BEFORE_PERSON) {
    const rank = pattern.exec(gap);
    if (!rank) continue;
    const words = rank[1]!.trim().split(/\s+/);
    if (words.some((w) => PREPOSITIONS.has(w) || DETERMINERS.has(w) || MODIFIERS.has(w))) continue;
    return `${gap.slice(0, rank.index)} `;
  }
  return gap;
}

const PLACE_BEFORE_STATE =
  /(?:^|\s)(in|at|near|bij|nabij|te)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,\s*$/u;
const BRACKETED_AFTER_NAME = /^\s*\([^()]{1,16}\)/u;

/** A comma or a conjunction joins names; juxtaposed names ("dat Nederland de Iraakse …") are two. */
const COORDINATION =
  /^\s*(?:,\s*(?:(?:en|and|or|of|&|as well as|alsmede|evenals)\s+)?|(?:,\s*)?(?:(?:en|and|or|of|&|as well as|alsmede|evenals)\s+(?:(?:in|into|to|naar|op|at|over|boven|across|met|with)\s+)?|-\s*|\/\s*))(?:(?:de|het|the)\s+)?(?:(?:northern|southern|eastern|western|central|noordelijke|zuidelijke|oostelijke|westelijke|centraal)\s+)?$/u;
const CLAUSE_BREAK =
  /[;:]|\s[-\u2013\u2014]\s|,?\s(?:maar|but|terwijl|while|whereas|hoewel|although|omdat|because|nadat|waarna|zodat|doordat|whereby|waarbij|said|says|saying|stated|stating|added|adding|noted|noting|warned|warning|zei|zegt|verklaarde|waarschuwde)(?:\s+(?:that|dat))?\s|,?\s(?:and|en)\s+(?:also\s+|ook\s+)?(?:agreed|decided|discussed|reaffirmed|thanked|welcomed|noted|emphasi[sz]ed|underlined|stressed|pledged|committed|announced|called|expressed|highlighted|condemned|spraken|besloten|benadrukten|bedankten|kondigden|zegden|veroordeelden|verwelkomden)\s/gu;
const ASIDE = new RegExp(`,\\s*(?:${alternation(PARENTHETICAL_OPENERS)})\\s[^,]*,`, "gu");

/** "Naast Nederland …", "Besides France and Italy, …": a sentence-opening "besides"/"like". */
const OPENING_ASIDE =
  /^\s*(?:naast|behalve|net als|besides|apart from|in addition to|like)\s+(?:(?:de|het|the)\s+)?$/u;
const LIST_JOIN = /^\s*(?:,|en|and|(?:,\s*)?(?:en|and))\s*$/u;

/**
 * The names right after a sentence-opening "besides"/"like" ("Naast Nederland leveren ook
 * Frankrijk en Italië schepen"): the comparison, not the subject. Their span becomes an aside
 * (no argument of the main clause), coordinated names included.
 */
function openingAside(
  folded: string,
  start: number,
  mentions: readonly Mention[],
  asides: [number, number][],
): void {
  const first = mentions[0];
  if (!first || !OPENING_ASIDE.test(folded.slice(0, first.start - start))) return;
  let end = first.end;
  for (let i = 1; i < mentions.length; i++) {
    const next = mentions[i]!;
    if (!LIST_JOIN.test(folded.slice(end - start, next.start - start))) break;
    end = next.end;
  }
  asides.push([0, end - start]);
}

/** Between an organisation and the holder of its office: the office's words alone. */
const ORG_OFFICE_GAP =
  /^\s+(?:(?:secretary|secretary-general|general|deputy|high|representative|director|director-general|chief|commander|spokesman|spokeswoman|spokesperson|president|chair|chairman|chairwoman|ambassador|envoy|special|head|commissioner|supreme|allied|of|the|for)\s+){1,5}$/u;

/**
 * A nationality adjective right before another name, or before one noun and a name ("de Franse
 * operatie Barkhane", "a Danish-led mission"), qualifies that name: it is named, but it is no
 * argument of its own.
 */
function isModifier(doc: Doc, mention: Mention, next: Mention | undefined): boolean {
  // "NAVO-uitgaven", "EU-landen": a name that qualifies a common noun is named, but the noun is
  // what the sentence talks about.
  if (
    mention.type !== "Asset" &&
    /^-\p{Ll}/u.test(doc.text.slice(mention.end, mention.end + 2)) &&
    !RELATIONAL_HEAD.test(doc.folded.slice(mention.end, mention.end + 14))
  ) {
    return true;
  }
  // "NATO Secretary General Jens Stoltenberg", "EU High Representative X": an organisation before
  // its office and the office's holder names the office; the person is the argument.
  if (
    mention.type === "Organisation" &&
    next?.type === "Person" &&
    ORG_OFFICE_GAP.test(doc.folded.slice(mention.end, next.start))
  )
    return true;
  if (mention.via !== "adjective" || !next || next.via === "adjective") return false;
  const gap = doc.text.slice(mention.end, next.start);
  // "the American aircraft carrier USS Nimitz": a class of two or three words before a named ship.
  if (next.via === "ship" && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(gap)) return true;
  // "de Hongaarse generaal-majoor X", "de Belgische kapitein-luitenant ter zee Y": a rank of up to
  // four words (hyphens too) between a nationality and a person; "Canadian Col. X", "Italian Lt.
  // Gen. Y": an abbreviated rank too.
  if (next.type === "Person" && /^\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}{0,4}\.)\s+){1,4}$/u.test(gap))
    return true;
  // "de Franse en Spaanse marine": a conjunction coordinates, it is no noun being qualified.
  return /^\s+(?:\p{Ll}+\s+)?$/u.test(gap) && !/^\s+(?:en|of|and|or)\s+$/u.test(gap);
}

export function viewSentence(doc: Doc, index: number, mentions: readonly Mention[]): SentenceView {
  const sentence = doc.sentences[index]!;
  const folded = doc.folded.slice(sentence.start, sentence.end);
  const clauseStarts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(folded); m !== null; m = CLAUSE_BREAK.exec(folded))
    clauseStarts.push(m.index + 1);
  const asides: [number, number][] = [];
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(folded); m !== null; m = ASIDE.exec(folded)) {
    // "andere landen, zoals België, …": examples of a plural are no aside (EXAMPLES_OF_KIND).
    if (KIND_BEFORE_EXAMPLES.test(folded.slice(Math.max(0, m.index - 24), m.index))) continue;
    asides.push([m.index, m.index + m[0].length]);
  }
  const all = mentions
    .filter((m) => !m.nested && m.start >= sentence.start && m.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  // A qualifying nationality stands between a name and its preposition ("with the Polish 15th
  // Mechanized Brigade"): the name's phrase starts at the adjective.
  const phraseStart = new Map<Mention, number>();
  const inSentence = all.filter((m, i) => {
    if (!isModifier(doc, m, all[i + 1])) return true;
    const next = all[i + 1];
    if (next) phraseStart.set(next, phraseStart.get(m) ?? m.start);
    return false;
  });
  openingAside(folded, sentence.start, inSentence, asides);
  const args: Arg[] = [];
  const sharedPrep = new Set<Arg>();
  let group = 0;
  for (let i = 0; i < inSentence.length; i++) {
    const mention = inSentence[i]!;
    const rel = mention.start - sentence.start;
    const phrase = (phraseStart.get(mention) ?? mention.start) - sentence.start;
    const before = folded.slice(Math.max(0, phrase - 60), phrase);
    let clause = 0;
    for (let c = 0; c < clauseStarts.length; c++) if (clauseStarts[c]! <= rel) clause = c;
    const prev = args[args.length - 1];
    if (
      !prev ||
      // A bracketed hull number or acronym after a name does not break a list: "USS X (CG 52) and Y".
      // "… and the Italian frigate Fasan": the list joins at the start of the name's phrase
      // (its nationality), and a class noun before a named ship describes the ship.
      !COORDINATION.test(
        (mention.via === "ship"
          ? ` ${folded.slice(prev.mention.end - sentence.start, phrase)}`.replace(
              SHIP_CLASS_BEFORE_NAME,
              " ",
            )
          : folded.slice(prev.mention.end - sentence.start, phrase)
        ).replace(BRACKETED_AFTER_NAME, ""),
      ) ||
      prev.clause !== clause ||
      // "… from Ämari Air Base in Estonia, and Portuguese F-16s will …": an asset after a place
      // starts a new phrase; it shares neither the place's list nor its preposition.
      (mention.type === "Asset") !== (prev.mention.type === "Asset")
    )
      group++;
    const arg: Arg = {
      mention,
      clause,
      aside: asides.some(([s, e]) => rel >= s && rel < e),
      group,
    };
    // Only a nationality right before an occasion's noun or name ("the Lithuanian exercise").
    const qualifier = phraseStart.has(mention) ? all[all.indexOf(mention) - 1] : undefined;
    if (
      qualifier?.type === "Country" &&
      qualifier.via === "adjective" &&
      /^\s+$/u.test(doc.folded.slice(qualifier.end, mention.start))
    )
      arg.phrase = phraseStart.get(mention)!;
    // Coordinated arguments share the preposition of the first ("in Erbil en Bagdad"); a state
    // after an unrecognised town ("based in Vicenza, Italy,") shares the town's.
    const prep =
      governingPreposition(before) ??
      (mention.type === "Country"
        ? PLACE_BEFORE_STATE.exec(
            doc.text.slice(Math.max(sentence.start, mention.start - 40), mention.start),
          )?.[1]?.toLowerCase()
        : undefined);
    if (prep) arg.prep = prep;
    else if (prev && prev.group === group && prev.prep) {
      arg.prep = prev.prep;
      sharedPrep.add(arg);
    }
    args.push(arg);
  }
  splitOpenLists(folded, sentence.start, args);
  // "In Lithuania, NORAD was opened": a name cut off from the list keeps no borrowed preposition.
  // But "based in Vicenza, Italy, …": a state right after a place, closed by punctuation, names
  // where the place is; it keeps the place's preposition and is never a subject.
  for (let i = 1; i < args.length; i++) {
    const arg = args[i]!;
    const prev = args[i - 1]!;
    if (
      arg.mention.type === "Country" &&
      prev.mention.type === "Location" &&
      prev.prep &&
      /^\s*,\s*$/u.test(
        folded.slice(prev.mention.end - sentence.start, arg.mention.start - sentence.start),
      ) &&
      /^\s*(?:[,.;:)]|$)/u.test(
        folded.slice(arg.mention.end - sentence.start, arg.mention.end - sentence.start + 2),
      )
    ) {
      arg.prep = prev.prep;
      continue;
    }
    if (sharedPrep.has(arg) && prev.group !== arg.group) delete arg.prep;
  }
  const text = doc.text.slice(sentence.start, sentence.end);
  return { index, start: sentence.start, end: sentence.end, folded, text, args, clauseStarts };
}

/**
 * A list joined by commas is a coordination only when a conjunction closes it ("SP, PVV en
 * DENK"); "to Ukraine, Dutch Defence Minister X said" is two phrases. Trailing comma links of a
 * group without a closing conjunction are cut.
 */
/** ", and others", " and other allies", " en andere landen", " en anderen": an unnamed rest of a list. */
const OPEN_REST =
  /^\s*,?\s+(?:and|or|en|of)\s+(?:(?:several|many|various|some|a few|enkele|diverse|verschillende)\s+)?(?:others|other\s+\p{L}+|anderen|andere\s+\p{L}+)(?![\p{L}])/u;

function splitOpenLists(folded: string, offset: number, args: Arg[]): void {
  let next = args.reduce((max, a) => Math.max(max, a.group), 0) + 1;
  for (let i = args.length - 1; i > 0; i--) {
    const a = args[i - 1]!;
    const b = args[i]!;
    if (a.group !== b.group) continue;
    const gap = folded.slice(a.mention.end - offset, b.mention.start - offset);
    if (!/^\s*,\s*(?:(?:de|het|the)\s+)?$/u.test(gap)) continue;
    // Is this comma link followed, within the group, by a conjunction link?
    let closed = false;
    for (let j = i; j + 1 < args.length && args[j + 1]!.group === b.group; j++) {
      const later = folded.slice(
        args[j]!.mention.end - offset,
        args[j + 1]!.mention.start - offset,
      );
      if (/(?:^|\s)(?:en|and|or|of|&|as well as|alsmede|evenals)(?:\s|$)/u.test(later))
        closed = true;
    }
    // "Canada, Hungary, Estonia and others", "A, B en andere landen": a conjunction before an
    // unnamed rest closes the list too (fourteenth round).
    if (!closed) {
      let last = i;
      while (last + 1 < args.length && args[last + 1]!.group === b.group) last++;
      if (
        OPEN_REST.test(
          folded.slice(args[last]!.mention.end - offset, args[last]!.mention.end - offset + 40),
        )
      )
        closed = true;
    }
    if (closed) continue;
    const old = b.group;
    for (let j = i; j < args.length && args[j]!.group === old; j++) args[j]!.group = next;
    next++;
  }
}

/**
 * Nouns that stand for taking part in the thing that follows: one supports "deelname aan de
 * missie" or votes against "verlenging van de missie" as one supports or opposes the mission.
 */
const MOTION_NOUNS = new Set([
  "deelname",
  "deelnemen",
  "participation",
  "inzet",
  "deployment",
  "verlenging",
  "extension",
  "uitbreiding",
  "expansion",
  "voortzetting",
  "continuation",
  "bijdrage",
  "contribution",
  "oprichting",
  "establishment",
  "start",
  "launch",
]);

/** Compound heads that carry a relation of the name: "German-led", "NAVO-bondgenoot", "EU-lidstaat". */
/** Going back: "returns to", "back home to", "keert terug naar". */
const RETURNING =
  /(?<![\p{L}])(?:return(?:s|ed|ing)?|back|home|terug|keert|keerde|keren|terugkeer|retour)(?![\p{L}])/u;

const RELATIONAL_HEAD =
  /^-(?:led|geleide?|bondgenoo?t(?:en)?|lidsta(?:at|ten)|ally|allies|members?|lid|leden|partners?|backed|supported|sponsored|funded|armed|trained|equipped)(?![\p{L}])/u;

const DISCUSSING =
  /(?<![\p{L}])(?:bespr(?:eekt|eken|ak|aken)|besproken|spr(?:eekt|eken|ak|aken) over|praat(?:te|ten)? over|discuss(?:es|ed|ing)?|talked about|talks about|spoke about|addressed|debatteerde|debatteerden|debate[ds]?|overlegde over|overlegden over)(?![\p{L}])/u;

const MOTION_PREPOSITIONS = new Set(["aan", "van", "in", "to", "of", "for", "voor"]);

/**
 * Nouns that type the place after them with their own "of"/"van": "in the counties of Nordland and
 * Troms", "in de provincie Limburg", "in the city of Kharkiv" — the place is still the object.
 */
const AREA_NOUNS = new Set([
  "county",
  "counties",
  "province",
  "provinces",
  "region",
  "regions",
  "city",
  "cities",
  "town",
  "towns",
  "district",
  "districts",
  "municipality",
  "municipalities",
  "provincie",
  "provincies",
  "regio",
  "stad",
  "steden",
  "gemeente",
  "gemeenten",
  "gemeentes",
]);

export interface PatternRule {
  name: string;
  relation: RelationType;
  trigger: Trigger;
  /**
   * Dutch separable verbs in a main clause ("valt … aan", "zet … in"): a head of the trigger's
   * phrases that counts only when its particle closes the phrase later in the clause
   * (`separableTriggers`); the arguments are read after the head as usual.
   */
  particles?: ReadonlyMap<string, RegExp>;
  subject: readonly EntityType[];
  object: readonly EntityType[];
  /** The object must be governed by one of these prepositions. */
  objectPreps?: readonly string[];
  /** Only determiners, modifiers and allowed prepositions between trigger and object (default). */
  adjacent?: boolean;
  /** The trigger is passive ("geleid door X", "led by X"): its subject follows, its object precedes. */
  passive?: boolean;
  /** The subject must come right before the trigger (nominal triggers: "Nederlandse bijdrage aan"). */
  subjectAdjacent?: boolean;
  properties?: Properties;
  confidence: number;
  /** When the clause has no object: the object of the preceding sentences' support or topic. */
  objectFromContext?: boolean;
  /**
   * When no adjacent object is found: the first argument of these types governed by one of these
   * prepositions later in the clause ("ondersteunt … de capaciteitsopbouw … in de KAR").
   */
  /** A nationality adjective is no subject ("the Jordanian chairman of …" is not Jordan). */
  subjectNotAdjective?: boolean;
  /** The subject follows the trigger as its object would ("stuurt vier F-16's naar Jordanië"). */
  subjectAfter?: boolean;
  /** The trigger does not count right after this (tested on the clause before the trigger). */
  notAfter?: RegExp;
  /**
   * Dutch verb-final clauses ("dat Nederland de Afghaanse politie traint", "gaan het ministerie
   * van advies voorzien"): with nothing to take after the trigger, the object is the nearest
   * plain argument before it and the subject the plain argument before that.
   */
  objectBefore?: boolean;
  /** With no subject anywhere before the trigger ("Hoofdkwartier in Abu Dhabi"): the topic mission. */
  subjectFromTopic?: boolean;
  /**
   * The object only through a good it is given ("contribution to the security of X"): the gap
   * before the object must name security, stability or sovereignty (THEME_OF).
   */
  objectThroughTheme?: boolean;
  fallbackObject?: {
    types: readonly EntityType[];
    preps: readonly string[];
    properties?: Properties;
  };
}

const NEGATION =
  /(?:^|[^\p{L}])(?:not|n't|never|no longer|niet|geen|nooit|niet langer|niet meer)\s+(?:[\p{L}-]+\s+)?$/u;

const SUBJECT_PRONOUN =
  /(?:^|\s)(?:dat|dit|het|hij|zij|ze|deze|zij|he|she|it|they|this|that|its|their|hun|zijn|haar)\s*$/u;

/** Participles of place: "based at", "stationed in", "gestationeerd op", "gelegerd in". */
const PLACE_PARTICIPLE = /^(?:based|stationed|gestationeerd|gelegerd)(?![\p{L}])/u;

export interface RuleContext {
  doc: Doc;
  views: SentenceView[];
  /** Missions the article is about (title, then most mentioned). */
  topicMission?: string;
  findings: Finding[];
}

function gapIsModifiers(
  gap: string,
  preps: readonly string[] | undefined,
): { ok: boolean; prep?: string } {
  const gapWords = words(gap);
  let prep: string | undefined;
  let afterMotion = false;
  let afterArea = false;
  for (let i = 0; i < gapWords.length; i++) {
    const word = gapWords[i]!;
    // "centred around central and eastern Norway" (thirteenth round): a conjunction between two
    // parts of an area joins modifiers, not names.
    if (
      (word === "and" || word === "en") &&
      AREA_PARTS.has(gapWords[i - 1] ?? "") &&
      AREA_PARTS.has(gapWords[i + 1] ?? "")
    )
      continue;
    if (MOTION_NOUNS.has(word)) {
      afterMotion = true;
      continue;
    }
    if (AREA_NOUNS.has(word) && prep !== undefined) {
      afterArea = true;
      continue;
    }
    if (afterArea && (word === "of" || word === "van")) {
      afterArea = false;
      continue;
    }
    // "deelname aan", "extension of": the motion noun's own preposition.
    if (afterMotion && MOTION_PREPOSITIONS.has(word)) {
      afterMotion = false;
      continue;
    }
    if (DETERMINERS.has(word) || MODIFIERS.has(word) || /^\d+$/.test(word)) continue;
    if (
      preps?.includes(word) ||
      (!preps && PREPOSITIONS.has(word) && word !== "tegen" && word !== "against")
    ) {
      prep = word;
      continue;
    }
    // Inflected adjectives: Dutch -e/-se/-ische, English -al/-ic/-ed/-ing.
    if (/^\p{Ll}+(?:ische|se|ale|ele|ige|ieuwe|al|ic|ing)$/u.test(word) && gapWords.length <= 4)
      continue;
    return { ok: false };
  }
  if (preps && !prep && !preps.includes("")) return { ok: false };
  return { ok: true, ...(prep ? { prep } : {}) };
}

function groupOf(view: SentenceView, arg: Arg, types: readonly EntityType[]): Arg[] {
  return view.args.filter(
    (a) => a.group === arg.group && types.includes(a.mention.type) && !a.aside,
  );
}

/**
 * The person a capitalised office noun ("Chairman of …", "Commander of …") introduces: the name
 * right after its object, a rank or two between; undefined when no name follows.
 */
function titleHolder(view: SentenceView, triggerStart: number, object: Arg): Arg | undefined {
  if (!/^\p{Lu}/u.test(view.text.slice(triggerStart - view.start, triggerStart - view.start + 1)))
    return undefined;
  const next = view.args.find((a) => a.mention.start >= object.mention.end);
  const gap = next
    ? view.text.slice(object.mention.end - view.start, next.mention.start - view.start)
    : "";
  if (next?.mention.type === "Person" && /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(gap))
    return next;
  return undefined;
}

/** Words that are prepositions before a noun and conjunctions before a clause. */
const CLAUSE_OPENERS = new Set([
  "since",
  "after",
  "before",
  "until",
  "as",
  "once",
  "sinds",
  "nadat",
]);
const VERB_RIGHT_AFTER =
  /^\s+(?:(?:has|have|had|will|would|also|already|formally|officially|finally|then|recently|first|was|were|is|are|heeft|hebben|is|zijn|werd|ook)\s+){0,2}$/u;

/**
 * "since Finland joined the Alliance", "after Sweden joined NATO": a name after a word that is
 * a preposition or a conjunction, with the trigger (a verb) right after it, is the subject of a
 * clause, not a preposition's object.
 */
function opensClause(view: SentenceView, arg: Arg, triggerStart: number): boolean {
  if (arg.prep === undefined || !CLAUSE_OPENERS.has(arg.prep)) return false;
  return VERB_RIGHT_AFTER.test(
    view.folded.slice(arg.mention.end - view.start, triggerStart - view.start),
  );
}

/**
 * ", which began …", ", who leads …", ", die is gestationeerd op …", and an apposition of a short description ("the Light
 * Dragoons, a cavalry regiment based in Norfolk"): what they describe is the name before them.
 */
const RELATIVE_PRONOUN = /,\s*(?:(?:which|who|die|dat)\s[^,]*|(?:a|an)\s+(?:[\p{Ll}-]+\s+){1,6})$/u;

function relativeAntecedent(
  view: SentenceView,
  offset: number,
  clause: number,
  types: readonly EntityType[],
): Arg | undefined {
  const before = view.folded.slice(view.clauseStarts[clause]!, offset - view.start);
  const relative = RELATIVE_PRONOUN.exec(before);
  if (!relative) return undefined;
  const comma = view.start + view.clauseStarts[clause]! + relative.index;
  // Another name between the pronoun and the verb is the relative clause's own subject.
  if (view.args.some((a) => a.mention.start > comma && a.mention.end <= offset && !a.aside))
    return undefined;
  const antecedent = view.args.find(
    (a) =>
      a.clause === clause &&
      !a.aside &&
      /^\s*$/u.test(view.folded.slice(a.mention.end - view.start, comma - view.start)),
  );
  return antecedent && types.includes(antecedent.mention.type) ? antecedent : undefined;
}

/** A noun of giving or committing right after a name (and its "'s"): the name is its agent. */
const NOUN_OF_GIVING =
  /^(?:['’]s?)?\s+(?:commitments?|contributions?|assistance|backing|donations?|deliveries|dedication|investments?)(?![\p{L}])/u;

function subjectBefore(
  view: SentenceView,
  offset: number,
  clause: number,
  types: readonly EntityType[],
  adjacent: boolean,
  /** A nationality qualifying a noun is passed over: the subject is a name before it. */
  noAdjective = false,
): Arg[] {
  // A subject is never governed by a preposition, except the head of a nominal attachment
  // ("met … adviseurs in Erbil": the advisers are in Erbil).
  const candidates = view.args
    .filter(
      (a) =>
        a.mention.end <= offset &&
        a.clause === clause &&
        !a.aside &&
        types.includes(a.mention.type) &&
        !(noAdjective && a.mention.via === "adjective"),
    )
    .filter(
      (a) =>
        adjacent ||
        a.prep === undefined ||
        opensClause(view, a, offset) ||
        // "waardering voor de Nederlandse inzet in …": a nationality right before a nominal
        // trigger is its agent, whatever governs the noun phrase.
        (a.mention.via === "adjective" &&
          /^\s+$/u.test(view.folded.slice(a.mention.end - view.start, offset - view.start))) ||
        // "a demonstration of continued U.S. commitment to …", "thanks to Norway's contribution
        // to …": a state or body right before a noun of giving is its agent (fourteenth round).
        (a.mention.type !== "Person" &&
          NOUN_OF_GIVING.test(
            view.folded.slice(a.mention.end - view.start, offset - view.start + 16),
          )),
    );
  // "Exercise X, which began in Norway": the relative pronoun's antecedent is the subject, even
  // when a preposition governs it ("take part in Exercise X, which …").
  const antecedent = adjacent ? undefined : relativeAntecedent(view, offset, clause, types);
  if (antecedent) return groupOf(view, antecedent, types);
  const nearest = candidates[candidates.length - 1];
  if (!nearest) return [];
  // "Air Vice-Marshal X, Air Commander Australia, leads the exercise": a name inside an
  // apposition to a person before the verb describes that person, who is the subject.
  if (!adjacent) {
    const holder = appositionHolder(view, nearest, offset, clause, types);
    if (holder) return [holder];
  }
  if (adjacent) {
    const gap = view.folded.slice(nearest.mention.end - view.start, offset - view.start);
    if (!/^[\s'’]*(?:,\s*)?(?:[\p{L}'’-]+\s+)?$/u.test(gap)) return [];
    // An apposition belongs to the last name only: "Austin and Gen. Milley, the chairman of …";
    // a state after a person describes the person ("premier X van Saint Vincent, voorzitter van").
    if (gap.includes(",")) {
      const previous = view.args[view.args.indexOf(nearest) - 1];
      if (
        nearest.mention.type !== "Person" &&
        previous?.mention.type === "Person" &&
        types.includes("Person") &&
        /^\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u.test(
          view.folded.slice(previous.mention.end - view.start, nearest.mention.start - view.start),
        )
      )
        return [previous];
      return [nearest];
    }
  }
  return groupOf(view, nearest, types);
}

/** The name an apposition closed right before the verb belongs to ("X, <office of Y>, leads"). */
function appositionHolder(
  view: SentenceView,
  inside: Arg,
  offset: number,
  clause: number,
  types: readonly EntityType[],
): Arg | undefined {
  const after = view.folded.slice(inside.mention.end - view.start, offset - view.start);
  if (!/^[^,;:()]{0,30},\s*(?:[\p{L}-]+\s+)?$/u.test(after)) return undefined;
  let head: Arg | undefined;
  for (const a of view.args) {
    if (a.mention.end > inside.mention.start) break;
    if (a.clause === clause && !a.aside && a !== inside) head = a;
  }
  if (!head || !types.includes(head.mention.type) || head.group === inside.group) return undefined;
  const gap = view.folded.slice(head.mention.end - view.start, inside.mention.start - view.start);
  if (!/^\s*,[^,;:()]{0,60}$/u.test(gap)) return undefined;
  // A state or a body takes an apposition that opens with an article ("Norway, a NATO ally,").
  if (head.mention.type !== "Person" && !/^\s*,\s*(?:a|an|the|een|de|het)\s/u.test(gap))
    return undefined;
  return head;
}

/** Dutch verb-second: "Daarnaast ondersteunt Nederland …", "Ook zijn 4 F-16's actief". */
function subjectInverted(
  view: SentenceView,
  triggerEnd: number,
  clause: number,
  types: readonly EntityType[],
): Arg[] {
  const next = view.args.find((a) => a.mention.start >= triggerEnd && a.clause === clause);
  if (!next || !types.includes(next.mention.type) || next.prep) return [];
  const gap = view.folded.slice(triggerEnd - view.start, next.mention.start - view.start);
  if ((gap.match(WORD) ?? []).filter((w) => !DETERMINERS.has(w)).length > 1) return [];
  return groupOf(view, next, types);
}

function objectAfter(
  view: SentenceView,
  offset: number,
  clause: number,
  rule: PatternRule,
  skip: readonly Arg[],
): Arg[] {
  const candidates = view.args.filter(
    (a) => a.mention.start >= offset && a.clause === clause && !a.aside && !skip.includes(a),
  );
  for (const candidate of candidates) {
    // "the US-led coalition": the leader before "-led" qualifies the name after it.
    if (
      /^-(?:led|geleide)(?![\p{L}])/u.test(
        view.folded.slice(
          candidate.mention.end - view.start,
          candidate.mention.end - view.start + 9,
        ),
      )
    )
      continue;
    // "met his Israeli counterpart, X": before a person, a nationality describes the person.
    if (
      candidate.mention.via === "adjective" &&
      rule.object.length === 1 &&
      rule.object[0] === "Person"
    )
      continue;
    // "ingestemd met de Nederlandse bijdrage aan MINUSMA": the nationality qualifies the motion
    // noun; the object is what the motion is about.
    if (candidate.mention.via === "adjective") {
      const next = /^\s+(\p{L}+)\s+(\p{L}+)/u.exec(
        view.folded.slice(
          candidate.mention.end - view.start,
          candidate.mention.end - view.start + 40,
        ),
      );
      if (next && MOTION_NOUNS.has(next[1]!) && MOTION_PREPOSITIONS.has(next[2]!)) continue;
    }
    // "leads the NATO deployment in Slovakia": an organisation qualifying a noun of deploying or
    // meeting is named, but the unnamed deployment is the object.
    if (
      candidate.mention.type === "Organisation" &&
      QUALIFIED_NOUN.test(
        view.folded.slice(
          candidate.mention.end - view.start,
          candidate.mention.end - view.start + 30,
        ),
      )
    )
      return [];
    // "carry out NATO's Baltic Air Policing mission": a possessor of another type is read with
    // the name it possesses (below), which may be the object.
    if (!rule.object.includes(candidate.mention.type)) {
      const possessed = POSSESSIVE_AFTER.test(
        view.text.slice(candidate.mention.end - view.start, candidate.mention.end - view.start + 2),
      )
        ? possessedBy(view, candidate)
        : undefined;
      if (!possessed || !rule.object.includes(possessed.mention.type)) {
        if (rule.adjacent !== false) return [];
        continue;
      }
    }
    // Searching further along the clause, a nationality qualifies a noun ("op dit Frans-geleide
    // hoofdkwartier in Abu Dhabi"); the place named later is the object.
    if (rule.adjacent === false && candidate.mention.via === "adjective") continue;
    if (rule.adjacent !== false) {
      // "participate in the Lithuanian exercise": a qualifying nationality is part of an
      // occasion's phrase, not a word between the trigger and the object (fourteenth round).
      let gap = view.folded.slice(
        offset - view.start,
        (candidate.mention.type === "Event" || candidate.mention.type === "Mission"
          ? (candidate.phrase ?? candidate.mention.start)
          : candidate.mention.start) - view.start,
      );
      // "with the guided-missile cruiser USS Bunker Hill": the class noun describes the ship.
      if (candidate.mention.via === "ship") gap = gap.replace(SHIP_CLASS_BEFORE_NAME, " ");
      if (candidate.mention.type === "Location") gap = gap.replace(BASE_NOUN_BEFORE_NAME, " ");
      if (candidate.mention.type === "Mission" || candidate.mention.type === "Event")
        gap = gap.replace(OCCASION_NOUN_BEFORE_NAME, " ");
      if (candidate.mention.type === "Organisation")
        gap = gap.replace(COMPANY_NOUN_BEFORE_NAME, " ");
      if (candidate.mention.type === "Country") gap = gap.replace(FORCES_OF_STATE, " ");
      // "onder leiding van de Griekse commodore X", "led by Rear Admiral X": a rank or office
      // before a person (one or two words, no preposition) describes the person.
      if (candidate.mention.type === "Person") gap = withoutRankBeforePerson(gap);
      // "met andere Europese landen, zoals België en Frankrijk", "with partners such as Japan":
      // the examples after a plural of states or bodies are the object.
      gap = gap.replace(EXAMPLES_OF_KIND, " ");
      // "part of the US-led coalition": the leader qualifies the name after it.
      gap = gap.replace(LED_QUALIFIER, " ");
      // "viel in februari 2022 Oekraïne aan", "steunt vandaag ook Oekraïne": a date or an adverb
      // of time between a verb and its object is no noun the verb governs instead.
      if (TIME_HINT.test(gap)) gap = gap.replace(TIME_IN_GAP, " ");
      if (rule.relation === "SUPPORTS" && THEME_HINT.test(gap)) {
        const themed = gap.replace(THEME_OF, " $1");
        if (rule.objectThroughTheme && themed === gap) return [];
        gap = themed;
      } else if (rule.objectThroughTheme) return [];
      const check = gapIsModifiers(gap, rule.objectPreps);
      if (!check.ok) return [];
    } else if (rule.objectPreps && !rule.objectPreps.includes(candidate.prep ?? "")) {
      continue;
    } else if (rule.objectPreps && candidate.prep) {
      // "in het noorden van Noorwegen, rond Narvik en Bardufoss": a place phrase that narrows
      // the one before it, after a comma and a preposition of the frame, is an object too.
      const group = groupOf(view, candidate, rule.object);
      return [...group, ...narrowingPlaces(view, group, rule.object, rule.objectPreps)].filter(
        (a) => !skip.includes(a),
      );
    }
    // "took command of CMF's Combined Task Force 151": the possessed is the object.
    const possessed = possessedBy(view, candidate);
    if (possessed && rule.object.includes(possessed.mention.type))
      return groupOf(view, possessed, rule.object).filter((a) => !skip.includes(a));
    // "took command of NATO's Standing Maritime Group 2" with the group unrecognised: the
    // possessor is still not the object.
    if (!possessed && possessesName(view, candidate)) return [];
    // "leads NATO's forward land forces in Estonia", "took command of NATO's air policing": what
    // is led is the possessed, unnamed here; the possessor is not led by the subject.
    if (
      !possessed &&
      rule.relation === "LEADS" &&
      POSSESSED_UNNAMED.test(view.folded.slice(candidate.mention.end - view.start))
    )
      return [];
    return groupOf(view, candidate, rule.object).filter((a) => !skip.includes(a));
  }
  return [];
}

const MONTH_NAMES =
  "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan\\.|feb\\.|aug\\.|sept?\\.|oct\\.|okt\\.|nov\\.|dec\\.";
const TIME_ADVERBS =
  "vandaag|gisteren|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|deze week|vorige week|volgende week|dit jaar|vorig jaar|volgend jaar|this week|last week|next week|this year|last year|next year|ook|al|nu|opnieuw|inmiddels|eerder|onlangs|also|already|now|again|earlier|recently|formally|officially|formeel|officieel";
/** The cheap check before TIME_IN_GAP: a month or an adverb of time in the gap. */
const TIME_HINT = new RegExp(`(?<![\\p{L}])(?:${MONTH_NAMES}|${TIME_ADVERBS})(?![\\p{L}])`, "u");
/** "(in|op|sinds|on) (24) februari (2022)", "vandaag", "on Monday", "ook", "already". */
const TIME_IN_GAP = new RegExp(
  `(?<![\\p{L}])(?:(?:(?:in|op|sinds|vanaf|per|tot|begin|eind|half|medio|since|on|from|until|in early|in late|in mid|early|late|mid)\\s+)?(?:\\d{1,2}\\s+)?(?:${MONTH_NAMES})(?:\\s+\\d{1,2})?(?:,?\\s+(?:19|20)\\d\\d)?|(?:on\\s+)?(?:${TIME_ADVERBS}))(?![\\p{L}])`,
  "gu",
);

/** The place phrases after `group` that narrow it: ", rond X en Y", ", around X". */
function narrowingPlaces(
  view: SentenceView,
  group: readonly Arg[],
  types: readonly EntityType[],
  preps: readonly string[],
): Arg[] {
  const last = group[group.length - 1];
  if (!last || (last.mention.type !== "Location" && last.mention.type !== "Country")) return [];
  const next = view.args.find((a) => a.mention.start >= last.mention.end && !group.includes(a));
  if (!next || next.clause !== last.clause || next.aside || !next.prep) return [];
  if (next.mention.type !== "Location" || !preps.includes(next.prep)) return [];
  const gap = view.folded.slice(last.mention.end - view.start, next.mention.start - view.start);
  if (!/^\s*,\s*\p{L}+\s+(?:(?:de|het|the)\s+)?$/u.test(gap)) return [];
  return groupOf(view, next, types);
}

/**
 * A plural of states or bodies and the examples that follow it ("andere Europese landen, zoals",
 * "partners such as", "allies including"): up to three modifiers before the noun.
 */
const EXAMPLES_OF_KIND =
  /(?:^|\s)(?:[\p{L}-]+\s+){0,3}(?:landen|staten|lidstaten|bondgenoten|partners|partnerlanden|naties|organisaties|countries|states|member states|allies|nations|partner nations|partner countries|organi[sz]ations)\s*,?\s+(?:zoals|waaronder|onder wie|onder meer|onder andere|such as|including|like|notably|among them|namely)\s+(?:(?:de|het|the)\s+)?$/u;

const KIND_BEFORE_EXAMPLES =
  /(?:^|\s)(?:landen|staten|lidstaten|bondgenoten|partners|partnerlanden|naties|organisaties|countries|states|allies|nations|organi[sz]ations)\s*$/u;

const QUALIFIED_NOUN =
  /^\s+(?:deployment|presence|mission|operation|exercise|battlegroup|battle group|forces|troops|contingent|contribution|summit|meeting|response|force)(?![\p{L}])/u;

/** A possessive 's and a lower-case word: "NATO's forward land forces". */
const POSSESSED_UNNAMED = /^['’]s?\s+\p{Ll}/u;

/** A possessive right after a name: the cheap check before looking for what it possesses. */
const POSSESSIVE_AFTER = /^['’]/u;

function possessedBy(view: SentenceView, owner: Arg): Arg | undefined {
  const next = view.args.find((a) => a.mention.start >= owner.mention.end);
  if (!next) return undefined;
  const gap = view.folded.slice(owner.mention.end - view.start, next.mention.start - view.start);
  return /^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.test(gap) ? next : undefined;
}

/** A possessive 's followed by a capitalised name that is no recognised mention. */
function possessesName(view: SentenceView, owner: Arg): boolean {
  const at = owner.mention.end - view.start;
  const after = view.text.slice(at, at + 80);
  return /^['’]s?\s+(?:[\p{Ll}-]+\s+)?\p{Lu}/u.test(after);
}

/** "The two leaders …", "De beide ministers …": a sentence about the parties of a meeting. */
const PARTIES_SUBJECT =
  /^\s*(?:(?:the|de|het)\s+(?:(?:two|both|twee|beide)\s+)?|(?:both|beide)\s+)(?:leaders|ministers|defense ministers|defence ministers|sides|leiders|bewindslieden|defensieministers)\s/u;

/**
 * The parties of a sentence opened by "the two ministers", "both sides", "the four countries"
 * (`meetingParties`, `countedStates`) for a predicate that starts at `predicateStart`; empty when
 * the sentence opens otherwise.
 */
export function pluralParties(ctx: RuleContext, view: SentenceView, predicateStart: number): Arg[] {
  const parties = meetingParties(ctx, view, predicateStart, 0);
  return parties.length > 0 ? parties : countedStates(ctx, view, predicateStart, 0);
}

/**
 * "The leaders also discussed cooperation with Australia, and condemned …": a sentence whose
 * subject is "the (two) leaders/ministers/sides" and that names no subject of its own before the
 * trigger is about the states the article's people represent — only when exactly two states are
 * represented by people named so far (a meeting of two); else nothing.
 */
function meetingParties(
  ctx: RuleContext,
  view: SentenceView,
  triggerStart: number,
  clause: number,
): Arg[] {
  if (!PARTIES_SUBJECT.test(view.folded)) return [];
  // The clause of the trigger names no subject of its own ("…, and condemned X").
  if (view.args.some((a) => a.clause === clause && a.mention.end <= triggerStart && !a.aside))
    return [];
  const people = new Set<string>();
  for (const v of ctx.views.slice(0, view.index + 1))
    for (const a of v.args) if (a.mention.type === "Person") people.add(a.mention.key);
  // Entity ids are `<type>:<slug>` (src/domain/identity.ts).
  const states = new Set<string>();
  for (const f of ctx.findings) {
    if (f.type === "REPRESENTS" && people.has(f.source) && f.target.startsWith("country:"))
      states.add(f.target);
  }
  if (states.size !== 2) return [];
  return partiesOf([...states], view);
}

/** "the four countries", "de drie landen": a count noun that refers back to listed states. */
const COUNTED_STATES =
  /(?:^|[^\p{L}])(?:the|these|those|all|de|deze|die|alle)\s+(two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d{1,2})\s+(?:countries|nations|states|allies|partners|partner nations|landen|staten|bondgenoten|partnerlanden|naties)(?![\p{L}])/u;

/**
 * "The four countries conducted their first Maritime Cooperative Activity", "since the three
 * countries joined NATO": a clause whose subject is "the N countries" (and names no subject of its
 * own) is about the N states listed last — the latest list of exactly N states in this or the
 * earlier sentences, else the N states the article's people represent.
 */
function countedStates(
  ctx: RuleContext,
  view: SentenceView,
  triggerStart: number,
  clause: number,
): Arg[] {
  const clauseStart = view.clauseStarts[clause]!;
  const before = view.folded.slice(clauseStart, triggerStart - view.start);
  const counted = COUNTED_STATES.exec(before);
  if (!counted) return [];
  const n = NUMBER_WORDS[counted[1]!] ?? Number(counted[1]);
  const phraseStart = view.start + clauseStart + counted.index;
  if (
    view.args.some(
      (a) =>
        a.clause === clause &&
        a.mention.end <= triggerStart &&
        a.mention.start >= phraseStart &&
        !a.aside,
    )
  )
    return [];
  for (let i = view.index; i >= 0; i--) {
    const v = ctx.views[i]!;
    const args = v.args.filter(
      (a) => a.mention.type === "Country" && (i < view.index || a.mention.end <= phraseStart),
    );
    for (let j = args.length - 1; j >= 0; j--) {
      const group = args.filter((a) => a.group === args[j]!.group);
      const keys = new Set(group.map((a) => a.mention.key));
      if (keys.size === n) return partiesOf([...keys], view);
      j -= group.length - 1;
    }
  }
  const people = new Set<string>();
  for (const v of ctx.views.slice(0, view.index + 1))
    for (const a of v.args) if (a.mention.type === "Person") people.add(a.mention.key);
  const states = new Set<string>();
  for (const f of ctx.findings)
    if (f.type === "REPRESENTS" && people.has(f.source) && f.target.startsWith("country:"))
      states.add(f.target);
  return states.size === n ? partiesOf([...states], view) : [];
}

function partiesOf(keys: readonly string[], view: SentenceView): Arg[] {
  return keys.map((key, i) => ({
    mention: {
      start: view.start,
      end: view.start,
      key,
      type: "Country" as const,
      nested: false,
      via: "anaphor" as const,
    },
    clause: 0,
    aside: false,
    group: -1 - i,
  }));
}

/** The first plain (not prepositional) argument of the previous sentences that fits. */
/** The assets named in the sentence before `index` (its first group of them), if any. */
function previousAssets(ctx: RuleContext, index: number): Arg[] {
  const view = ctx.views[index - 1];
  if (!view) return [];
  const first = view.args.find((a) => a.mention.type === "Asset" && !a.aside);
  return first ? groupOf(view, first, ["Asset"]) : [];
}

/** A sentence opened by a subject pronoun (folded). */
const CHAIN_PRONOUN = /^\s*it\s/u;

export function previousSubject(
  ctx: RuleContext,
  index: number,
  types: readonly EntityType[],
): Arg[] {
  // The subject of the previous sentence (intertitles without a full stop skipped): its first
  // argument, if little more than a determiner or a title comes before it ("De missie richt zich
  // …", "Secretary Austin thanked …"). A sentence whose subject is no entity resolves nothing.
  let chained = 0;
  for (let i = index - 1; i >= 0; i--) {
    const view = ctx.views[i]!;
    if (!/[.!?:"”’]\s*$/u.test(view.folded)) continue;
    const first = view.args[0];
    // Thirteenth round: a sentence that opens with the pronoun itself ("It is designed to …")
    // and names no subject of its own continues the chain to the sentence before it ("The
    // exercise, which runs until March 5, … . It is designed to … . It will take place at …"),
    // up to two such sentences.
    const opensWithPronoun = CHAIN_PRONOUN.test(view.folded);
    if (
      opensWithPronoun &&
      chained < 2 &&
      (!first || words(view.folded.slice(0, first.mention.start - view.start)).length > 1)
    ) {
      chained++;
      continue;
    }
    if (!first || first.prep || first.aside) return [];
    const lead = words(view.folded.slice(0, first.mention.start - view.start));
    if (lead.length > 3 || !types.includes(first.mention.type)) return [];
    return groupOf(view, first, types);
  }
  return [];
}

/**
 * All rules' trigger phrases in one Aho–Corasick automaton: one linear pass over the article
 * finds every trigger of every rule (a regular-expression alternation per rule and sentence costs
 * a pass per rule, and alternations of hundreds of phrases are slow in backtracking engines).
 */
interface TriggerIndex {
  automaton: Automaton;
  /** Per pattern: the rules it triggers. */
  rules: number[][];
  /** Per rule: whether it is an attachment (`isAttachment`), decided once. */
  attachments: boolean[];
}

const triggerIndexes = new WeakMap<readonly PatternRule[], TriggerIndex>();

function triggerIndexOf(rules: readonly PatternRule[]): TriggerIndex {
  let index = triggerIndexes.get(rules);
  if (index) return index;
  const byPhrase = new Map<string, number[]>();
  rules.forEach((rule, r) => {
    if (isAttachment(rule)) return;
    for (const phrase of rule.trigger.phrases) {
      const key = phrase.toLowerCase().replace(/\s+/g, " ");
      const list = byPhrase.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      byPhrase.set(key, list);
    }
  });
  const phrases = [...byPhrase.keys()];
  index = {
    automaton: createAutomaton(phrases),
    rules: phrases.map((p) => byPhrase.get(p)!),
    attachments: rules.map(isAttachment),
  };
  triggerIndexes.set(rules, index);
  return index;
}

/** Runs the rules in order; each rule sees its triggers left to right, longest first, without overlap. */
export function applyPatternRules(ctx: RuleContext, rules: readonly PatternRule[]): void {
  const index = triggerIndexOf(rules);
  const hits: { start: number; end: number }[][] = rules.map(() => []);
  const text = ctx.doc.folded;
  const startsWord = (start: number) =>
    !isWordCharAt(text, start - 1) && text.charCodeAt(start - 1) !== 45;
  const endsWord = (end: number) => !isWordCharAt(text, end);
  for (const match of index.automaton.scan(text, startsWord, endsWord)) {
    for (const r of index.rules[match.pattern]!)
      hits[r]!.push({ start: match.start, end: match.end });
  }
  rules.forEach((rule, r) => {
    if (index.attachments[r]) {
      applyAttachment(ctx, rule);
      return;
    }
    const list = hits[r]!;
    if (list.length > 1) list.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const hit of list) {
      if (hit.start < last) continue;
      const sentence = sentenceIndexAt(ctx.doc, hit.start);
      const view = ctx.views[sentence];
      if (!view || hit.end > view.end) continue;
      const particle = rule.particles?.get(text.slice(hit.start, hit.end));
      const particleAt = particle ? particleFollows(view, hit.end, particle) : undefined;
      if (particleAt === -1) continue;
      const before = ctx.findings.length;
      applyAt(ctx, rule, view, hit.start, hit.end, particleAt);
      // A trigger that found nothing does not hide an overlapping one of the same rule ("flies
      // from a base in X": "from a base in" reads what "flies from" could not).
      if (ctx.findings.length > before) last = hit.end;
    }
  });
}

/**
 * The words a separable verb's particle may stand before when it closes the verb's phrase ("zet
 * twee Patriots in bij Rzeszów", "valt Oekraïne aan met drones"); before anything else, such as a
 * noun, the word is a preposition ("zet militairen in Irak in": the second "in").
 */
const PARTICLE_FOLLOWERS =
  "bij|in|op|naar|voor|om|vanaf|vanuit|tegen|aan|en|als|ter|tot|boven|te|met|sinds|tijdens|zodat|omdat|die|dat|nabij|onder|uit|van|samen|is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden|vanwege|ook|nog|maar|of";

/** "valt … aan": the particles of a head, as the pattern `particleFollows` tests. */
export function separableTriggers(phrases: readonly string[]): {
  plain: string[];
  particles: Map<string, RegExp>;
} {
  const plain = phrases.filter((p) => !p.includes("..."));
  const byHead = new Map<string, string[]>();
  for (const phrase of phrases) {
    const at = phrase.indexOf("...");
    if (at < 0) continue;
    const head = phrase.slice(0, at).trim();
    const particle = phrase.slice(at + 3).trim();
    // A head that is a trigger of its own needs no particle.
    if (!head || !particle || plain.includes(head)) continue;
    byHead.set(head, [...(byHead.get(head) ?? []), particle]);
  }
  const particles = new Map<string, RegExp>();
  for (const [head, list] of byHead) {
    const words = list.map((p) => p.split(/\s+/).map(escapeRegExp).join("\\s+"));
    particles.set(
      head,
      new RegExp(
        `(?<![\\p{L}\\p{N}'-])(?:${words.join("|")})(?=\\s*(?:[,.;:!?)"”'’]|$)|\\s+(?:${PARTICLE_FOLLOWERS})(?![\\p{L}]))`,
        "u",
      ),
    );
  }
  return { plain, particles };
}

/**
 * Where the particle of a separable head stands later in the head's clause, within a few words
 * (an offset in the text); -1 when it does not.
 */
function particleFollows(view: SentenceView, end: number, particle: RegExp): number {
  const at = end - view.start;
  let stop = view.folded.length;
  for (const c of view.clauseStarts) {
    if (c > at) {
      stop = c;
      break;
    }
  }
  const rest = view.folded.slice(at, Math.min(stop, at + 140));
  const found = particle.exec(rest);
  // "Rusland viel Oekraïne niet aan": a denied separable verb is no trigger.
  if (found === null || DENIED.test(rest.slice(0, found.index))) return -1;
  return end + found.index;
}

/**
 * Rules triggered by a bare preposition between two arguments ("adviseurs in Erbil", "de missie
 * in Irak") are read from neighbouring arguments instead of from the trigger index, where a
 * word as frequent as "in" would add a hit every few words.
 */
function isAttachment(rule: PatternRule): boolean {
  return rule.subjectAdjacent === true && rule.trigger.phrases.every((p) => /^[a-z]{1,4}$/.test(p));
}

function applyAttachment(ctx: RuleContext, rule: PatternRule): void {
  // A passive attachment names its subject second: "patrouillevliegtuigen van de kustwacht".
  const [left, right] = rule.passive ? [rule.object, rule.subject] : [rule.subject, rule.object];
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const a = view.args[i]!;
      if (!left.includes(a.mention.type) || a.aside) continue;
      // "Enhanced Forward Presence (eFP) in Litouwen": the acronym defined in brackets is the
      // same argument, not the next one.
      const next = view.args.find(
        (b) =>
          b.mention.start >= a.mention.end &&
          b.group !== a.group &&
          !(b.mention.key === a.mention.key && isBracketed(view, b)),
      );
      if (!next || next.clause !== a.clause || !right.includes(next.mention.type)) continue;
      const gap = view.folded
        .slice(a.mention.end - view.start, next.mention.start - view.start)
        .replace(/^\s*\([^()]{1,20}\)/u, "");
      // "the exercise in northern Norway": a part of an area does not break the attachment.
      const match =
        /^['’]?s?\s+([a-z]{1,4})\s+(?:(?:de|het|the)\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|noord|zuid|oost|west)\s+)?$/u.exec(
          gap,
        );
      if (!match || !rule.trigger.phrases.includes(match[1]!)) continue;
      for (const l of groupOf(view, a, left)) {
        for (const r of groupOf(view, next, right)) {
          const [s, o] = rule.passive ? [r, l] : [l, r];
          if (s.mention.key === o.mention.key) continue;
          ctx.findings.push({
            type: rule.relation,
            source: s.mention.key,
            target: o.mention.key,
            rule: rule.name,
            confidence: rule.confidence,
            sentence: view.index,
          });
        }
      }
    }
  }
}

/** A mention in brackets right after the same entity: "(eFP)", "(CTF 151)". */
function isBracketed(view: SentenceView, arg: Arg): boolean {
  const at = arg.mention.start - view.start;
  return view.folded[at - 1] === "(" && view.folded[arg.mention.end - view.start] === ")";
}

/** "'" or "’": what a possessive starts with (a cheap test before the pattern). */
function isQuote(code: number): boolean {
  return code === 39 || code === 0x2019;
}

function applyAt(
  ctx: RuleContext,
  rule: PatternRule,
  view: SentenceView,
  triggerStart: number,
  triggerEnd: number,
  /** A separable verb's particle ("zet … in"): what is sent or governed stands before it. */
  particleAt?: number,
): void {
  const m = { index: triggerStart - view.start };
  {
    // A trigger inside a name ("counter-ISIL campaign" is not "campaign against", "Command" of
    // "U.S. Naval Forces Central Command" commands nothing) is no trigger: any overlap with a
    // recognised mention, at its first word as well. Frames meant to read inside a name (the
    // "Russian invasion of Ukraine") are applied to the name's parts by frames.ts.
    // (Arguments are in order of start: none after the trigger's end can overlap it.)
    for (const a of view.args) {
      if (a.mention.start >= triggerEnd) break;
      if (triggerStart < a.mention.end) return;
    }
    let clause = 0;
    for (let c = 0; c < view.clauseStarts.length; c++)
      if (view.clauseStarts[c]! <= m.index) clause = c;
    const clauseBefore = view.folded.slice(view.clauseStarts[clause]!, m.index);
    if (rule.notAfter?.test(clauseBefore)) return;
    // "station up to 2,200 members of the Canadian Armed Forces": counted members are personnel.
    if (
      rule.relation === "MEMBER_OF" &&
      /^(?:members|leden)\s/u.test(view.folded.slice(m.index, m.index + 8)) &&
      /(?:^|\s)(?:(?!(?:19|20)\d\d\s)\d[\d.,]*|several|many|hundreds|thousands|dozens|honderden|duizenden|tientallen|enkele)\s+$/u.test(
        clauseBefore,
      )
    )
      return;
    // "hosted by X and chaired by Y": an active trigger right before "by"/"door" is a passive
    // participle, read by the passive frames (stances flip their own passive, below).
    // A verb-final frame's participle before "door" is passive in every relation ("stegen op,
    // ondersteund door een Italiaans radarvliegtuig"): the agent is no object before it.
    if (
      !rule.passive &&
      (rule.objectBefore === true ||
        (rule.relation !== "SUPPORTS" && rule.relation !== "OPPOSES")) &&
      !rule.subjectAfter &&
      /^\s+(?:by|door)\s/u.test(
        view.folded.slice(triggerEnd - view.start, triggerEnd - view.start + 6),
      )
    )
      return;
    // "is not attending the meeting", "neemt niet deel aan": a denied relation is none.
    if (NEGATION.test(clauseBefore)) return;
    let subjects: Arg[];
    let objects: Arg[];
    if (rule.subjectAfter) {
      // "stuurt 2 Patriots naar Gao en 3 Chinooks naar Mali": each sent group goes where it is sent.
      // A name governed by one of the frame's prepositions is where the sent goes, not one sent
      // ("de aanval van Hamas op Israël": subjects and objects may be of one type).
      const toward = (a: Arg) =>
        rule.object.includes(a.mention.type) &&
        a.prep !== undefined &&
        rule.objectPreps?.includes(a.prep) === true;
      const sent = view.args.filter(
        (a) =>
          a.mention.start >= triggerEnd &&
          (particleAt === undefined || a.mention.end <= particleAt) &&
          a.clause === clause &&
          !a.aside &&
          !toward(a) &&
          rule.subject.includes(a.mention.type),
      );
      // "zette 2 C-130's in en een C-17 in Pápa": a list that goes on after the particle names
      // other things; the place after it is theirs.
      if (
        particleAt !== undefined &&
        /^\p{L}+\s*,?\s+(?:en|of)\s/u.test(view.folded.slice(particleAt - view.start))
      )
        return;
      const seen = new Set<number>();
      for (const head of sent) {
        if (seen.has(head.group)) continue;
        seen.add(head.group);
        const group = groupOf(view, head, rule.subject);
        const tail = group[group.length - 1]!;
        // Also one named after a separable verb's particle ("zette 2 C-130's in en een C-17 in
        // Pápa"): a place after it is that one's.
        const nextSent = view.args.find(
          (a) =>
            a.mention.start > tail.mention.end &&
            a.group !== head.group &&
            a.clause === clause &&
            !a.aside &&
            !toward(a) &&
            rule.subject.includes(a.mention.type),
        );
        // "… when the USS Eisenhower returns to the United States": where a sent thing goes
        // back to is home, not where it is sent.
        const targets = objectAfter(view, tail.mention.end, clause, rule, group).filter(
          (o) =>
            (!nextSent || o.mention.start < nextSent.mention.start) &&
            !RETURNING.test(
              view.folded.slice(tail.mention.end - view.start, o.mention.start - view.start),
            ) &&
            // "zet X in voor de corridor die hulp naar Gaza brengt": a place inside a relative
            // clause is where something else goes.
            !RELATIVE_BETWEEN.test(
              view.folded.slice(tail.mention.end - view.start, o.mention.start - view.start),
            ),
        );
        for (const s of group) {
          for (const o of targets) {
            if (s.mention.key === o.mention.key) continue;
            ctx.findings.push({
              type: rule.relation,
              source: s.mention.key,
              target: o.mention.key,
              rule: rule.name,
              confidence: rule.confidence,
              sentence: view.index,
            });
          }
        }
      }
      return;
    } else if (rule.passive) {
      // "… to the Multinational Brigade Latvia, led by Canada": a participle after a comma
      // describes the name right before it, whatever governs that name.
      const described = view.args.findLast(
        (a) =>
          a.mention.end <= triggerStart &&
          !a.aside &&
          rule.object.includes(a.mention.type) &&
          a.mention.via !== "adjective" &&
          /^\s*,\s*$/u.test(
            view.folded.slice(a.mention.end - view.start, triggerStart - view.start),
          ),
      );
      objects = described
        ? [described]
        : subjectBefore(view, triggerStart, clause, rule.object, false);
      // The agent of "led by" is a name, not a nationality ("led by a Danish commander").
      subjects = objectAfter(
        view,
        triggerEnd,
        clause,
        { ...rule, object: rule.subject },
        [],
      ).filter((a) => a.mention.via !== "adjective");
    } else {
      // "Japan's support for …", "Canada's commitment to …": the possessor is the subject.
      const possessor = view.args.find(
        (a) =>
          rule.subject.includes(a.mention.type) &&
          a.mention.end < triggerStart &&
          isQuote(view.folded.charCodeAt(a.mention.end - view.start)) &&
          /^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.test(
            view.folded.slice(a.mention.end - view.start, triggerStart - view.start),
          ),
      );
      // "Marines from II Marine Expeditionary Force, based at Camp Lejeune": a participle of
      // place after a comma describes the name right before it, whatever governs that name.
      const placed = PLACE_PARTICIPLE.test(
        view.folded.slice(triggerStart - view.start, triggerEnd - view.start),
      )
        ? view.args.findLast(
            (a) =>
              a.mention.end <= triggerStart &&
              !a.aside &&
              rule.subject.includes(a.mention.type) &&
              a.mention.via !== "adjective" &&
              /^\s*,\s*$/u.test(
                view.folded.slice(a.mention.end - view.start, triggerStart - view.start),
              ),
          )
        : undefined;
      // "Een E-3A AWACS-radarvliegtuig van de NAVO, gestationeerd in X": the asset the name
      // after "van"/"of" qualifies is the one described.
      const owned =
        placed &&
        view.args.findLast(
          (a) =>
            a.mention.end <= placed.mention.start &&
            a.mention.type === "Asset" &&
            rule.subject.includes("Asset") &&
            /^\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u.test(
              view.folded.slice(a.mention.end - view.start, placed.mention.start - view.start),
            ),
        );
      // Without that asset, a name after "van"/"of" qualifies a noun no name stands for.
      const describedPlace =
        owned || (placed && placed.prep !== "van" && placed.prep !== "of" ? placed : undefined);
      let objectFrom: number | undefined;
      subjects = describedPlace
        ? [describedPlace]
        : possessor
          ? groupOf(view, possessor, rule.subject)
          : subjectBefore(
              view,
              triggerStart,
              clause,
              rule.subject,
              rule.subjectAdjacent === true,
              rule.subjectNotAdjective === true,
            );
      if (subjects.length === 0 && !rule.subjectAdjacent) {
        const before = view.folded.slice(view.clauseStarts[clause]!, m.index);
        const pronoun =
          SUBJECT_PRONOUN.test(` ${firstTwoTokens(before)}`) ||
          /^\s*(?:dat|dit|het|it|this|they|hij|zij|ze|he|she)\b/u.test(before);
        if (pronoun) {
          // "Defensie levert 200 militairen … Zij worden gestationeerd in Rukla": a plural
          // pronoun that can be an asset is the contingent just sent, not its sender.
          // (The verb may be the trigger itself: "Zij werken in …".)
          const plural =
            /^\s*(?:zij|ze|they)\s+(?:worden|zijn|waren|werden|gaan|werken|werkten|oefenen|oefenden|trainen|trainden|patrouilleren|patrouilleerden|opereren|opereerden|blijven|bleven|helpen|hielpen|are|were|will|have)\b/u.test(
              view.folded.slice(view.clauseStarts[clause]!, triggerEnd - view.start),
            );
          subjects =
            plural && rule.subject.includes("Asset") ? previousAssets(ctx, view.index) : [];
          if (subjects.length === 0) subjects = previousSubject(ctx, view.index, rule.subject);
        } else if (ctx.doc.language === "nl" && before.trim() !== "") {
          subjects = subjectInverted(view, triggerEnd, clause, rule.subject);
          // "Daarnaast steunt Nederland Oekraïne met …": the object follows the inverted subject.
          const last = subjects[subjects.length - 1];
          if (last) objectFrom = last.mention.end;
        }
      }
      if (subjects.length === 0 && !rule.subjectAdjacent && rule.subject.includes("Country"))
        subjects = meetingParties(ctx, view, triggerStart, clause);
      if (subjects.length === 0 && !rule.subjectAdjacent && rule.subject.includes("Country"))
        subjects = countedStates(ctx, view, triggerStart, clause);
      if (rule.subjectNotAdjective)
        subjects = subjects.filter((a) => a.mention.via !== "adjective");
      objects = objectAfter(view, triggerEnd, clause, rule, subjects);
      // Only a direct object, without a preposition, follows an inverted subject: "bij de strijd
      // tegen ISIS in Irak" has no subject ISIS fighting Iraq.
      if (objects.length === 0 && objectFrom !== undefined) {
        const direct = objectAfter(view, objectFrom, clause, rule, subjects);
        if (direct.every((o) => !o.prep)) objects = direct;
      }
      // "stelt 3 Patriots beschikbaar aan Oekraïne": a separable verb's object precedes its particle.
      if (particleAt !== undefined) objects = objects.filter((o) => o.mention.end <= particleAt);
    }
    // "… and Chairman of the Joint Chiefs of Staff Gen. X": a capitalised office before a name is
    // that person's title; the holder follows it, whoever stands before it.
    if (rule.subjectAdjacent && rule.subject.includes("Person") && objects.length > 0) {
      const holder = titleHolder(view, triggerStart, objects[objects.length - 1]!);
      if (holder) subjects = [holder];
    }
    // "Ukrainian pilots are being trained in Romania", "X wordt gesteund door Y": in the passive
    // the one on the left undergoes it; the agent, if any, follows "by"/"door".
    if (
      (rule.relation === "SUPPORTS" || rule.relation === "OPPOSES") &&
      !rule.passive &&
      !rule.subjectAfter
    ) {
      const auxiliary =
        /(?:^|\s)(?:is|are|was|were|be|been|being|wordt|worden|werd|werden|is|zijn)\s+(?:\p{Ll}+\s+)?$/u;
      if (
        auxiliary.test(view.folded.slice(0, m.index)) &&
        /(?:ed|en|d|t)$/u.test(view.folded.slice(m.index, triggerEnd - view.start))
      ) {
        const patients = subjects;
        const agent = view.args.find(
          (a) =>
            a.mention.start >= triggerEnd &&
            a.clause === clause &&
            (a.prep === "by" || a.prep === "door") &&
            rule.subject.includes(a.mention.type),
        );
        if (!agent) return;
        subjects = groupOf(view, agent, rule.subject);
        objects = patients.filter((p) => rule.object.includes(p.mention.type));
      }
    }
    // Talking about a fight is no fight: "Zij bespraken de strijd tegen ISIS" (the speakers are not
    // the fighters); the subjects inside the discussed phrase still are ("discussed U.S. and Canadian
    // leadership as Framework Nations for …").
    const discussed = DISCUSSING.exec(view.folded.slice(view.clauseStarts[clause]!, m.index));
    if (discussed) {
      const verbAt = view.start + view.clauseStarts[clause]! + discussed.index;
      // Leaders who discussed cooperation with a state do cooperate with it.
      subjects = subjects.filter(
        (a) =>
          a.mention.start > verbAt ||
          (rule.relation === "COOPERATES_WITH" && a.mention.via === "anaphor" && a.group < 0),
      );
    }
    let confidence = rule.confidence;
    let properties = rule.properties;
    if (objects.length === 0 && rule.fallbackObject && !rule.passive) {
      const fallback = rule.fallbackObject;
      const arg = view.args.find(
        (a) =>
          a.mention.start >= triggerEnd &&
          a.clause === clause &&
          !a.aside &&
          fallback.types.includes(a.mention.type) &&
          fallback.preps.includes(a.prep ?? ""),
      );
      if (arg) {
        objects = groupOf(view, arg, fallback.types);
        confidence *= 0.8;
        if (fallback.properties) properties = fallback.properties;
      }
    }
    if (objects.length === 0 && rule.objectBefore) {
      const found = verbFinalArguments(view, triggerStart, triggerEnd, clause, rule);
      if (found) [subjects, objects] = found;
    }
    if (subjects.length === 0 && rule.subjectFromTopic && ctx.topicMission) {
      const topic = topicArg(ctx, view, triggerStart, rule, objects);
      if (topic) subjects = [topic];
    }
    if (objects.length === 0 && rule.objectFromContext) {
      objects = contextObject(ctx, view.index, rule.object);
      confidence *= 0.8;
    }
    for (const s of subjects) {
      for (const o of objects) {
        if (s.mention.key === o.mention.key) continue;
        const finding: Finding = {
          type: rule.relation,
          source: s.mention.key,
          target: o.mention.key,
          rule: rule.name,
          confidence,
          sentence: view.index,
        };
        if (properties) finding.properties = { ...properties };
        ctx.findings.push(finding);
      }
    }
  }
}

/** A relative pronoun after a comma or a noun: the clause it opens is about its antecedent. */
const RELATIVE_BETWEEN = /(?:,|\s)\s*(?:die|dat|welke|waar|which|who|that|where)\s/u;

const RELATIVE =
  /^\s*(?:\([^()]*\)\s*)?(?:(?:op|af|aan|uit|mee|over|toe|bij)\s*)?,\s*(?:die|dat|welke|wat)\s|,\s*(?:die|dat|welke|wat)\s/u;

const BASE_IN =
  /(?:basis|vliegbasis|base|air base|airbase)\s+(?:in|op|bij)\s+(?:(?:de|het|the)\s+)?$/u;

function verbFinalArguments(
  view: SentenceView,
  triggerStart: number,
  triggerEnd: number,
  clause: number,
  rule: PatternRule,
): [Arg[], Arg[]] | undefined {
  // The verb closes its clause: nothing of the object's types follows it there.
  if (
    view.args.some(
      (a) =>
        a.mention.start >= triggerEnd &&
        a.clause === clause &&
        !a.prep &&
        // "voor de opleiding van Oekraïense piloten": a nationality qualifies a noun.
        a.mention.via !== "adjective" &&
        rule.object.includes(a.mention.type),
    )
  )
    return undefined;
  const before = view.args.filter(
    (a) => a.mention.end <= triggerStart && a.clause === clause && !a.aside,
  );
  // A fronted place ("In Roemenië is vandaag het trainingscentrum geopend"): the object is
  // governed by one of the frame's prepositions, the subject is the plain argument nearest the verb.
  const preps = rule.objectPreps?.filter((p) => p !== "") ?? [];
  if (preps.length > 0) {
    const place = before.find(
      (a) =>
        preps.includes(a.prep ?? "") &&
        rule.object.includes(a.mention.type) &&
        // "vanaf een basis in Jordanië worden ingezet": the base's place is where it is, not
        // the area it works in.
        !(
          rule.relation === "OPERATES_IN" &&
          BASE_IN.test(
            view.folded.slice(
              Math.max(0, a.mention.start - view.start - 24),
              a.mention.start - view.start,
            ),
          )
        ),
    );
    // "sinds Finland tot de NAVO toetrad": a conjunction opening the clause governs no name.
    let subject = before
      .filter(
        (a) => (!a.prep || CLAUSE_OPENERS.has(a.prep)) && rule.subject.includes(a.mention.type),
      )
      .pop();
    // "met de levering van 18 F-16's, die in Roemenië worden ingezet": the antecedent of the
    // relative pronoun is the subject, whatever governs it.
    const antecedent = before.filter((a) => rule.subject.includes(a.mention.type)).pop();
    if (
      antecedent &&
      antecedent !== subject &&
      place &&
      antecedent.mention.end <= place.mention.start &&
      /^,\s+(?:die|dat|which|that)\s/u.test(
        view.folded.slice(antecedent.mention.end - view.start, place.mention.start - view.start),
      )
    )
      subject = antecedent;
    if (!place || !subject || place.group === subject.group) return undefined;
    if (deniedBefore(view, subject, triggerStart)) return undefined;
    return [groupOf(view, subject, rule.subject), groupOf(view, place, rule.object)];
  }
  // Prepositional phrases may stand between the object and the verb ("het ministerie in Erbil
  // van advies voorzien"); a plain argument may not.
  // "om de Poolse krijgsmacht te helpen": "om" opens the infinitive clause, its name is the
  // verb's object, not a prepositional phrase.
  let i = before.length - 1;
  while (i >= 0 && before[i]!.prep && before[i]!.prep !== "om" && !isBidOfPerson(view, before[i]!))
    i--;
  const object = before[i];
  if (!object || !rule.object.includes(object.mention.type)) return undefined;
  const between = view.folded.slice(object.mention.end - view.start, triggerStart - view.start);
  if (words(between).length > 6) return undefined;
  // "dat Nederland de politie niet traint": a negation anywhere before the final verb.
  if (deniedBefore(view, object, triggerStart)) return undefined;
  const head = before.findIndex((a) => a.group === object.group);
  const previous = before[head - 1];
  // A relative clause ("de EU-missie, die het ministerie ondersteunt"): its subject is the
  // antecedent right before the pronoun, never the main clause's subject.
  const relative = previous
    ? RELATIVE.exec(
        view.folded.slice(previous.mention.end - view.start, object.mention.start - view.start),
      )
    : null;
  const subject = relative
    ? previous && relative.index === 0 && rule.subject.includes(previous.mention.type)
      ? previous
      : undefined
    : before
        .slice(0, Math.max(0, head))
        .filter(
          (a) => (!a.prep || CLAUSE_OPENERS.has(a.prep)) && rule.subject.includes(a.mention.type),
        )
        .pop();
  // "… is bedoeld om Rusland af te schrikken": no subject in the clause; the topic may be it.
  if (!subject) return rule.subjectFromTopic ? [[], groupOf(view, object, rule.object)] : undefined;
  // "dat Nederland niet de Afghaanse politie traint".
  if (deniedBefore(view, subject, object.mention.start)) return undefined;
  return [groupOf(view, subject, rule.subject), groupOf(view, object, rule.object)];
}

/**
 * A Dutch verb-final clause denies its verb with "niet", "geen" or "nooit" anywhere between the
 * first argument and the verb ("dat Duitsland sinds 2020 niet meer aan de missie deelneemt"),
 * beyond the one word before the trigger that NEGATION reads.
 */
const DENIED = /(?<![\p{L}])(?:niet|geen|nooit|not|never)(?![\p{L}])/u;

function deniedBefore(view: SentenceView, from: Arg, triggerStart: number): boolean {
  return DENIED.test(view.folded.slice(from.mention.start - view.start, triggerStart - view.start));
}

/** The topic mission as a subject, when the sentence names no possible subject before the trigger. */
function topicArg(
  ctx: RuleContext,
  view: SentenceView,
  triggerStart: number,
  rule: PatternRule,
  objects: readonly Arg[],
): Arg | undefined {
  if (!rule.subject.includes("Mission")) return undefined;
  // A name of the subject's type before the trigger blocks the topic, unless it is the topic
  // itself ("Doel van de operatie was het opbouwen van …").
  // The objects found are no candidates ("om … Rusland af te schrikken").
  const before = view.args.filter(
    (a) =>
      a.mention.end <= triggerStart &&
      rule.subject.includes(a.mention.type) &&
      !objects.some((o) => o.mention.key === a.mention.key),
  );
  // A plain name could be the subject; a governed one ("de bevolking van Litouwen") cannot.
  if (before.some((a) => a.mention.key !== ctx.topicMission && !a.prep)) return undefined;
  const named = before.filter((a) => a.mention.key === ctx.topicMission);
  if (named.length > 0) return named[named.length - 1];
  for (const other of ctx.views) {
    const arg = other.args.find((a) => a.mention.key === ctx.topicMission);
    if (arg) return arg;
  }
  return undefined;
}

/** The thing a vote or stance was about: the object of a preceding support, else the topic. */
function contextObject(ctx: RuleContext, index: number, types: readonly EntityType[]): Arg[] {
  for (let i = index - 1; i >= Math.max(0, index - 2); i--) {
    const support = ctx.findings.filter(
      (f) => f.sentence === i && (f.type === "SUPPORTS" || f.type === "OPPOSES"),
    );
    const view = ctx.views[i]!;
    const arg = view.args.find(
      (a) => support.some((f) => f.target === a.mention.key) && types.includes(a.mention.type),
    );
    if (arg) return [arg];
  }
  if (ctx.topicMission) {
    for (let i = index - 1; i >= 0; i--) {
      const arg = ctx.views[i]!.args.find((a) => a.mention.key === ctx.topicMission);
      if (arg && types.includes(arg.mention.type)) return [arg];
    }
  }
  return [];
}

/** A rule's trigger: phrases of folded text (lower case, no accents), matched on word boundaries. */
export interface Trigger {
  phrases: readonly string[];
}

export function triggerOf(phrases: readonly string[]): Trigger {
  return { phrases };
}
