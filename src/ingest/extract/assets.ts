import type { Properties } from "../../domain/article.ts";
import { assetName } from "../../domain/identity.ts";
import { foldKey } from "./fold.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { anyOf, MONTHS, NUMBER_WORDS } from "./lexicon.ts";
import { type MentionSet, mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";
import type { AssetCue } from "./recognise.ts";

/** Verbs and nouns of sending and contributing: their subject owns the assets of the clause. */
export const PROVIDE_VERBS =
  /(?<![\p{L}])(?:lever(?:t|en|de|den)|geleverd|stuur(?:t|de|den)|sturen|gestuurd|uitzend(?:t|en)|zend(?:t|en)|zond(?:en)?|uitgezonden|zet(?:ten)?|ingezet|inzet(?:ten)?|draag(?:t)?|dragen|bijdraagt|bijdragen|bijdrage|stel(?:t|len)|beschikbaar|ontplooi(?:t|en)|ontplooid|plaats(?:t|en)|stationeert|stationeren|levering|provid(?:es|ed|ing|e)|contribut(?:es|ed|ing|e|ion)|send(?:s|ing)?|sent|deploy(?:s|ed|ing|ments?)?|dispatch(?:es|ed|ing)?|redeploy(?:s|ed|ing|ment)?|overgebracht|overgevlogen|verplaats(?:t|te|ten|en)?|moved|relocat(?:es|ed|ing)|deliver(?:y|ies)|leveringen|uitzending|commit(?:s|ted|ting)?|suppl(?:ies|ied|y|ying)|donat(?:es|ed|e|ing)|deliver(?:s|ed|ing)?|station(?:s|ed|ing)?|offer(?:s|ed)?|pledg(?:es|ed|e|ing)|promis(?:es|ed|e|ing)|belo(?:ofd|oft|ven|ofde|ofden)|hand(?:s|ed|ing)? over|transfer(?:s|red|ring)?|gives?|gave|given|lends?|lent|loan(?:s|ed)|shipped|furnish(?:es|ed)|schenk(?:t|en)|schonk(?:en)?|geschonken|doneer(?:t|de|den)|doneren|gedoneerd|verstrek(?:t|ken|te|ten)|uitgeleend|neemt deel|nemen deel|deelneemt|deelnemen|deelname|participat(?:es|ed|e|ing|ion)|takes? part|took part|joins?|joined|meenemen|meegenomen|neem(?:t|en)?\s(?:[^.]{0,60}?\s)?mee|ga(?:at|an)\s(?:[^.]{0,30}?\s)?mee|gingen\s(?:[^.]{0,30}?\s)?mee|detachement|(?:neem(?:t|en)?|nam(?:en)?)\s(?:[^.]{0,60}?\s)?deel|(?:doe(?:t|n)|deed|deden)\s(?:[^.]{0,30}?\s)?mee|brings|brought|fielding|fielded|will field|toegezegd|aanwezig met|present with|takes part with|took part with|(?:zegt|zeggen|zegde|zegden)\s(?:[^.]{0,60}?\s)?toe)(?![\p{L}])/u;

/**
 * Verbs of having at one's disposal: their subject owns the equipment of the clause too ("De
 * Roemeense luchtmacht beschikt sinds kort over F-16's", "the navy is equipped with …"), and so
 * do verbs of flying ("the Polish Air Force, which had flown F-16 fighters") and of having
 * somewhere ("Duitsland, dat sinds 2023 Patriots bij Rzeszów heeft staan").
 */
const POSSESS_VERBS =
  /(?<![\p{L}])(?:beschik(?:t|ken|te|ten)\s(?:[^.]{0,40}?\s)?over|is equipped with|are equipped with|uitgerust met|flown|flies|flew|vliegt met|vloog met|(?:heeft|hebben|had|hadden)\s(?:[^.]{0,60}?\s)?(?:staan|liggen|gestationeerd)|met\s[^.]{0,60}?\s(?:bewaakt|bewaken|beschermt|beschermen|beveiligt|beveiligen|verdedigt|verdedigen)|(?:guards|guarded|guarding|protects|protected|protecting|defends|defended|defending)\s[^.]{0,60}?\swith)(?![\p{L}])/u;

/**
 * "Aan boord zijn 200 bemanningsleden en een NH90-helikopter", "Het schip heeft een NH90-helikopter
 * aan boord", "met 200 militairen aan boord": what a ship carries. Not "aan boord van" (where
 * something was found) and no English "on board" (visits: "announces on board").
 */
const ABOARD =
  /(?:^|[\s,])aan boord\s+(?:zijn|is|waren|was|bevinden|bevindt)\s|\s(?:heeft|hebben|had|hadden|met)\s[^.;:]{1,80}?\saan boord(?!\s+van)(?![\p{L}])/u;
/** Verbs of buying: their subject owns what is bought; "from X" names the seller, not the owner. */
const BUY_VERBS =
  /(?<![\p{L}])(?:buy|buys|bought|buying|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|procur(?:e|es|ed|ing)|koopt|kopen|kocht|kochten|aangeschaft|aanschaffen|schaft\s(?:[^.]{0,40}?\s)?aan)(?![\p{L}])/u;
/** "a possible Foreign Military Sale to the Government of Poland of …": the buyer follows "to". */
const SALE_TO = /(?<![\p{L}])(?:sales?|sell|sells|sold|selling)\s+to\s+(?:the\s+)?$/u;
/** The United States' programme of sales to foreign governments: the seller is the United States. */
const FOREIGN_MILITARY_SALE = /foreign military sales?(?![\p{L}])|\bfms\b/u;

const QUANTITY_BEFORE =
  /(?:^|\s)(?:(ongeveer|circa|ca\.|ruim|bijna|zo'n|maximaal|hooguit|tot|about|around|some|approximately|nearly|almost|up to|more than|meer dan|over)\s+)?(\d{1,3}(?:[.,]\d{3})*|\d+|[a-z]+)(?:-(?:koppige?|strong|man|person|member))?\s+$/u;

/** Words a year follows ("in 2024 F-35s", "sinds januari 2023 Patriots"): a date, not a count. */
const YEAR_AFTER = new RegExp(
  `(?:^|\\s)(?:in|en|and|tot|to|tussen|between|sinds|since|van|from|until|vanaf|per|${Object.keys(MONTHS).join("|")})\\s*$`,
  "u",
);

function parseNumber(token: string): number | undefined {
  if (/^\d/.test(token)) {
    const n = Number(token.replace(/[.,](?=\d{3}\b)/g, ""));
    return Number.isFinite(n) ? n : undefined;
  }
  return NUMBER_WORDS[token];
}

/**
 * How an asset's owner was found (it names the rule `asset.owner-<by>`): a nationality or
 * organisation in the phrase, the subject of a verb of sending, the owner of the same kind named
 * earlier, the article's contributing country, or a ship's flag.
 */
export type OwnerBy =
  | "phrase"
  | "subject"
  | "earlier"
  | "article"
  | "flag"
  | "package"
  /** On board a ship ("Aan boord zijn … een NH90-helikopter"): the ship's flag state. */
  | "aboard"
  /** The state a company delivers to: it owns what it buys, the company provides it. */
  | "buyer"
  /**
   * The article's contributing country, for what a unit of it flies ("Merlin helicopters from 820
   * Naval Air Squadron"): the unit serves in the contribution, so the state provides it.
   */
  | "unit"
  /**
   * The state of the article's publisher (Defensie, the U.S. Department of Defense, the British
   * Ministry of Defence), for equipment the article names without any owner (ninth round).
   */
  | "publisher";

/**
 * Models of Russian, Soviet, Chinese, Iranian and North Korean families: a Western state's own
 * news never names them as its own equipment (`publisher`).
 */
const FOREIGN_FAMILY =
  /^(?:Su-|MiG-|Tu-|Il-|Ka-|Mi-|A-50|Shahed|Orlan|Lancet|S-[345]00|Pantsir|Buk|Tor-|Iskander|T-(?:64|72|80|90)|BMP-|BTR-|BM-21|TOS-|Tornado-S|Kalibr|Kinzhal|Kh-|Oreshnik|Zircon|KN-|DF-|J-\d|H-6|Mohajer|Kilo-|Borei-|Yasen-)/u;

export interface AssetMention {
  mention: Mention;
  record: EntityRecord;
  owner: EntityRecord;
  properties: Properties;
  ownerBy: OwnerBy;
  /**
   * Who contributes it, when not the owner its name gives: "Tornado GR4 aircraft of the Royal
   * Air Force" is the United Kingdom's Tornado, provided by the Royal Air Force.
   */
  provider?: EntityRecord;
}

/** Dates: "12 december", "1 January 2019", "december 2018", "2019-01-01". */
const DATE =
  "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[a-z]+(?:\\s+\\d{4})?|[a-z]+\\s+\\d{1,2}(?!\\d)(?:,\\s*\\d{4})?|[a-z]+\\s+\\d{4}|[a-z]+)";
const FROM = new RegExp(
  `(?<![\\p{L}])(?:vanaf|met ingang van|per|from|as of|starting|beginning|since|sinds)\\s+${DATE}`,
  "gu",
);
const UNTIL = new RegExp(
  `(?<![\\p{L}])(?:tot en met|t/m|tot|until|till|through|stopt in|stops in|ends in|eindigt in)\\s+${DATE}`,
  "gu",
);

export function parseDate(phrase: string, year?: number): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(phrase);
  if (iso) return phrase;
  const pad = (n: number) => String(n).padStart(2, "0");
  let m = /^(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?$/.exec(phrase);
  if (m && MONTHS[m[2]!]) {
    const y = m[3] ? Number(m[3]) : year;
    return y
      ? `${y}-${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`
      : `--${pad(MONTHS[m[2]!]!)}-${pad(Number(m[1]))}`;
  }
  m = /^([a-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(phrase);
  if (m && MONTHS[m[1]!]) {
    const y = m[3] ? Number(m[3]) : year;
    return y
      ? `${y}-${pad(MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`
      : `--${pad(MONTHS[m[1]!]!)}-${pad(Number(m[2]))}`;
  }
  m = /^([a-z]+)\s+(\d{4})$/.exec(phrase);
  if (m && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  if (MONTHS[phrase] && phrase.length > 3)
    return year ? `${year}-${pad(MONTHS[phrase]!)}` : `--${pad(MONTHS[phrase]!)}`;
  return undefined;
}

type Dates = { from?: string; until?: string };

/** The dates of a sentence, read once per sentence however many assets it names. */
const datesBySentence = new WeakMap<Doc, Map<number, Dates>>();

function sentenceDates(doc: Doc, index: number, year?: number): Dates {
  let byIndex = datesBySentence.get(doc);
  if (!byIndex) {
    byIndex = new Map();
    datesBySentence.set(doc, byIndex);
  }
  let dates = byIndex.get(index);
  if (!dates) {
    const sentence = doc.sentences[index]!;
    dates = datesIn(doc.folded.slice(sentence.start, sentence.end), year, doc.language);
    byIndex.set(index, dates);
  }
  return dates;
}

function datesIn(sentence: string, year?: number, language?: string): Dates {
  const out: { from?: string; until?: string } = {};
  // Dutch writes the day first ("2 januari"): in "vanaf januari 2 F-35's" the number counts.
  const phrase = (p: string) =>
    language === "nl" && /^[a-z]+\s+\d{1,2}$/u.test(p) ? p.split(/\s+/u)[0]! : p;
  FROM.lastIndex = 0;
  for (let m = FROM.exec(sentence); m !== null && !out.from; m = FROM.exec(sentence)) {
    const d = parseDate(phrase(m[1]!), year);
    if (d) out.from = d;
  }
  UNTIL.lastIndex = 0;
  for (let m = UNTIL.exec(sentence); m !== null && !out.until; m = UNTIL.exec(sentence)) {
    const d = parseDate(phrase(m[1]!), year);
    if (d) out.until = d;
  }
  return out;
}

const MAXIMUM =
  /(?<![\p{L}])(?:maximaal|hooguit|oplopen tot(?: maximaal)?|uitbreiden tot|up to|a maximum of|at most|rise to|increase to|grow to)\s+(\d{1,3}(?:[.,]\d{3})+|\d+|[a-z]+)(?![\p{L}\d])/u;
const MAXIMUM_HINT = anyOf([
  "maximaal",
  "hooguit",
  "oplopen tot",
  "uitbreiden tot",
  "up to",
  "a maximum of",
  "at most",
  "rise to",
  "increase to",
  "grow to",
]);
const ANAPHORIC_TOTAL =
  /^(?:hun|dit|dat|het totale|het|dat|their|the total|this|that|the number)\b/u;

const NOT_THE_EQUIPMENT =
  /^(?:['’]s)?[-\s](?:vliegers?|piloten|piloot|bemanning(?:en)?|programma|project|aankoop|order|deal|contract|onderhoud|productie|fabrikant|opleiding|simulator(?:en)?|munitie|motor(?:en)?|onderdelen|pilots?|program(?:me)?|purchase|maintenance|production|manufacturer|simulators?|munitions|engines?|parts|crews?)(?![\p{L}])/u;

/** A unit or group that measures what follows: "a company of", "een peloton van". */
const MEASURE_OF =
  /(?:^|\s)(?:company|companies|squadrons?|battery|batteries|detachments?|platoons?|flights?|fleets?|batch(?:es)?|pairs?|compagnie(?:s|ën)?|eskadrons?|batterij(?:en)?|detachementen|detachement|pelotons?|vloot)\s+(?:of|van|met)\s+$/u;

/**
 * A noun of sending before "of"/"van" ("the deployment of a THAAD battery", "Germany's delivery of
 * IRIS-T systems", "de inzet van twee F-35's"): what follows is what is sent, not what is
 * contributed to.
 */
const NOMINAL_SENDING =
  /(?:^|\s)(?:deployments?|dispatch|deliver(?:y|ies)|sending|shipments?|donations?|inzet|levering(?:en)?|uitzending|stationering|plaatsing)\s+(?:of|van)\s+(?:(?:de|het|een|the|an?)\s+)?$/u;
/**
 * A verb that decides, announces or starts what the noun of sending names ("approved the
 * deployment of", "kondigde de levering van … aan", "stemde in met de inzet van"), or a possessor
 * that sends ("Germany's delivery of"): not "welcomed the deployment of allied troops".
 */
const DECIDES_NOMINAL =
  /(?<![\p{L}])(?:announc(?:es|ed|ing|e)|approv(?:es|ed|ing|e)|authori[sz](?:es|ed|ing|e)|order(?:s|ed)|ordering|agreed (?:to|on)|decided on|confirm(?:s|ed)|start(?:s|ed)?|began|begins|begin|complet(?:es|ed|e)|completion|kondig(?:t|de|den)|aangekondigd|keur(?:t|de|den)|goedgekeurd|ingestemd met|stem(?:t|de|den) in met|besl(?:uit|oot|oten) tot|besloten tot|start(?:te|ten)?|begon(?:nen)?|begint|beginnen|voltooi(?:t|d|de))(?![\p{L}])/u;

function decidedSending(doc: Doc, sentenceStart: number, start: number): boolean {
  const head = doc.folded.slice(Math.max(sentenceStart, start - 40), start);
  const noun = NOMINAL_SENDING.exec(head);
  if (!noun) return false;
  const nounStart = head.length - noun[0].length + (noun[0].length - noun[0].trimStart().length);
  const before = head.slice(0, nounStart);
  if (/['’]s\s+$/u.test(before)) return true;
  return DECIDES_NOMINAL.test(
    doc.folded.slice(sentenceStart, Math.max(sentenceStart, start - 40)) + before,
  );
}

/**
 * "X ondersteunt Y met de levering van …", "X helps Y with the delivery of …": the subject of the
 * clause sends, not the one it helps.
 */
const WITH_NOMINAL_SENDING =
  /(?:^|\s)(?:with|met)\s+(?:the\s+|de\s+|het\s+)?(?:deployments?|dispatch|deliver(?:y|ies)|sending|shipments?|donations?|inzet|levering(?:en)?|uitzending|stationering)\s+(?:of|van)\s+(?:(?:de|het|een|the|an?)\s+)?$/u;

/** Personnel of the alliance or of other states, right after the noun (folded). */
const OF_OTHERS_AFTER =
  /^\s+(?:van|of|from)\s+(?:(?:het|de|the)\s+)?(?:bondgenootschap|alliantie|alliance|navo|nato|bondgenoten|allies|(?:other|andere)\s+(?:allies|bondgenoten|landen|countries|nations|navo-landen|nato\s+(?:allies|nations|members))|allied\s+nations|partnerlanden|partner\s+nations)(?![\p{L}-])/u;

/** A possessive pronoun right before the noun phrase: "its", "their", "haar", "hun", "zijn". */
const POSSESSIVE_BEFORE = /(?:^|\s)(?:its|their|haar|hun|zijn)\s+(?:(?:own|eigen)\s+)?$/u;
const MEASURE_KINDS = new Set(["company", "platoon", "squadron"]);
/** Units that measure the personnel named right after them ("a company of soldiers"). */
const PERSONNEL_MEASURES = new Set(["company", "platoon", "battalion", "detachment"]);
const PERSONNEL_MEASURE_GAP =
  /^\s+(?:(?:of|van)\s+)?(?:(?:about|around|some|roughly|approximately|ongeveer|circa|ruim|zo'n)\s+)?(?:[\d.,]+\s+|[a-z]+honderd\s+|honderd\s+)?$/u;
const MEASURE_GAP = /^\s+(?:of|van|met)\s+(?:[\p{L}\d]+\s+)?$/u;

/**
 * The gap between a model and its generic noun: nothing, a hyphen, one modifier ("anti-armor",
 * the name in "F-35B Lightning jets") or two or three lower-case ones ("E-7A Wedgetail airborne
 * early warning aircraft").
 */
const MODEL_THEN_NOUN =
  /^(?:['’]?s)?(?:[\s-]?|\s(?!(?:and|or|of|en|met|with|to|for|voor|from|van|in|at)\s)\p{L}[\p{L}\d-]+\s|\s(?:(?!(?:and|or|of|en|met|with|to|for|voor|from|van|in|at)\s)\p{Ll}[\p{Ll}-]+\s){2,3})$/u;

const COORDINATED = /^\s*(?:,\s*)?(?:(?:en|and|&)\s+)?(?:(?:de|het|the)\s+)?$/u;
const GOVERNED =
  /(?:^|\s)(?:aan|van|voor|met|in|tegen|to|of|for|with|against|by|door|bij|naar|from|vanuit|vanaf)\s+(?:de\s+|het\s+|the\s+)?$/u;

/**
 * ", which joined NATO in March," / ", dat sinds 2023 lid is," / ", based in Vilseck, Germany," —
 * closed relative clauses and participles of place (a place and its state may follow).
 */
const RELATIVE_CLAUSE =
  /,\s+(?:which|who|whose|die|dat|wiens|wier|based|stationed|headquartered|located|gevestigd|gelegerd|gestationeerd)\s[^,;:]*(?:,\s+\p{Lu}[^,;:]*)?,/giu;

/** The rest of a relative clause that is still open where the asset is named. */
/** Nouns of a sender's own will ("the decision by X to send"), not a request made of another. */
const AGENT_OF_NOUN =
  /(?:^|\s)(?:decision|plan|plans|offer|pledge|commitment|promise|besluit|voornemen|aanbod|toezegging)\s+(?:by|of|van)\s+(?:the\s+|de\s+|het\s+)?$/u;
const INFINITIVE_OF_SENDING =
  /^\s+(?:to\s+(?:send|deploy|dispatch|deliver|provide|station|contribute)|om\s[^.;]*\s(?:te\s+(?:sturen|leveren|zenden|stationeren|plaatsen)|in\s+te\s+zetten))(?![\p{L}])/u;
const RELATIVE_HEAD = /^,\s+(?:which|who|that|die|dat)\s[^,;:]*$/u;

function relativeClauses(text: string, offset: number): [number, number][] {
  if (!text.includes(",")) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(RELATIVE_CLAUSE))
    spans.push([offset + m.index, offset + m.index + m[0].length]);
  return spans;
}

/** The states and organisations named in [from, to), outside other names, in text order. */
function actorsBetween(mentions: readonly Mention[], from: number, to: number): Mention[] {
  return mentions
    .filter(
      (m) =>
        (m.type === "Country" || m.type === "Organisation") &&
        !m.nested &&
        m.start >= from &&
        m.end <= to,
    )
    .sort((a, b) => a.start - b.start);
}

/** The owner candidates a verb of sending has: its subject and whatever is coordinated with it. */
function sendingSubjects(
  doc: Doc,
  mentions: readonly Mention[],
  sentenceStart: number,
  before: number,
): Mention[] {
  const candidates = actorsBetween(mentions, sentenceStart, before);
  // A name qualifying a compound ("Als NAVO-bondgenoot wil het land …") is no subject, nor is a
  // name inside a relative clause ("Sweden, which joined NATO in March, sent …").
  const relative = relativeClauses(doc.text.slice(sentenceStart, before), sentenceStart);
  // "the Polish Air Force, which had flown F-16 fighters": the clause's head is its subject.
  const head = candidates.findLast((m) => RELATIVE_HEAD.test(doc.folded.slice(m.end, before)));
  if (head) return [head];
  // "the decision by Canada to send 1,200 soldiers", "het besluit van Duitsland om … te sturen":
  // the agent of a noun before an infinitive of sending is its subject.
  const agent = candidates.findLast(
    (m) =>
      AGENT_OF_NOUN.test(doc.folded.slice(Math.max(sentenceStart, m.start - 24), m.start)) &&
      INFINITIVE_OF_SENDING.test(doc.folded.slice(m.end, m.end + 120)),
  );
  if (agent) return [agent];
  const plain = candidates.filter(
    (m) =>
      !GOVERNED.test(doc.folded.slice(Math.max(sentenceStart, m.start - 12), m.start)) &&
      !/^-\p{Ll}/u.test(doc.text.slice(m.end, m.end + 2)) &&
      !relative.some(([from, to]) => m.start >= from && m.end <= to),
  );
  const subject = plain[plain.length - 1];
  if (!subject) return [];
  const group = [subject];
  for (let i = candidates.indexOf(subject) - 1; i >= 0; i--) {
    const m = candidates[i]!;
    if (!COORDINATED.test(doc.folded.slice(m.end, group[0]!.start))) break;
    group.unshift(m);
  }
  return group;
}

/**
 * The subject a clause opens with (and those coordinated with it), for a sentence whose last
 * name is the one helped: "Denemarken en Noorwegen steunen Oekraïne met de levering van …".
 */
function firstSubjects(
  doc: Doc,
  mentions: readonly Mention[],
  sentenceStart: number,
  before: number,
): Mention[] {
  const candidates = actorsBetween(mentions, sentenceStart, before).filter(
    (m) => !GOVERNED.test(doc.folded.slice(Math.max(sentenceStart, m.start - 12), m.start)),
  );
  const first = candidates[0];
  if (!first) return [];
  const group = [first];
  for (const m of candidates.slice(1)) {
    if (!COORDINATED.test(doc.folded.slice(group[group.length - 1]!.end, m.start))) break;
    group.push(m);
  }
  return group;
}

/**
 * Assets from their nouns: "4 Nederlandse F-16's", "2 militaire adviseurs", "about 600 NATO
 * personnel", "een 120-koppig detachement", "3 Chinook-transporthelikopters" (one asset). The owner
 * is the nationality or organisation inside the phrase, else the subject of a verb of sending in
 * the same sentence (each of "Denemarken, Canada en Italië" when coordinated), else the owner of
 * the same kind already named in the article, else, when a number and a verb of sending make it a
 * real contribution, the article's contributing country. A bare noun ("Ukrainian soldiers" being
 * trained) is no asset: it needs a number or a verb of sending.
 */
export function recogniseAssets(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  cues: AssetCue[],
  year?: number,
  home?: EntityRecord,
): { assets: AssetMention[]; findings: Finding[] } {
  const assets: AssetMention[] = [];
  // Equipment no phrase, sender or earlier asset gives an owner (`publisher`, ninth round).
  const pendingHome: PendingAsset[] = [];
  const pendingFallback: PendingAsset[] = [];
  /** The asset of a pending item once its owner is known (both fallbacks below). */
  const pendingAsset = (item: PendingAsset, owner: EntityRecord, by: OwnerBy): AssetMention => {
    const properties: Properties = {};
    if (item.quantity !== undefined) properties.quantity = item.quantity;
    return makeAsset(
      doc,
      registry,
      mentions,
      item.cue,
      item.start,
      owner,
      by,
      properties,
      item.sentence,
      year,
    );
  };
  const sorted = joinAmmunitionFor(
    doc,
    joinModelNouns(
      doc,
      withUnknownModels(
        doc,
        mentions,
        [...cues].sort((a, b) => a.start - b.start),
      ),
    ),
  );
  // Cues by their start, so a look at "the cue right after here" is one lookup, not a scan of
  // every cue (a scan per cue made a text of thousands of cues take time in their square).
  const cuesAt = cuesByStart(sorted);
  // "sends 4 Boeing CH-47 Chinooks": a manufacturer naming a model is neither owner nor sender.
  const manufacturers = new Set(
    mentions.filter(
      (m) =>
        registry.get(m.key)?.kb?.kind === "company" &&
        (cuesAt.get(afterSpacesAndHyphens(doc.text, m.end)) ?? []).some((c) => c.equipment),
    ),
  );
  const aidPackage = sorted.length > 0 ? packageOf(doc, mentions, registry) : undefined;
  const suppliers: { supplier: EntityRecord; cue: AssetCue; sentence: number }[] = [];
  const recipientAfter = (d: Doc, ms: MentionSet, from: number, to: number) => {
    const tail = d.folded.slice(from, Math.min(to, from + 80));
    const link = /^[^.;]*?\s(?:to|aan)\s+(?:(?:de|het|the)\s+)?$/u;
    const found = ms
      .overlapping(from, Math.min(to, from + 80))
      .filter((m) => m.type === "Country" && !m.nested && m.start >= from)
      .sort((a, b) => a.start - b.start)
      .find((m) => link.test(tail.slice(0, m.start - from)));
    return found ? registry.get(found.key) : undefined;
  };
  // The seller of an article about a Foreign Military Sale: the United States, when it names them.
  let fmsSeller: EntityRecord | null | undefined;
  const foreignMilitarySeller = () => {
    if (fmsSeller === undefined) {
      fmsSeller = null;
      if (FOREIGN_MILITARY_SALE.test(doc.folded)) {
        const us = mentions.find(
          (m) =>
            m.type === "Country" && (registry.get(m.key)?.kb as { iso2?: string })?.iso2 === "US",
        );
        if (us) fmsSeller = registry.get(us.key) ?? null;
      }
    }
    return fmsSeller ?? undefined;
  };
  let previous: AssetMention[] = [];
  let previousCue: AssetCue | undefined;
  // The article's named ships, collected once and only for a sentence that says "aan boord".
  let shipMentions: Mention[] | undefined;
  // What the loop asks of the assets found so far, kept as they are found (linear cost): their
  // names, and per model or kind the first owner and all owners.
  const assetNames = new Set<string>();
  // Who provided an asset named after its state ("the Tornados of the Royal Air Force"): a
  // later reference to the kind keeps that provider.
  const earlierProviders = new Map<string, EntityRecord>();
  const ownersOfKind = new Map<string, { first: EntityRecord; keys: Set<string> }>();
  const remember = (found: readonly AssetMention[]) => {
    for (const a of found) {
      assetNames.add(a.record.name);
      const { model, kind: noun } = a.record.properties;
      for (const k of new Set([model, noun])) {
        if (typeof k !== "string") continue;
        const entry = ownersOfKind.get(k);
        if (entry) entry.keys.add(a.owner.key);
        else ownersOfKind.set(k, { first: a.owner, keys: new Set([a.owner.key]) });
      }
    }
  };
  const intros = new Map<number, { start: number; end: number } | undefined>();
  // "3 militairen als adviseur": the task noun after generic personnel names them (tenth round).
  const roles = new Set<AssetCue>();
  for (const listed of sorted) {
    if (roles.has(listed)) continue;
    const role = roleAfter(doc, listed, cuesAt);
    if (role) roles.add(role);
    const cue: AssetCue = role
      ? { ...listed, assetKind: role.assetKind!, role: doc.text.slice(role.start, role.end) }
      : listed;
    const sentenceIndex = sentenceIndexAt(doc, cue.start);
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) continue;
    // "F-35 fighter jets", "Chinook-transporthelikopters", "Javelin anti-armor missiles": a
    // generic noun after a model (with at most one modifier) is that model.
    if (
      cue.assetKind &&
      previousCue?.equipment &&
      MODEL_THEN_NOUN.test(doc.text.slice(previousCue.end, cue.start))
    ) {
      for (const asset of previous) {
        // The model's own words stay a name of it too ("E-7A Wedgetail").
        asset.record.aliases.add(doc.text.slice(asset.mention.start, asset.mention.end));
        asset.record.aliases.add(doc.text.slice(previousCue.start, cue.end));
        mentions.setEnd(asset.mention, cue.end);
      }
      previousCue = { ...previousCue, end: cue.end };
      continue;
    }
    // "a company of Leopard 2E tanks", "een peloton van vier CV90's": the unit measures the
    // equipment after it; the equipment is the asset.
    if (
      cue.assetKind &&
      MEASURE_KINDS.has(cue.assetKind.name) &&
      cuesWithin(cuesAt, cue.end + 1, cue.end + 24).some(
        (c) =>
          c.equipment &&
          MEASURE_GAP.test(doc.folded.slice(cue.end, Math.min(c.start, cue.end + 24))),
      )
    )
      continue;
    // "a company of soldiers", "een compagnie mariniers", "a battalion of 400 troops": the unit
    // measures the personnel after it; the personnel is the one contingent.
    if (
      cue.assetKind &&
      PERSONNEL_MEASURES.has(cue.assetKind.name) &&
      cuesWithin(cuesAt, cue.end + 1, cue.end + 32).some(
        (c) =>
          c.assetKind?.category === "PERSONNEL" &&
          PERSONNEL_MEASURE_GAP.test(doc.folded.slice(cue.end, Math.min(c.start, cue.end + 32))),
      )
    )
      continue;
    // "Celso Amorim, de adviseur van president Lula", "adviser to the minister": an office.
    if (
      cue.assetKind &&
      OFFICE_NOUN.test(doc.folded.slice(cue.start, cue.end)) &&
      /^\s+(?:van|of|to)\s/u.test(doc.folded.slice(cue.end, cue.end + 5))
    )
      continue;
    // "F-35-vliegers", "F-35 pilots", "het F-35-programma": the model qualifies something else.
    if (cue.equipment && NOT_THE_EQUIPMENT.test(doc.folded.slice(cue.end, cue.end + 16))) continue;
    const kind = cue.equipment?.model ?? cue.assetKind!.name;
    const category = cue.equipment?.category ?? cue.assetKind!.category;
    const sentenceText = doc.folded.slice(sentence.start, sentence.end);
    // A bulleted list after "Het ging om:" / "This includes:" continues the sentence of sending
    // before it: its items are what was sent.
    if (!intros.has(sentenceIndex))
      intros.set(
        sentenceIndex,
        listIntro(doc, sentenceIndex) ?? continuedSending(doc, sentenceIndex),
      );
    const intro = intros.get(sentenceIndex);
    // A ship is not on board a ship: its class noun ("commandofregat met … aan boord") is no cargo.
    const aboard =
      doc.language === "nl" &&
      category !== "SHIP" &&
      category !== "SUBMARINE" &&
      ABOARD.test(sentenceText);
    const sending =
      PROVIDE_VERBS.test(sentenceText) ||
      intro !== undefined ||
      POSSESS_VERBS.test(sentenceText) ||
      aboard;
    // The noun phrase before the noun: quantity, nationality or organisation, modifiers.
    let start = cue.start;
    let owner: EntityRecord | undefined;
    let ownerMention: Mention | undefined;
    let coOwners: Mention[] = [];
    const properties: Properties = {};
    for (let guard = 0; guard < 4; guard++) {
      // Only a mention ending one or two spaces (after a possessive) before `start` can qualify.
      const before = mentions.overlapping(start - 10, start).find(
        (m) =>
          (m.type === "Country" || m.type === "Organisation") &&
          !manufacturers.has(m) &&
          m.end <= start &&
          m.start >= sentence.start &&
          // "Poland's F-16s", "the Royal Navy's F-35B jets", "the Royal Air Force's own P-8
          // fleet": a possessor owns what it has.
          /^(?:['’]s(?:\s+own)?)?\s{1,2}$/u.test(doc.text.slice(m.end, start)),
      );
      if (before && !owner) {
        owner = registry.get(before.key);
        ownerMention = before;
        start = before.start;
        // "American, British and Romanian soldiers", "Dutch and Belgian F-16s": coordinated
        // nationalities share the noun, and a quantity before them counts the whole.
        coOwners = coordinatedAdjectives(doc, mentions, before, sentence.start);
        if (coOwners.length > 0) start = coOwners[coOwners.length - 1]!.start;
        continue;
      }
      const head = doc.folded.slice(sentence.start, start);
      const quantity = QUANTITY_BEFORE.exec(head);
      if (quantity && properties.quantity === undefined && properties.maxQuantity === undefined) {
        const n = parseNumber(quantity[2]!);
        // "tussen 2014 en 2019 Chinooks", "in 2024 F-35s": a year after a word of time is a date.
        const year =
          /^(?:19|20)\d\d$/.test(quantity[2]!) &&
          YEAR_AFTER.test(
            head.slice(0, quantity.index + quantity[0].length - quantity[0].trimStart().length),
          );
        if (n !== undefined && n > 0 && n < 1_000_000 && !year) {
          const qualifier = quantity[1];
          if (qualifier && /maximaal|hooguit|up to|tot/.test(qualifier)) properties.maxQuantity = n;
          else properties.quantity = n;
          start =
            sentence.start + quantity.index + (quantity[0].length - quantity[0].trimStart().length);
          continue;
        }
      }
      // Adjectives: Dutch inflected -e ("militaire"), English -al/-ary/-ic/-ive ("additional").
      const modifier =
        doc.language === "nl"
          ? /(?:^|\s)(\p{Ll}+e|extra)\s+$/u.exec(head)
          : /(?:^|\s)(\p{Ll}+(?:al|ary|ic|ive)|armed|unmanned|trained|additional|extra|new|more)\s+$/u.exec(
              head,
            );
      if (
        modifier &&
        !/^(?:de|die|deze|ze|we|je|twee|drie|negen|elke|welke|alle|andere|the|are|were|have|more|these|those|some|here|there|where|extra)$/.test(
          modifier[1]!,
        )
      ) {
        start =
          sentence.start + modifier.index + (modifier[0].length - modifier[0].trimStart().length);
        continue;
      }
      break;
    }
    const counted = properties.quantity !== undefined || properties.maxQuantity !== undefined;
    // "een fregat en een patrouillevliegtuig van Frankrijk", "soldiers from the United States,
    // United Kingdom and Romania": the owners named after the noun.
    const found = ownersAfter(doc, mentions, cue, cuesAt, (m) => isStateForce(registry.get(m.key)));
    const link = found.link;
    // "about 9,000 personnel from Belgium, Bulgaria, Denmark, Estonia, …", "Instructors from
    // Australia, Canada, Denmark and Finland": personnel, or a count, shared by four or more
    // states is the total of those taking part, not what each one sends (three still share:
    // "soldiers from the United States, United Kingdom and Romania").
    if (
      found.owners.length >= 4 &&
      found.owners.every((m) => m.type === "Country") &&
      (category === "PERSONNEL" || counted)
    )
      continue;
    // "Amerikaanse F-15's van de 48th Fighter Wing", "Nederlandse F-16's van de Koninklijke
    // Marine": a unit or service after the noun flies what the nationality before it names (the
    // service may provide it, frames); it takes the owner away only from a bare noun.
    const after =
      owner &&
      found.owners.every((m) =>
        owner!.type === "Country"
          ? m.type === "Organisation"
          : isStatelessUnit(registry.get(m.key)!),
      )
        ? []
        : found.owners;
    if (after.length > 0 && owner) {
      // "Battle Group Poland soldiers from the United States": the explicit origin wins, and the
      // name before the noun is no part of the asset's phrase.
      start = Math.max(start, ownerMention!.end);
      while (/\s/u.test(doc.text[start] ?? "")) start++;
      owner = undefined;
      ownerMention = undefined;
      coOwners = [];
    }
    // "Australia will acquire three Virginia-class submarines from the United States", "it has
    // bought HIMARS launchers from Lockheed Martin", "a possible Foreign Military Sale to the
    // Government of Poland of AH-64E Apache helicopters": the buyer owns what it buys; the seller
    // (named after "from", else the United States in a Foreign Military Sale) provides it.
    let sold: { record: EntityRecord; by: OwnerBy }[] | undefined;
    if (!owner) {
      const before = mentions
        .overlapping(sentence.start, cue.start)
        .filter((m) => !manufacturers.has(m) && !after.includes(m));
      let buyers: Mention[] = [];
      if (BUY_VERBS.test(sentenceText))
        buyers = sendingSubjects(doc, before, sentence.start, cue.start);
      if (buyers.length === 0 && /sale|sell|sold/u.test(sentenceText)) {
        const buyer = before
          .filter((m) => (m.type === "Country" || m.type === "Organisation") && !m.nested)
          .sort((a, b) => b.start - a.start)
          .find((m) =>
            SALE_TO.test(doc.folded.slice(Math.max(sentence.start, m.start - 16), m.start)),
          );
        if (buyer) buyers = [buyer];
      }
      if (buyers.length > 0) {
        const sellers = after.map((m) => registry.get(m.key)!);
        if (sellers.length === 0) {
          const us = foreignMilitarySeller();
          if (us) sellers.push(us);
        }
        const buyerKeys = new Set(
          buyers.map((m) => stateOf(registry.get(m.key)!, registry, mentions).key),
        );
        if (sellers.every((x) => !buyerKeys.has(x.key))) {
          sold = buyers.map((m) => ({ record: registry.get(m.key)!, by: "buyer" as const }));
          for (const seller of sellers)
            suppliers.push({ supplier: seller, cue, sentence: sentenceIndex });
        }
      }
    }
    // "dragen bij aan de battlegroup": what is contributed to is no contribution.
    if (
      !counted &&
      !owner &&
      !sold &&
      after.length === 0 &&
      /(?:^|\s)(?:aan|voor|van|bij|naar|in|op|to|for|of|at|into)\s+(?:(?:de|het|een|the|an?)\s+)?$/u.test(
        doc.folded.slice(Math.max(sentence.start, start - 20), start),
      ) &&
      // "a company of Leopard 2E tanks", "een peloton van vier CV90's": a measure of the asset.
      !MEASURE_OF.test(doc.folded.slice(Math.max(sentence.start, start - 30), start)) &&
      !decidedSending(doc, sentence.start, start)
    ) {
      continue;
    }
    // "militaire adviseurs en trainers": a personnel noun joined to the previous one without its own
    // number or owner is the same contingent.
    const last = previous[0];
    if (
      last &&
      !previousCue?.sharedHead &&
      !owner &&
      !counted &&
      category === "PERSONNEL" &&
      last.record.properties.category === "PERSONNEL" &&
      /^\s+(?:en|and|&)\s+$/.test(doc.folded.slice(last.mention.end, start))
    ) {
      for (const asset of previous) {
        asset.record.aliases.add(doc.text.slice(cue.start, cue.end));
        mentions.setEnd(asset.mention, cue.end);
      }
      continue;
    }
    let owners: { record: EntityRecord; by: OwnerBy }[] = [];
    if (sold) {
      owners = sold;
    } else if (owner) {
      const known = [owner!, ...coOwners.map((m) => registry.get(m.key)!)].some((o) =>
        assetNames.has(assetName(kind, o.name)),
      );
      // A nationality and a model ("Dutch F-35s") name an asset; a nationality and a generic noun
      // ("Ukrainian soldiers" being trained) only where something is counted or sent.
      if (
        (counted ||
          sending ||
          known ||
          cue.equipment ||
          instructs(doc, mentions, category, sentence.start, start, cue.end) ||
          serves(doc, registry, mentions, category, cue.end) ||
          ROTATION_OF.test(doc.folded.slice(Math.max(sentence.start, start - 24), start)) ||
          (ownedByName(category, kind) && !describesOther(doc, cue.end))) &&
        // "voor de opleiding van Oekraïense piloten", "the training of Ukrainian soldiers": the
        // trainees of a sentence of sending are not what is sent.
        !(
          category === "PERSONNEL" &&
          !counted &&
          TRAINEES_OF.test(doc.folded.slice(Math.max(sentence.start, start - 30), start))
        )
      ) {
        owners = [{ record: owner, by: "phrase" }];
        ownerMention!.nested = true;
        for (const other of coOwners) {
          if (owners.some((o) => o.record.key === other.key)) continue;
          owners.unshift({ record: registry.get(other.key)!, by: "phrase" });
          other.nested = true;
        }
      }
    } else if (
      after.length > 0 &&
      category !== "PERSONNEL" &&
      after.every((m) => isStatelessUnit(registry.get(m.key)!))
    ) {
      // "Merlin helicopters from 820 Naval Air Squadron": a unit flies them, its state owns them:
      // the subject of the verb of sending ("Germany deployed eight Eurofighters and 200 airmen
      // from Tactical Air Wing 74"), else the article's contributing country.
      const senders = sending
        ? sendingSubjects(
            doc,
            mentions.overlapping(sentence.start, cue.start).filter((m) => !manufacturers.has(m)),
            sentence.start,
            cue.start,
          ).filter((m) => m.type === "Country")
        : [];
      if (senders.length > 0) {
        owners = senders.map((m) => ({ record: registry.get(m.key)!, by: "subject" as const }));
      } else {
        const item: PendingAsset = {
          cue,
          start,
          sentence: sentenceIndex,
          unit: true,
        };
        if (properties.quantity !== undefined) item.quantity = properties.quantity as number;
        pendingFallback.push(item);
        continue;
      }
    } else if (after.length > 0) {
      owners = after.map((m) => ({ record: registry.get(m.key)!, by: "phrase" }));
    } else if (sending) {
      // Only mentions in the span can be its subjects: the index, not a scan of the article.
      const subjects = mentions
        .overlapping(sentence.start, cue.start)
        .filter((m) => !manufacturers.has(m));
      // "Nederland ondersteunt Oekraïne met de levering van 18 F-16's": the clause's subject
      // sends; the state helped is no sender.
      const helped = WITH_NOMINAL_SENDING.test(
        doc.folded.slice(Math.max(sentence.start, start - 40), start),
      );
      owners = (
        helped
          ? firstSubjects(doc, subjects, sentence.start, cue.start)
          : sendingSubjects(doc, subjects, sentence.start, cue.start)
      ).map((m) => ({
        record: registry.get(m.key)!,
        by: "subject",
      }));
      // "The Ford Carrier Strike Group, on its first deployment, includes the cruiser …": a
      // group or unit the text names without its state owns nothing; the article's contributing
      // state does (as for "Merlin helicopters from 820 Naval Air Squadron").
      if (owners.length > 0 && owners.every((o) => isStatelessUnit(o.record))) {
        const item: PendingAsset = {
          cue,
          start,
          sentence: sentenceIndex,
          unit: true,
        };
        if (properties.quantity !== undefined) item.quantity = properties.quantity as number;
        pendingFallback.push(item);
        continue;
      }
      // "Lockheed Martin will deliver 24 F-35s to Poland": a company sells; the state it
      // delivers to owns what it buys, and the company provides it.
      if (owners.length > 0 && owners.every((o) => o.record.kb?.kind === "company")) {
        const buyer = recipientAfter(doc, mentions, cue.end, sentence.end);
        if (buyer) {
          for (const o of owners)
            suppliers.push({ supplier: o.record, cue, sentence: sentenceIndex });
          owners = [{ record: buyer, by: "buyer" }];
        }
      }
    }
    // "the Japan Ground Self-Defense Force fired its Type 12 missile", "de Slowaakse luchtmacht,
    // die haar verouderde S-300-systeem heeft overgedragen": a possessive pronoun's antecedent, the
    // clause's subject (a state or a state's armed force), owns the equipment.
    if (
      owners.length === 0 &&
      !owner &&
      !sold &&
      after.length === 0 &&
      cue.equipment &&
      POSSESSIVE_BEFORE.test(doc.folded.slice(Math.max(sentence.start, start - 16), start))
    ) {
      owners = sendingSubjects(
        doc,
        mentions.overlapping(sentence.start, cue.start).filter((m) => !manufacturers.has(m)),
        sentence.start,
        start,
      )
        .map((m) => {
          const r = registry.get(m.key)!;
          const country = r.properties.country ?? /\(([^()]+)\)$/u.exec(r.name)?.[1];
          // "Air Force (Slovakia)": a service the text names by its state.
          if (r.type === "Organisation" && typeof country === "string")
            return mentions
              .map((x) => registry.get(x.key))
              .find((x) => x?.type === "Country" && x.name === country);
          return r.type === "Country" || isStateForce(r) ? r : undefined;
        })
        .filter((r): r is EntityRecord => r !== undefined)
        .map((record) => ({ record, by: "subject" as const }));
    }
    if (owners.length === 0 && !owner && intro !== undefined) {
      const subjects = mentions
        .overlapping(intro.start, intro.end)
        .filter((m) => !manufacturers.has(m));
      owners = sendingSubjects(doc, subjects, intro.start, intro.end).map((m) => ({
        record: registry.get(m.key)!,
        by: "subject",
      }));
      // "Nederland leverde 230 militairen": the sender may already own what the intro counted.
      if (owners.length === 0) {
        const sent = assets.filter(
          (a) => a.mention.start >= intro.start && a.mention.start < intro.end,
        );
        const keys = new Set(sent.map((a) => a.owner.key));
        if (keys.size === 1) owners = [{ record: sent[0]!.owner, by: "subject" }];
      }
    }
    if (owners.length === 0 && !owner && aidPackage?.sentences.has(sentenceIndex)) {
      owners = [{ record: aidPackage.owner, by: "package" }];
    }
    // What is on board a ship is sent by the state whose flag it flies.
    if (owners.length === 0 && !owner && aboard) {
      shipMentions ??= mentions.filter((m) => m.type === "Asset" && m.via === "ship");
      const flag = shipFlagBefore(registry, shipMentions, cue.start);
      if (flag) owners = [{ record: flag, by: "aboard" }];
    }
    // "extra militairen van het bondgenootschap", "troops of other allies" (thirteenth round):
    // personnel of the alliance or of others are not the contingent the article named before.
    if (
      owners.length === 0 &&
      !owner &&
      !OF_OTHERS_AFTER.test(doc.folded.slice(cue.end, cue.end + 40))
    ) {
      const sameKind = ownersOfKind.get(kind);
      if (sameKind?.keys.size === 1) owners = [{ record: sameKind.first, by: "earlier" }];
    }
    if (owners.length === 0) {
      if (counted && sending && !owner) {
        const item: PendingAsset = { cue, start, sentence: sentenceIndex };
        if (properties.quantity !== undefined) item.quantity = properties.quantity as number;
        pendingFallback.push(item);
      } else if (
        home &&
        !owner &&
        cue.equipment &&
        // A class describes a named ship ("the Type 23 frigate HMS X"); it is no asset of its own.
        !cue.equipment.class &&
        cue.equipment.category !== "SHIP" &&
        !FOREIGN_FAMILY.test(cue.equipment.model)
      ) {
        const item: PendingAsset = { cue, start, sentence: sentenceIndex };
        if (properties.quantity !== undefined) item.quantity = properties.quantity as number;
        pendingHome.push(item);
      } else if (
        home &&
        !owner &&
        homeForces(
          doc,
          mentions,
          cue,
          category,
          kind,
          properties.quantity as number | undefined,
          sentence.start,
          start,
        )
      ) {
        const item: PendingAsset = { cue, start, sentence: sentenceIndex };
        if (properties.quantity !== undefined) item.quantity = properties.quantity as number;
        pendingHome.push(item);
      }
      continue;
    }
    // A state's government, ministry or armed forces sends on behalf of the state, when the
    // article names the state.
    // An organisation named after the noun ("patrouillevliegtuigen van de Amerikaanse kustwacht")
    // is the owner the sentence gives; it stays the owner.
    // An owner taken from an earlier asset was decided there.
    const named = new Set(after.map((m) => m.key));
    const providers = new Map<string, EntityRecord>();
    owners = owners.map((o) => {
      // "patrouillevliegtuigen van de Amerikaanse kustwacht en de ‘Customs and Border
      // Protection’": a state's agency too names its equipment by the state.
      const agency =
        named.has(o.record.key) && category !== "PERSONNEL" && o.record.kb?.kind === "agency";
      if (o.by === "earlier") {
        const provider = earlierProviders.get(assetName(kind, o.record.name));
        if (provider) providers.set(o.record.key, provider);
        return o;
      }
      if (named.has(o.record.key) && !isStateForce(o.record) && !agency) return o;
      const state = agency
        ? stateOf(o.record, registry, mentions, true)
        : stateOf(o.record, registry, mentions);
      // "de Tornado's van de Luftwaffe": equipment a state's armed force is named with is the
      // state's, and the force provides it; its personnel the state provides.
      if (named.has(o.record.key) && category !== "PERSONNEL" && state.key !== o.record.key)
        providers.set(state.key, o.record);
      return { ...o, record: state };
    });
    previous = owners.map(({ record, by }) => {
      const asset = makeAsset(
        doc,
        registry,
        mentions,
        cue,
        start,
        record,
        by,
        { ...properties },
        sentenceIndex,
        year,
      );
      const provider = providers.get(record.key);
      if (provider) {
        asset.provider = provider;
        earlierProviders.set(asset.record.name, provider);
      }
      return asset;
    });
    // "fregat van Frankrijk": the noun with its owner is a surface form of the asset.
    for (const asset of previous) {
      const named = after.find((m) => m.key === asset.owner.key);
      if (named)
        asset.record.aliases.add(
          `${doc.text.slice(cue.start, cue.end)} ${link} ${doc.text.slice(named.start, named.end)}`,
        );
    }
    previousCue = cue;
    assets.push(...previous);
    remember(previous);
  }
  // The contributing country of the article: the one that owns most of what it sends.
  if (pendingFallback.length > 0) {
    const counts = new Map<string, number>();
    for (const a of assets)
      if (a.owner.type === "Country") counts.set(a.owner.key, (counts.get(a.owner.key) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const best = ranked[0] && (!ranked[1] || ranked[1][1] < ranked[0][1]) ? ranked[0] : undefined;
    const owner = best ? registry.get(best[0]) : undefined;
    if (owner) {
      for (const item of pendingFallback)
        assets.push(pendingAsset(item, owner, item.unit ? "unit" : "article"));
    }
  }
  // A state's own defence news names its own equipment without saying whose it is ("Acht F-35's
  // van vliegbasis Leeuwarden naar Polen" from Defensie, "F-35A aircraft arrived" from the U.S.
  // Air Force): a model no asset of the article owns is the publisher's state's.
  // Not in an article about other states' equipment ("the F-16s Ukraine receives"): there an
  // unowned model may be anyone's.
  // Its own forces (personnel and units, tenth round) likewise, where no other state owns an asset
  // (its own services may: "het helikopterdetachement van de luchtmacht").
  const onlyHome = home !== undefined && assets.every((a) => a.owner.key === home.key);
  const noOtherState =
    home !== undefined &&
    assets.every((a) => a.owner.key === home.key || a.owner.type !== "Country");
  if (home && pendingHome.length > 0 && noOtherState) {
    const owned = new Set<string>();
    for (const a of assets) {
      const model = a.record.properties.model;
      if (typeof model === "string") owned.add(model);
    }
    for (const item of pendingHome) {
      if (item.cue.equipment ? !onlyHome || owned.has(item.cue.equipment.model) : false) continue;
      assets.push(pendingAsset(item, home, "publisher"));
    }
  }
  const findings: Finding[] = [];
  for (const { supplier, cue, sentence } of suppliers) {
    const asset = assets.find((a) => a.mention.start <= cue.start && a.mention.end >= cue.end);
    if (!asset) continue;
    findings.push({
      type: "PROVIDES",
      source: supplier.key,
      target: asset.record.key,
      rule: "asset.supplier",
      confidence: 0.75,
      sentence,
      properties: { ...asset.properties, kind: "delivery" },
    });
  }
  for (const asset of assets) {
    // An owner guessed from the article as a whole names the asset but states no contribution;
    // a buyer is provided with it.
    if (asset.ownerBy === "article" || asset.ownerBy === "buyer") continue;
    findings.push({
      type: "PROVIDES",
      source: (asset.provider ?? asset.owner).key,
      target: asset.record.key,
      rule: `asset.owner-${asset.ownerBy}`,
      confidence: asset.ownerBy === "phrase" || asset.ownerBy === "subject" ? 0.85 : 0.65,
      sentence: sentenceIndexAt(doc, asset.mention.start),
      properties: asset.properties,
    });
  }
  return { assets, findings };
}

/** A model designation before a hyphen: capitals, then digits ("KDC-10", "C-390", "A400M"). */
const MODEL_BEFORE_NOUN = /(?:^|[^\p{L}\p{N}-])(\p{Lu}{1,4}-?\d{1,4}\p{Lu}?)-$/u;

/** Categories whose generic noun a model's name may stand before ("Pizarro infantry fighting vehicles"). */
const NAMED_MODEL_KINDS = new Set(["VEHICLE", "ARTILLERY", "AIR_DEFENCE", "HELICOPTER", "DRONE"]);
/** One capitalised word, or a designation with digits, right before the noun. */
const NAME_BEFORE_NOUN = /(?:^|[\s(])((?:\p{Lu}[\p{Ll}]{2,}|\p{Lu}[\p{L}]*-?\d[\p{L}\d-]*))\s$/u;
/** The word before such a name: no capitalised word (else it ends an organisation's name). */
const BEFORE_NAME = /(?:^|[\s,(])(?:\p{Ll}[\p{Ll}-]*|\d[\d.,]*)\s+$/u;
/** Capitalised words that are no model: services, directions, makes and eras. */
const NOT_A_MODEL =
  /^(?:Army|Navy|Force|Forces|Corps|Guard|Guards|Marine|Marines|Air|Coast|Allied|Western|Eastern|Northern|Southern|Soviet|Modern|New|Heavy|Light|Extra|Additional|National|Royal|Defence|Defense|Defensie|Landmacht|Luchtmacht|Marechaussee|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * "Leopard 2E main battle tanks and Pizarro infantry fighting vehicles", "two Caracal vehicles":
 * a capitalised word right before a generic noun of a category with models, which no dictionary
 * names, is a model when a number counts it or the sentence names a known model too.
 */
function namedModelBefore(
  doc: Doc,
  mentions: MentionSet,
  modelSentences: ReadonlySet<number>,
  cue: AssetCue,
): { start: number; end: number } | undefined {
  const head = doc.text.slice(Math.max(0, cue.start - 40), cue.start);
  const name = NAME_BEFORE_NOUN.exec(head);
  if (!name || NOT_A_MODEL.test(name[1]!)) return undefined;
  const end = cue.start - 1;
  const start = end - name[1]!.length;
  const before = doc.text.slice(Math.max(0, start - 30), start);
  if (!BEFORE_NAME.test(before)) return undefined;
  if (mentionsNear(mentions, start, end).some((x) => x.start < end && start < x.end))
    return undefined;
  const counted =
    /(?:^|\s)(?:\d[\d.,]*|two|three|four|five|six|eight|ten|twelve|twee|drie|vier|vijf|zes|acht|tien|twaalf)\s+$/u.test(
      doc.folded.slice(Math.max(0, start - 12), start),
    );
  if (counted) return { start, end };
  return modelSentences.has(sentenceIndexAt(doc, cue.start)) ? { start, end } : undefined;
}

/**
 * "Twee KDC-10-transportvliegtuigen": a model the knowledge base does not list, joined by a hyphen
 * to a generic asset noun of a category that has models (aircraft, helicopters, drones, vehicles,
 * artillery, ships), is that model; the noun gives its category. One look back per noun cue.
 */
function withUnknownModels(doc: Doc, mentions: MentionSet, cues: AssetCue[]): AssetCue[] {
  const out: AssetCue[] = [];
  // Sentences that name a known model, found once (one pass over the cues).
  let modelSentences: Set<number> | undefined;
  for (const cue of cues) {
    const kind = cue.assetKind;
    const previous = out[out.length - 1];
    if (
      kind &&
      !cue.equipment &&
      kind.category !== "PERSONNEL" &&
      kind.category !== "UNIT" &&
      kind.category !== "OTHER" &&
      doc.text[cue.start - 1] === "-" &&
      !(previous && previous.end >= cue.start - 1)
    ) {
      const model = MODEL_BEFORE_NOUN.exec(doc.text.slice(Math.max(0, cue.start - 12), cue.start));
      if (model) {
        const start = cue.start - 1 - model[1]!.length;
        const end = cue.start - 1;
        if (!mentions.overlapping(start, end).some((x) => x.start < end && start < x.end))
          out.push({
            start,
            end,
            equipment: {
              model: model[1]!,
              aliases: [],
              category: kind.category,
              source: "an unknown model named with its noun",
            },
          });
      }
    } else if (
      kind &&
      !cue.equipment &&
      NAMED_MODEL_KINDS.has(kind.category) &&
      doc.text[cue.start - 1] === " " &&
      !(previous && previous.end >= cue.start - 1)
    ) {
      modelSentences ??= new Set(
        cues.filter((c) => c.equipment).map((c) => sentenceIndexAt(doc, c.start)),
      );
      const unknown = namedModelBefore(doc, mentions, modelSentences, cue);
      if (unknown)
        out.push({
          ...unknown,
          equipment: {
            model: doc.text.slice(unknown.start, unknown.end),
            aliases: [],
            category: kind.category,
            source: "an unknown model named with its noun",
          },
        });
    }
    out.push(cue);
  }
  return out;
}

/**
 * "4 NH90-helikopters van het Defensie Helikopter Commando", "F-35 fighter jets from …": a model
 * and the generic noun right after it are one cue, so what follows the noun (an owner after "van")
 * is read from the compound's end. Cues are sorted by start; one pass.
 */
function joinModelNouns(doc: Doc, cues: AssetCue[]): AssetCue[] {
  const out: AssetCue[] = [];
  for (const cue of cues) {
    const last = out[out.length - 1];
    // "E-7A Wedgetail": two names of one model side by side are one phrase.
    if (
      last?.equipment &&
      cue.equipment === last.equipment &&
      /^\s$/u.test(doc.text.slice(last.end, cue.start))
    ) {
      out[out.length - 1] = { ...last, end: cue.end };
      continue;
    }
    if (
      last?.equipment &&
      !last.assetKind &&
      cue.assetKind &&
      !cue.equipment &&
      // "F-35-vliegers" are pilots: only a noun of the model's own sort joins it.
      cue.assetKind.category !== "PERSONNEL" &&
      cue.assetKind.category !== "UNIT" &&
      cue.start >= last.end &&
      (/^(?:['’]?s)?-$/u.test(doc.text.slice(last.end, cue.start)) ||
        MODEL_THEN_NOUN.test(doc.text.slice(last.end, cue.start)))
    ) {
      out[out.length - 1] = { ...last, end: cue.end };
      continue;
    }
    out.push(cue);
  }
  return out;
}

/** What a weapon fires or launches, named after the weapon ("HIMARS ammunition"). */
const FIRED_KINDS = new Set(["ammunition", "interceptors", "missiles", "artillery shells"]);
const FOR_WEAPON = /^\s+(?:for|voor)\s+(?:(?:the|its|their|de|het|hun)\s+)?/u;

/**
 * "ammunition for High Mobility Artillery Rocket Systems (HIMARS)", "interceptors for NASAMS",
 * "munitie voor de Patriot": what a weapon fires is an asset of its own kind, named after the
 * weapon ("HIMARS ammunition"), and the weapon itself is not what is supplied; its acronym in
 * brackets right after is the same weapon.
 */
function joinAmmunitionFor(doc: Doc, cues: AssetCue[]): AssetCue[] {
  const out: AssetCue[] = [];
  let weaponEnd = -1;
  let weapon: AssetCue["equipment"];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    if (cue.equipment && cue.equipment === weapon && cue.start <= weaponEnd + 3) continue;
    const kind = cue.assetKind;
    if (kind && !cue.equipment && FIRED_KINDS.has(kind.name)) {
      const link = FOR_WEAPON.exec(doc.folded.slice(cue.end, cue.end + 16));
      const next = cues[i + 1];
      if (link && next?.equipment && next.start === cue.end + link[0].length) {
        out.push({
          start: cue.start,
          end: next.end,
          assetKind: { ...kind, name: `${next.equipment.model} ${kind.name}` },
        });
        weapon = next.equipment;
        weaponEnd = next.end;
        i++;
        continue;
      }
    }
    out.push(cue);
  }
  return out;
}

/**
 * The flag state of the ship named last before `offset` (by its name or a reference to it): what
 * a sentence says is on board is that state's. Asked only in sentences that say "aan boord".
 */
function shipFlagBefore(
  registry: EntityRegistry,
  ships: readonly Mention[],
  offset: number,
): EntityRecord | undefined {
  let last: Mention | undefined;
  for (const m of ships) if (m.end <= offset && (!last || m.end > last.end)) last = m;
  const flag = last && registry.get(last.key)?.properties.owner;
  if (typeof flag !== "string") return undefined;
  for (const record of registry.records.values())
    if (record.type === "Country" && record.name === flag) return record;
  return undefined;
}

/**
 * Countries named as the owners right after an asset noun, through "van", "from" or "uit", with
 * coordinated nouns before ("een fregat en een patrouillevliegtuig van Frankrijk") and coordinated
 * countries after ("from the United States, United Kingdom and Romania").
 */
function isUnit(record: EntityRecord | undefined): boolean {
  return record?.properties.kind === "unit" || record?.kb?.kind === "unit";
}

/** A unit the text names without its state ("820 Naval Air Squadron"), not from the knowledge base. */
function isStatelessUnit(record: EntityRecord): boolean {
  return record.properties.kind === "unit" && record.properties.country === undefined && !record.kb;
}

/** A state's armed force ("Koninklijke Luchtmacht", "Bundeswehr"): its personnel are the state's. */
function isStateForce(record: EntityRecord | undefined): boolean {
  return record?.kb?.kind === "armed-forces" && record.kb.country !== undefined;
}

/** Cues grouped by start, each group in the order of `cues`. */
function cuesByStart(cues: readonly AssetCue[]): Map<number, AssetCue[]> {
  const out = new Map<number, AssetCue[]>();
  for (const c of cues) {
    const group = out.get(c.start);
    if (group) group.push(c);
    else out.set(c.start, [c]);
  }
  return out;
}

/** The cues that start from `from` to `to` (both included), in order. */
function cuesWithin(
  cuesAt: ReadonlyMap<number, readonly AssetCue[]>,
  from: number,
  to: number,
): AssetCue[] {
  const out: AssetCue[] = [];
  for (let p = from; p <= to; p++) out.push(...(cuesAt.get(p) ?? []));
  return out;
}

/** The first position at or after `from` that is neither white space nor a hyphen. */
function afterSpacesAndHyphens(text: string, from: number): number {
  let p = from;
  while (p < text.length && /[\s-]/u.test(text[p]!)) p++;
  return p;
}

function ownersAfter(
  doc: Doc,
  mentions: readonly Mention[],
  cue: AssetCue,
  cuesAt: ReadonlyMap<number, readonly AssetCue[]>,
  stateForce: (m: Mention) => boolean = () => false,
): { owners: Mention[]; link: string } {
  const none = { owners: [], link: "" };
  let at = cue.end;
  for (let guard = 0; guard < 3; guard++) {
    // "More than 50 ships, 25 aircraft and about 9,000 personnel from …": nouns joined in a list
    // share the owners after the last one.
    const joined =
      /^(?:,?\s+(?:en|and|of|or)|,)\s+(?:(?:about|around|some|more than|over|nearly|approximately|almost|up to|ongeveer|ruim|bijna|circa)\s+)?(?:(?:een|a|an|\d{1,3}(?:[.,]\d{3})+|\d{1,6})\s+)?/u.exec(
        doc.text.slice(at, at + 32),
      );
    const next = joined && cuesAt.get(at + joined[0].length)?.[0];
    if (!next) break;
    at = next.end;
  }
  // "HIMARS rocket launchers from …": a generic noun after a model is part of its phrase.
  const generic = [at, at + 1].flatMap((p) => cuesAt.get(p) ?? []).find((c) => c.assetKind);
  if (generic && /^[\s-]?$/u.test(doc.text.slice(at, generic.start))) at = generic.end;
  const category = cue.equipment?.category ?? cue.assetKind?.category;
  // "soldiers of the Finnish Jaeger Brigade": personnel "of" a nationality's unit are its state's;
  // "Tornado GR4 aircraft of the Royal Air Force": equipment "of" a state's armed force is its
  // state's (below).
  const link = /^(?:['’]?s)?\s+(?:van|from|uit|of)(?:\s+(?:de|het|the))?\s+/u.exec(
    doc.text.slice(at, at + 20),
  );
  if (!link) return none;
  // States, and organisations that hold forces ("van de Amerikaanse kustwacht", "of the Royal
  // Navy"); the first one decides which kind the list is.
  const ownerAt = (p: number, type?: string) =>
    mentionsNear(mentions, p, p + 1).find(
      (m) =>
        !m.nested &&
        (type ? m.type === type : m.type === "Country" || m.type === "Organisation") &&
        m.start === p,
    );
  const first = ownerAt(at + link[0].length);
  if (!first) return none;
  if (category !== "PERSONNEL" && /\sof\s/u.test(link[0]) && !stateForce(first)) return none;
  // "de voertuigen van het Korps Mariniers" names what an organisation has; "patrouillevliegtuigen
  // van de kustwacht" (no article) what it brings.
  // Personnel "van de NAVO" are its members, not a contribution; "militairen van de Koninklijke
  // Luchtmacht" are their state's (the owner becomes the state, `stateOf`).
  if (category === "PERSONNEL" && first.type === "Organisation" && stateForce(first))
    return { owners: [first], link: link[0].replace(/^['’]?s(?=\s)/u, "").trim() };
  // "de verouderde Tornado's van de Luftwaffe": a model a state's armed force has, the state has
  // (`stateOf` makes the owner the state), even with a determiner ("de voertuigen van het Korps
  // Mariniers", a generic noun, stays a possession).
  if (
    first.type === "Organisation" &&
    // "het helikopterdetachement van de luchtmacht": a unit of a state's armed force is a unit
    // the force provides, whatever the determiner.
    !(stateForce(first) && (cue.equipment || category === "UNIT")) &&
    (category === "PERSONNEL" ||
      /(?:^|[^\p{L}])(?:de|het|the|its|zijn|haar|hun|their)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(
        doc.folded.slice(Math.max(0, cue.start - 40), cue.start),
      ))
  )
    return none;
  const countryAt = (p: number) => ownerAt(p, first.type);
  const group = [first];
  for (let guard = 0; guard < 8; guard++) {
    const last = group[group.length - 1]!;
    // "en de Amerikaanse ‘Customs and Border Protection’": a nationality and quotes may stand
    // before an organisation's name.
    const sep =
      /^['’‘"”“]?(?:,\s*(?:(?:and|en)\s+)?|\s+(?:and|en)\s+)(?:(?:the|de|het)\s+)?(?:\p{Lu}\p{Ll}+(?:e|se|an|n)\s+(?=['‘"“]?\p{Lu}))?['‘"“]?/u.exec(
        doc.text.slice(last.end, last.end + 40),
      );
    const next = sep && countryAt(last.end + sep[0].length);
    if (!next) break;
    group.push(next);
  }
  return { owners: group, link: link[0].replace(/^['’]?s(?=\s)/u, "").trim() };
}

const BULLET = /^\s*[•·▪●◦*–-]\s*/u;

/** Offsets of the text's line feeds, found once per text. */
const lineFeeds = new WeakMap<Doc, number[]>();

/**
 * Where the line holding `offset` starts: a binary search over the text's line feeds, not a scan
 * back through the line (once per sentence, that scan made a long paragraph cost its square).
 */
function lineStartOf(doc: Doc, offset: number): number {
  let feeds = lineFeeds.get(doc);
  if (!feeds) {
    feeds = [];
    for (let p = doc.text.indexOf("\n"); p >= 0; p = doc.text.indexOf("\n", p + 1)) feeds.push(p);
    lineFeeds.set(doc, feeds);
  }
  // The last line feed before `offset`.
  let lo = 0;
  let hi = feeds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (feeds[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : feeds[lo - 1]! + 1;
}

/**
 * The sentence of sending a bulleted line belongs to: the list's colon-ended introduction, or one
 * of the two sentences before it in its paragraph when the introduction itself sends nothing
 * ("Nederland leverde 230 militairen. Het ging om:"). Undefined when the line is no list item or
 * no sending precedes it.
 */
function listIntro(doc: Doc, sentenceIndex: number): { start: number; end: number } | undefined {
  const line = doc.sentences[sentenceIndex];
  if (!line) return undefined;
  // Lines, not sentences: an abbreviation inside an item ("Zr. Ms. Groningen") may split it.
  let lineStart = lineStartOf(doc, line.start);
  if (!BULLET.test(doc.text.slice(lineStart, line.end))) return undefined;
  for (;;) {
    // The line before starts after the newline before the one that ends it; none before that
    // newline (it is the text's first character) means the line before is the empty first line.
    if (lineStart === 0) return undefined;
    const previousStart = lineStart >= 2 ? doc.text.lastIndexOf("\n", lineStart - 2) + 1 : 0;
    const text = doc.text.slice(previousStart, lineStart).trim();
    lineStart = previousStart;
    if (text === "" || BULLET.test(text)) continue;
    if (!/:$/u.test(text)) return undefined;
    break;
  }
  const introEnd = doc.text.indexOf("\n", lineStart);
  const i = sentenceIndexAt(doc, (introEnd < 0 ? doc.text.length : introEnd) - 1);
  // The introduction or one of the two sentences before it in the same paragraph.
  for (const j of [i, i - 1, i - 2]) {
    const s = doc.sentences[j];
    if (!s || (j < i && doc.text.slice(s.end, doc.sentences[i]!.start).includes("\n\n"))) break;
    if (PROVIDE_VERBS.test(doc.folded.slice(s.start, s.end))) return { start: s.start, end: s.end };
  }
  return undefined;
}

/** "Het gaat om ongeveer 300 militairen", "It involves 200 troops": what the sentence before sent. */
const CONTINUES_SENDING =
  /^(?:het gaat om|het gaat daarbij om|het betreft|dit betreft|dat betreft|it involves|this involves|the deployment involves|de inzet omvat)\s/u;

/**
 * The last sentence of sending among the three before one that goes on to count what was sent
 * ("Nederland plaatst twee Patriot-systemen bij X. … Het gaat om ongeveer 300 militairen").
 */
function continuedSending(
  doc: Doc,
  sentenceIndex: number,
): { start: number; end: number } | undefined {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return undefined;
  if (!CONTINUES_SENDING.test(doc.folded.slice(sentence.start, sentence.start + 40)))
    return undefined;
  for (let j = sentenceIndex - 1; j >= Math.max(0, sentenceIndex - 3); j--) {
    const before = doc.sentences[j]!;
    if (PROVIDE_VERBS.test(doc.folded.slice(before.start, before.end)))
      return { start: before.start, end: before.end };
  }
  return undefined;
}

const STATE_BODIES = new Set([
  "government",
  "ministry",
  "armed-forces",
  "parliament",
  "executive",
  "department",
]);

function stateOf(
  owner: EntityRecord,
  registry: EntityRegistry,
  mentions: readonly Mention[],
  anyKind = false,
): EntityRecord {
  const kb = owner.kb;
  // A unit named after a state's ministry ("Defensie Helikopter Commando", compounds.ts) too.
  const unitState =
    owner.properties.kind === "unit" && typeof owner.properties.country === "string"
      ? owner.properties.country
      : undefined;
  // A national command ("Defensie Cyber Commando", part of the Dutch armed forces), not an
  // allied one hosted by a state (Allied Air Command, part of NATO); a known national unit ("The
  // 2nd Cavalry Regiment … deployed about 2,000 Soldiers") sends for its state.
  const national =
    kb?.kind === "command" &&
    /Armed Forces|Department of Defen[cs]e|Ministry|Command/u.test(kb.partOf ?? "");
  const state =
    kb?.country && (anyKind || STATE_BODIES.has(kb.kind ?? "") || national || kb.kind === "unit")
      ? kb.country
      : unitState;
  if (owner.type !== "Organisation" || !state) return owner;
  for (const m of mentions) {
    if (m.type !== "Country") continue;
    const country = registry.get(m.key);
    if (country?.kb && (country.kb as { iso2?: string }).iso2 === state) return country;
  }
  return owner;
}

/** Personnel nouns that name no speciality: within one article, one owner's are one contingent. */
const PACKAGE_NOUN =
  /(?<![\p{L}])(?:package|tranche|drawdown|pakket|steunpakket|hulppakket|wapenpakket|leverantie)(?![\p{L}])/u;
const PACKAGE_AFTER_OWNER =
  /^(?:['’]s)?\s+(?:(?:security|military|aid|assistance|weapons|defen[cs]e|latest|new|militaire|nieuwe|laatste)\s+){0,3}(?:package|tranche|pakket|steunpakket|hulppakket|wapenpakket)(?![\p{L}])/u;
const PACKAGE_ANNOUNCED =
  /(?<![\p{L}])(?:announced|announces|unveiled|unveils|approved|approves|authorized|authorised|kondigde|kondigt)\s+(?:today\s+|vandaag\s+)?(?:(?:a|an|the|its|een|het|zijn)\s+)?(?:(?:new|latest|additional|further|nieuw|nieuwe|\$[\d.,]+\s+(?:million|billion))\s+)*(?:(?:security|military|aid|assistance|weapons|defen[cs]e|militair)\s+)*(?:package|tranche|pakket|steunpakket|hulppakket|wapenpakket)(?![\p{L}])/u;
const CONTINUES_PACKAGE = /^\s*(?:this|it|these|dit|dat|het)\s/u;

/**
 * An aid package and the sentences that list it: "Included in the U.S. package are 20,000 rounds
 * …", "The package also will deliver …", "This amounts to … including Bradley infantry fighting
 * vehicles": equipment listed there without an owner of its own is the package's state's. Only
 * when the article names one state's package ("the U.S. package", "het Nederlandse steunpakket").
 */
function packageOf(
  doc: Doc,
  mentions: MentionSet,
  registry: EntityRegistry,
): { owner: EntityRecord; sentences: Set<number> } | undefined {
  if (!PACKAGE_NOUN.test(doc.folded)) return undefined;
  const owners = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Country" || m.nested) continue;
    if (PACKAGE_AFTER_OWNER.test(doc.folded.slice(m.end, m.end + 48))) owners.add(m.key);
  }
  // "The Department of Defense announced today a new package of security assistance": the state
  // whose body (or the state itself) announces the package, when the article names one package.
  if (owners.size === 0) {
    for (const sentence of doc.sentences) {
      const announced = PACKAGE_ANNOUNCED.exec(doc.folded.slice(sentence.start, sentence.end));
      if (!announced) continue;
      const verbAt = sentence.start + announced.index;
      const subject = mentionsNear(mentions, sentence.start, verbAt).find(
        (m) => !m.nested && m.start >= sentence.start && m.end <= verbAt,
      );
      if (!subject || (subject.type !== "Country" && subject.type !== "Organisation")) continue;
      const state = stateOf(registry.get(subject.key)!, registry, mentions);
      if (state.type === "Country") owners.add(state.key);
    }
  }
  if (owners.size !== 1) return undefined;
  const owner = registry.get([...owners][0]!);
  if (!owner) return undefined;
  const sentences = new Set<number>();
  doc.sentences.forEach((sentence, i) => {
    const text = doc.folded.slice(sentence.start, sentence.end);
    if (PACKAGE_NOUN.test(text) || (sentences.has(i - 1) && CONTINUES_PACKAGE.test(text)))
      sentences.add(i);
  });
  return { owner, sentences };
}

const CALIBRE_BEFORE = /(\d{2,3})[ \u00a0]?mm[ \u00a0-]+$/u;

/** Verbs of training and advising, and the Dutch verb cluster they head ("trainden en begeleidden"). */
const INSTRUCT_VERB =
  "(?:train(?:t|en|de|den|s|ed|ing)?|begeleid(?:t|en|de|den)|adviseer(?:t|de|den)|adviseren|mentor(?:s|ed|ing)?|advis(?:es|ed|ing)|instrueer(?:t|de|den)|instrueren|instruct(?:s|ed|ing)?|leid(?:t|en|de|den) op)";
const INSTRUCTS_AFTER = new RegExp(
  `^\\s+(?:(?:also|ook|already|al)\\s+)?${INSTRUCT_VERB}(?![\\p{L}])`,
  "u",
);
const INSTRUCTS_BEFORE = new RegExp(
  `(?<![\\p{L}])${INSTRUCT_VERB}(?:\\s+(?:en|and)\\s+\\p{L}+)?\\s+$`,
  "u",
);

/**
 * "Dutch special forces trained an Afghan unit", "trainden en begeleidden Nederlandse special
 * forces …": a nationality's personnel who train or advise are deployed there — the subject of the
 * verb, right before it or (Dutch inversion) right after it. The trainees ("Ukrainian soldiers
 * are trained") are not, being the object.
 */
function instructs(
  doc: Doc,
  mentions: readonly Mention[],
  category: string | undefined,
  sentenceStart: number,
  start: number,
  end: number,
): boolean {
  if (category !== "PERSONNEL") return false;
  if (INSTRUCTS_AFTER.test(doc.folded.slice(end, end + 40))) return true;
  const verb = INSTRUCTS_BEFORE.exec(doc.folded.slice(Math.max(sentenceStart, start - 40), start));
  if (!verb) return false;
  // Inversion only: "Nederland traint Oekraïense militairen" has its subject before the verb, and
  // the personnel after it are the trainees.
  const verbStart = start - verb[0].length;
  return !mentionsNear(mentions, sentenceStart, verbStart).some(
    (m) => !m.nested && m.start >= sentenceStart && m.end <= verbStart,
  );
}

const TRAINEES_OF =
  /(?:^|\s)(?:opleiding|opleiden|training|trainen|train|training of|scholing|instructie)\s+(?:van|of|aan)?\s*(?:(?:de|het|the)\s+)?$/u;

/** "rotations of U.S. Air Force bombers", "de rotatie van Duitse militairen": a deployment. */
const ROTATION_OF =
  /(?:^|\s)(?:rotations?|rotaties?|deployments?)\s+(?:of|van)\s+(?:the\s+|de\s+)?$/u;

/** Verbs of serving, after personnel: "Swedish troops took part in", "Duitse militairen nemen deel". */
const SERVES_AFTER =
  /^\s+(?:(?:and|en)\s+\p{L}[\p{L}.-]*\s+\p{Ll}+\s+)?(?:(?:will|would|have|has|had|are|were|is|was|also|already|now|currently|still|ook|al|zullen|hebben|zijn)\s+){0,2}(?:(?:take|took|taking|takes|taken)\s+part|participat(?:e|es|ed|ing)|join(?:s|ed)?|serv(?:e|es|ed|ing)|deployed|arrived|based|stationed|patroll(?:ed|ing)|patrols|training|train(?:s|ed)?\s+(?:with|alongside|together)|jump(?:s|ed)?|parachut(?:ed|es)|exercis(?:e|es|ed)\s+(?:with|alongside|together)|oefen(?:en|den)\s+(?:met|samen)|sprongen|landed\s+(?:in|on|at)|trainen\s+(?:met|samen)|nemen\s+deel|namen\s+deel|doen\s+mee|deden\s+mee|gestationeerd|gelegerd|patrouilleren)(?![\p{L}])/u;
/** Platforms a state deploys on a mission. */
const MISSION_CATEGORIES = new Set(["AIRCRAFT", "HELICOPTER", "SHIP", "AIR_DEFENCE", "DRONE"]);
/**
 * "Italian and Danish fighter jets currently carry out the Baltic Air Policing mission", "Duitse
 * fregatten nemen deel aan", "Spanish jets are stationed at": a nationality's platforms serving in
 * a mission or stationed somewhere are deployed (not ones that merely fly or are seen).
 */
const FLIES_MISSION =
  /^\s+(?:(?:will|would|have|has|had|are|were|is|was|also|already|now|currently|still|ook|al|zullen|hebben|zijn|momenteel|nu)\s+){0,2}(?:carr(?:y|ies|ied)\s+out|conduct(?:s|ed|ing)?|(?:take|took|taking|takes|taken)\s+part|participat(?:e|es|ed|ing)|join(?:s|ed)?|serv(?:e|es|ed|ing)|deployed|stationed|based|patroll(?:ed|ing)|patrols|patrol|voeren\s|voerden\s|nemen\s+deel|namen\s+deel|doen\s+mee|deden\s+mee|gestationeerd|patrouilleren)(?![\p{L}])/u;

/**
 * "German and Swedish troops of MINUSMA", "Swedish troops took part in Exercise X", "Australian
 * sailors are training at …": a nationality's personnel who serve somewhere or in something are
 * deployed (the trainees of "train Ukrainian soldiers" are the verb's object, not its subject).
 */
function serves(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  category: string | undefined,
  end: number,
): boolean {
  if (category !== "PERSONNEL")
    return (
      MISSION_CATEGORIES.has(String(category)) &&
      FLIES_MISSION.test(doc.folded.slice(end, end + 48))
    );
  const after = doc.folded.slice(end, end + 48);
  if (SERVES_AFTER.test(after)) return true;
  // "Swedish troops of the Norrbotten Regiment", "U.S. Marines from II Marine Expeditionary Force".
  const of = /^\s+(?:of|van|from|uit)\s+(?:(?:the|de|het)\s+)?/u.exec(after);
  if (!of) return false;
  const at = end + of[0].length;
  return mentions
    .overlapping(at, at + 1)
    .some(
      (m) =>
        m.start === at &&
        (m.type === "Mission" ||
          (m.type === "Organisation" &&
            (isUnit(registry.get(m.key)) || isStateForce(registry.get(m.key))))),
    );
}

const GENERIC_PERSONNEL = new Set(["military personnel", "soldiers", "personnel", "troops"]);

/** Equipment or personnel whose owner is decided after every phrase is read. */
interface PendingAsset {
  cue: AssetCue;
  start: number;
  quantity?: number;
  sentence: number;
  /** A unit without a state sent it: its owner is found by `unit` rather than `article`. */
  unit?: true;
}

/**
 * Personnel whose noun names a task a state sends them for: a nationality alone makes them that
 * state's contribution ("Nederlandse instructeurs", "a Dutch gender adviser", "Belgian divers"),
 * as it does a unit ("het Togolese veldhospitaal", "een Duits contingent"). Generic soldiers still
 * need a count, a verb of sending or of serving ("Ukrainian soldiers" being trained are no asset).
 */
const TASK_PERSONNEL = new Set([
  "trainers",
  "military advisers",
  "military observers",
  "liaison officers",
  "staff officers",
  "gender advisers",
  "divers",
  "peacekeepers",
  "explosive ordnance disposal specialists",
]);

/**
 * Formations a text names generically mostly to describe a named one ("the Dutch battlegroup",
 * "a U.S. squadron", "the UK's task force"): a nationality does not make them an asset.
 */
const FORMATIONS = new Set([
  "battalion",
  "brigade",
  "company",
  "platoon",
  "battlegroup",
  "task force",
  "squadron",
]);

function ownedByName(category: string | undefined, kind: string): boolean {
  return category === "UNIT" ? !FORMATIONS.has(kind) : TASK_PERSONNEL.has(kind);
}

/**
 * "embarked helicopter detachments, Helicopter Maritime Strike Squadron 49 …": a generic unit
 * noun before an apposition naming a unit describes that unit; it is no asset of its own.
 */
const APPOSITION_NAME = /^,\s+(?:(?:the|de|het)\s+)?(?=[\p{Lu}\d])/u;
const UNIT_HEAD_WITHIN =
  /^[^,;:.]{0,60}?(?:squadron|regiment|battalion|brigade|wing|group|division|company|detachment|smaldeel|bataljon|compagnie|eskadron|detachement)(?![\p{L}])/u;

/** An office after the noun: "the Dutch detachment commander, Lieutenant Colonel X". */
const OFFICE_AFTER =
  /^[\s-]+(?:commander|commanding|commandant|commandeur|chief|leader|spokes(?:man|woman|person)|woordvoerder)(?![\p{L}])/iu;
const OF_AFTER = /^\s+(?:van|of|from|uit)\s+(?:(?:de|het|the)\s+)?\p{Lu}/u;

/** The generic unit noun describes another name: an office holder or a named unit after it. */
function describesOther(doc: Doc, end: number): boolean {
  const after = doc.text.slice(end, end + 90);
  if (OFFICE_AFTER.test(after)) return true;
  const name = APPOSITION_NAME.exec(after);
  return name !== null && UNIT_HEAD_WITHIN.test(doc.folded.slice(end + name[0].length, end + 90));
}

/** "militairen (werken) als adviseur", "personnel serving as instructors": the role after "as". */
const AS_ROLE = /^\s+(?:\p{L}+\s+){0,3}?(?:als|as)\s+(?:(?:een|a|an)\s+)?$/u;

/**
 * "Vanuit Erbil werken 3 militairen als adviseur", "11 Nederlandse militairen werken als
 * waarnemer", "50 troops serve as trainers": generic personnel whose task a noun after "als/as"
 * names are personnel of that task (one asset, named by the task).
 */
function roleAfter(
  doc: Doc,
  cue: AssetCue,
  cuesAt: ReadonlyMap<number, readonly AssetCue[]>,
): AssetCue | undefined {
  if (!cue.assetKind || !GENERIC_PERSONNEL.has(cue.assetKind.name)) return undefined;
  const near = doc.folded.slice(cue.end, cue.end + 48);
  if (!/(?:^|\s)(?:als|as)\s/u.test(near)) return undefined;
  return cuesWithin(cuesAt, cue.end + 4, cue.end + 48).find(
    (c) =>
      c.assetKind !== undefined &&
      TASK_PERSONNEL.has(c.assetKind.name) &&
      AS_ROLE.test(doc.folded.slice(cue.end, c.start)),
  );
}

/** A singular task noun that also names one person's office ("de adviseur van de president"). */
const OFFICE_NOUN = /^(?:adviseur|adviser|advisor|genderadviseur|gender adviser|gender advisor)$/u;

/** Below this count, personnel no one owns in a state's own news are its own (not a total). */
const HOME_COUNT_LIMIT = 1000;

/**
 * A state's own news names its own forces without their state: "Dit is een infanteriecompagnie",
 * "ruim 600 mariniers trainen", "Defensieduikers onderzoeken", "Dutch instructors train".
 * Units (not formations) always; personnel counted below a total of an exercise's participants,
 * instructing or serving, or named by the ministry ("Defensie-").
 */
function homeForces(
  doc: Doc,
  mentions: readonly Mention[],
  cue: AssetCue,
  category: string | undefined,
  kind: string,
  quantity: number | undefined,
  sentenceStart: number,
  start: number,
): boolean {
  if (!cue.assetKind) return false;
  // "NMI-adviseurs": a name before the hyphen says whose they are.
  if (doc.text[cue.start - 1] === "-") return false;
  if (describesOther(doc, cue.end)) return false;
  // "300 militairen van de NAVO": personnel of an organisation are its members, no contribution.
  if (OF_AFTER.test(doc.text.slice(cue.end, cue.end + 12))) return false;
  if (category === "UNIT") return !FORMATIONS.has(kind);
  if (category !== "PERSONNEL") return false;
  return (
    (quantity !== undefined && quantity < HOME_COUNT_LIMIT) ||
    doc.folded.startsWith("defensie", cue.start) ||
    instructs(doc, mentions, category, sentenceStart, start, cue.end) ||
    SERVES_AFTER.test(doc.folded.slice(cue.end, cue.end + 48))
  );
}

function makeAsset(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  cue: AssetCue,
  start: number,
  owner: EntityRecord,
  ownerBy: OwnerBy,
  properties: Properties,
  sentenceIndex: number,
  year?: number,
): AssetMention {
  let kind = cue.equipment?.model ?? cue.assetKind!.name;
  const category = cue.equipment?.category ?? cue.assetKind!.category;
  // "troops" in the title and "500 soldiers" in the body are one contingent of the owner.
  if (GENERIC_PERSONNEL.has(kind)) {
    for (const record of registry.records.values()) {
      const other = record.properties.kind;
      if (
        record.type === "Asset" &&
        record.properties.owner === owner.name &&
        typeof other === "string" &&
        GENERIC_PERSONNEL.has(other)
      ) {
        kind = other;
        break;
      }
    }
  }
  // "155 mm artillery shells" and "105 mm artillery rounds" are two kinds of ammunition.
  const calibre = cue.equipment
    ? null
    : CALIBRE_BEFORE.exec(doc.text.slice(Math.max(0, cue.start - 12), cue.start));
  if (calibre) kind = `${calibre[1]} mm ${kind}`;
  const record = registry.fromName("Asset", assetName(kind, owner.name), {
    owner: owner.name,
    ...(cue.equipment ? { model: kind } : { kind }),
    category,
  });
  // "3 militairen als adviseur": the task names them, not the generic noun.
  if (!cue.role)
    record.aliases.add(
      cue.sharedHead
        ? `${doc.text.slice(cue.start, cue.end)} ${cue.sharedHead}`
        : doc.text.slice(cue.start, cue.end),
    );
  if (calibre) record.aliases.add(`${calibre[0]}${doc.text.slice(cue.start, cue.end)}`);
  if (cue.role) record.aliases.add(cue.role);
  // "Leopard 2A4 (Canada)", "MV-22B (United States)": the variant the text names, with its owner,
  // names the asset as well as the model does ("Leopard 2 (Canada)").
  if (cue.equipment) {
    const surface = foldKey(doc.text.slice(cue.start, cue.end));
    let variant = "";
    for (const form of cue.equipment.aliases) {
      const key = foldKey(form);
      if (key.length > variant.length && surface.startsWith(key) && /^\p{Lu}/u.test(form))
        variant = key;
    }
    if (variant && variant !== foldKey(kind))
      record.aliases.add(
        assetName(doc.text.slice(cue.start, cue.start + variant.length), owner.name),
      );
  }
  // "troops (Germany)", "sailors (Australia)": the noun the text uses, with its owner, names the
  // asset as well as its kind does ("military personnel (Germany)", "crew (Australia)").
  if (!cue.equipment && !cue.sharedHead && !cue.role) {
    const noun = doc.text.slice(cue.start, cue.end);
    if (foldKey(noun) !== foldKey(kind) && !/\s(?:for|voor)\s/u.test(noun))
      record.aliases.add(assetName(noun, owner.name));
  }
  if (cue.equipment?.wikidataId && !record.wikidataId)
    record.properties.equipmentWikidataId = cue.equipment.wikidataId;
  const sentence = doc.sentences[sentenceIndex]!;
  const dates = sentenceDates(doc, sentenceIndex, year);
  if (dates.from) properties.from = dates.from;
  if (dates.until) properties.until = dates.until;
  const after = doc.folded.slice(cue.end, sentence.end);
  const maximum = MAXIMUM_HINT.test(after) ? MAXIMUM.exec(after) : null;
  // "… bombers … which brings up to 2,500 U.S. Marines": a maximum before another owner's noun
  // counts that asset, not this one.
  const at = maximum ? cue.end + maximum.index + maximum[0].length : 0;
  if (maximum && !/^\s+\p{Lu}/u.test(doc.text.slice(at, at + 3))) {
    const n = parseNumber(maximum[1]!);
    if (n !== undefined) properties.maxQuantity = n;
  }
  const next = doc.sentences[sentenceIndex + 1];
  if (next && properties.maxQuantity === undefined) {
    const text = doc.folded.slice(next.start, next.end);
    const total = MAXIMUM_HINT.test(text) ? MAXIMUM.exec(text) : null;
    if (total && ANAPHORIC_TOTAL.test(text)) {
      const n = parseNumber(total[1]!);
      if (n !== undefined) properties.maxQuantity = n;
    }
  }
  const mention: Mention = {
    start,
    end: cue.end,
    key: record.key,
    type: "Asset",
    nested: false,
    via: "asset",
  };
  // Co-owned assets share the span ("Germany and Belgium contribute soldiers"): not nested.
  for (const m of mentions.overlapping(start, cue.end)) {
    if (m.start >= start && m.end <= cue.end && !(m.type === "Asset" && m.start === start))
      m.nested = true;
  }
  mentions.push(mention);
  return { mention, record, owner, properties, ownerBy };
}

export { foldKey };

/** A plural demonym as a noun ("de Nederlanders", "the Americans"), not an adjective. */
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|anen|en|ans|ians|s)$/u;
const DEFINITE_PLURAL_BEFORE = /(?:^|[^\p{L}])(?:de|deze|die|the|these|those)\s+$/u;

/**
 * "De Nederlanders worden gelegerd in Cincu", "the Americans are based at …": a definite plural
 * demonym after the article has named that country's one contingent of personnel is that
 * contingent, not the country. Returns how many mentions it turned into the asset.
 */
export function recognisePersonnelReferences(
  doc: Doc,
  mentions: MentionSet,
  assets: readonly AssetMention[],
): number {
  const personnel = assets.filter((a) => a.record.properties.category === "PERSONNEL");
  if (personnel.length === 0) return 0;
  let changed = 0;
  for (const m of mentions) {
    if (m.type !== "Country" || m.via !== "adjective" || m.nested) continue;
    const surface = doc.text.slice(m.start, m.end);
    if (!DEMONYM_PLURAL.test(surface)) continue;
    if (!DEFINITE_PLURAL_BEFORE.test(doc.folded.slice(Math.max(0, m.start - 8), m.start))) continue;
    const before = personnel.filter((a) => a.owner.key === m.key && a.mention.end <= m.start);
    const kinds = new Set(before.map((a) => a.record.key));
    if (kinds.size !== 1) continue;
    m.key = before[0]!.record.key;
    m.type = "Asset";
    m.via = "anaphor";
    changed++;
  }
  return changed;
}

/** "de toestellen", "the Dutch jets", "deze vliegtuigen": a definite determiner, at most one adjective. */
const DEFINITE_NOUN_BEFORE = /(?:^|[^\p{L}])(?:de|deze|die|the|these|those)\s+(?:[\p{L}-]+\s+)?$/u;

/**
 * "Vier Belgische F-16's … De toestellen nemen deel aan …": a definite asset noun without a number
 * ("de toestellen", "the jets", "the Belgian aircraft") after the article has named assets of that
 * category is the one such asset named before it — only when exactly one is compatible (a
 * nationality before the noun must be its owner's; a named ship is left to ships.ts); ambiguous
 * references stay unresolved.
 * Returns the mentions added.
 */
export function recogniseAssetNounReferences(
  doc: Doc,
  mentions: MentionSet,
  cues: readonly AssetCue[],
  assets: readonly AssetMention[],
): Mention[] {
  if (assets.length === 0) return [];
  const added: Mention[] = [];
  for (const cue of cues) {
    const kind = cue.assetKind;
    if (!kind || cue.equipment || kind.category === "PERSONNEL") continue;
    const before = doc.folded.slice(Math.max(0, cue.start - 40), cue.start);
    if (!DEFINITE_NOUN_BEFORE.test(before)) continue;
    if (mentions.overlapping(cue.start, cue.end).some((m) => m.type === "Asset")) continue;
    // A nationality right before the noun names the owner.
    const nationality = mentions
      .overlapping(Math.max(0, cue.start - 24), cue.start)
      .find(
        (m) =>
          m.type === "Country" &&
          m.end <= cue.start &&
          /^\s+$/u.test(doc.folded.slice(m.end, cue.start)),
      );
    const compatible = assets.filter(
      (a) =>
        a.mention.end <= cue.start &&
        // One named ship is no plural noun's referent ("de patrouilleschepen"); ships.ts reads
        // the singular ones.
        a.mention.via !== "ship" &&
        a.record.properties.category === kind.category &&
        (!nationality || a.owner.key === nationality.key),
    );
    if (new Set(compatible.map((a) => a.record.key)).size !== 1) continue;
    const mention: Mention = {
      start: cue.start,
      end: cue.end,
      key: compatible[0]!.record.key,
      type: "Asset",
      nested: false,
      via: "anaphor",
    };
    mentions.push(mention);
    added.push(mention);
  }
  return added;
}

/** The nationality adjectives coordinated before `last` ("American, British and" before "Romanian"). */
function coordinatedAdjectives(
  doc: Doc,
  mentions: MentionSet,
  last: Mention,
  sentenceStart: number,
): Mention[] {
  if (last.via !== "adjective") return [];
  const found: Mention[] = [];
  let head = last;
  for (let guard = 0; guard < 8; guard++) {
    const prev = mentions
      .overlapping(Math.max(sentenceStart, head.start - 24), head.start)
      .filter((m) => m.type === "Country" && m.via === "adjective" && m.end <= head.start)
      .sort((a, b) => b.end - a.end)[0];
    if (!prev) break;
    const gap = doc.folded.slice(prev.end, head.start);
    if (!/^(?:\s*,\s*(?:(?:and|en|or|of)\s+)?|\s+(?:and|en|or|of)\s+)$/u.test(gap)) break;
    found.push(prev);
    head = prev;
  }
  return found;
}

const COORDINATED_ADJECTIVE = /(?<![\p{L}-])(\p{Ll}+)\s+(?:en|and|of|or)\s+$/u;

/**
 * "20 militaire en civiele experts", "military and civilian advisers": two adjectives share one
 * noun, and the first one with that noun names a second kind ("militaire experts" = military
 * advisers) — a cue on the first adjective, so the asset pass reads both.
 */
export function coordinatedKindCues(
  doc: Doc,
  gazetteer: Pick<Gazetteer, "lookup">,
  cues: readonly AssetCue[],
): AssetCue[] {
  const found: AssetCue[] = [];
  for (const cue of cues) {
    if (!cue.assetKind) continue;
    const written = doc.folded.slice(cue.start, cue.end);
    const space = written.lastIndexOf(" ");
    if (space < 0) continue;
    const head = written.slice(space + 1);
    const adjective = COORDINATED_ADJECTIVE.exec(
      doc.folded.slice(Math.max(0, cue.start - 30), cue.start),
    );
    if (!adjective) continue;
    const kind = gazetteer
      .lookup(`${adjective[1]} ${head}`)
      .find((c) => c.ref.kind === "asset-kind");
    if (kind?.ref.kind !== "asset-kind" || kind.ref.assetKind === cue.assetKind) continue;
    const end = cue.start - (adjective[0].length - adjective[1]!.length);
    found.push({
      start: end - adjective[1]!.length,
      end,
      assetKind: kind.ref.assetKind,
      sharedHead: doc.text.slice(cue.start + space + 1, cue.end),
    });
  }
  return found;
}
