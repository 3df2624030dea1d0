import type { KbCountry } from "../../kb/types.ts";
import type { AssetMention } from "./assets.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";

/**
 * Named units sent abroad or to a mission are Assets of their state (ONTOLOGY.md, identity):
 * "300 British soldiers from the Light Dragoons and the 2nd Battalion The Royal Anglian
 * Regiment have deployed to Mali" → "Light Dragoons (United Kingdom)", provided by the United
 * Kingdom; "The Netherlands sent 11 Airmobile Brigade". A unit named at home ("serving with the
 * Polish 15th Mechanized Brigade") stays an Organisation: only a unit the sentence sends is
 * one. The unit pass (compounds.ts) found the name; the knowledge base's standing units are
 * never converted.
 */
/**
 * A possessor or nationality may stand between: "soldiers of the Spanish Army's 73rd Regiment",
 * "troops from the Dutch 11 Airmobile Brigade", "militairen van de Duitse 1. Panzerdivision".
 */
const QUALIFIER_OF_UNIT = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

function fromUnit(doc: Doc, personnelEnd: number, unitStart: number): boolean {
  if (unitStart - personnelEnd > 60) return false;
  const gap = doc.folded.slice(personnelEnd, unitStart);
  const link = /^\s+(?:from|of|van)\s+(?:the\s+|de\s+|het\s+)?/u.exec(gap);
  if (!link) return false;
  return QUALIFIER_OF_UNIT.test(doc.text.slice(personnelEnd + link[0].length, unitStart));
}
const AND_UNIT = /^\s*,?\s+(?:and|en)\s+(?:the\s+|de\s+|het\s+)?$/u;
const SENT_UNIT =
  /(?<![\p{L}])(?:sent|sends|send|deployed|deploys|deploy|dispatched|dispatches|contributes|contributed|provides|provided|stuurt|stuurde|zendt|levert|leverde)\s+(?:(?:the|its|de|het|haar|zijn)\s+)?$/u;
const UNIT_DEPLOYS =
  /^\s+(?:(?:has|have|had|will|is|are|was|were|heeft|hebben|is|zijn|wordt|worden)\s+)?(?:(?:been|also|now|already|ook|al)\s+)?(?:deployed|deploys|deploy|arrived|arrives|arrive|sailed|sails|will deploy|gedeployeerd|uitgezonden|aangekomen|vertrokken|vertrekt)(?![\p{L}])/u;

export function recogniseDeployedUnits(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
  assets: readonly AssetMention[],
): { assets: AssetMention[]; findings: Finding[] } {
  const out: AssetMention[] = [];
  const findings: Finding[] = [];
  const units = mentions
    .filter(
      (m) =>
        !m.nested &&
        m.via !== "anaphor" &&
        m.type === "Organisation" &&
        isPatternUnit(registry.get(m.key)),
    )
    .sort((a, b) => a.start - b.start);
  if (units.length === 0) return { assets: out, findings };
  const converted = new Map<string, { record: EntityRecord; owner: EntityRecord }>();
  let previous: { mention: Mention; owner: EntityRecord } | undefined;
  for (const unit of units) {
    const sentence = doc.sentences[sentenceIndexAt(doc, unit.start)]!;
    const before = doc.folded.slice(sentence.start, unit.start);
    let owner: EntityRecord | undefined;
    // "British soldiers from the Light Dragoons": the personnel's owner.
    const personnel = assets.find(
      (a) =>
        a.mention.end <= unit.start &&
        a.mention.start >= sentence.start &&
        a.record.properties.category === "PERSONNEL" &&
        fromUnit(doc, a.mention.end, unit.start),
    );
    if (personnel) owner = personnel.owner;
    // "… from the Light Dragoons and the 2nd Battalion …": a unit listed with a sent one.
    else if (
      previous &&
      previous.mention.end <= unit.start &&
      AND_UNIT.test(doc.folded.slice(previous.mention.end, unit.start))
    )
      owner = previous.owner;
    // "The United Kingdom sent 45 Commando": the state sending it.
    else if (SENT_UNIT.test(before))
      owner = stateBefore(mentions, registry, sentence.start, unit.start);
    // "the Dutch 11 Airmobile Brigade deployed to Lithuania": a unit of a named state that goes.
    else if (UNIT_DEPLOYS.test(doc.folded.slice(unit.end, unit.end + 60)))
      owner = adjectiveRightBefore(doc, mentions, registry, unit.start);
    // "45 Commando Royal Marines uit het Verenigd Koninkrijk", "the 2nd Cavalry Regiment from the
    // United States": a unit named with the state it comes from is that state's, abroad.
    else owner = stateRightAfter(doc, mentions, registry, unit.end);
    // "Soldiers of the 101st Airborne Division have begun arriving", "350 Royal Marines of 45
    // Commando who were sent to Poland", "Dutch marines of the 1st Marine Combat Group trained
    // in Norway": personnel of a unit in a sentence of deploying or exercising.
    owner ??= personnelOfUnit(doc, mentions, registry, sentence, unit);
    // "The 1st Battalion, The Royal Welsh are currently based in Tapa", "Marines with the 31st
    // Marine Expeditionary Unit will conduct an amphibious assault at Hat Yao beach": a unit whose
    // state its name or the knowledge base tells, in a sentence that places it abroad.
    owner ??= placedAbroad(doc, mentions, registry, sentence, unit);
    previous = undefined;
    if (owner?.type !== "Country") continue;
    // A known unit is only its own state's: "Germany deployed alongside 11 Airmobile Brigade";
    // so is a unit its state's naming convention tells ("Airmen from the 52nd Fighter Wing" in a
    // British dateline are no British airmen's unit; eleventh round).
    const nation = unitNation(registry.get(unit.key)!);
    if (nation && (owner.kb as KbCountry | undefined)?.iso2 !== nation) continue;
    previous = { mention: unit, owner };
    const name = registry.get(unit.key)!.name;
    let done = converted.get(unit.key);
    if (!done) {
      const record = registry.fromName("Asset", `${name} (${owner.name})`, {
        owner: owner.name,
        kind: name,
        category: "UNIT",
      });
      record.aliases.add(name);
      done = { record, owner };
      converted.set(unit.key, done);
      findings.push({
        type: "PROVIDES",
        source: owner.key,
        target: record.key,
        rule: "asset.unit-sent",
        confidence: 0.7,
        sentence: sentenceIndexAt(doc, unit.start),
      });
    }
  }
  if (converted.size === 0) return { assets: out, findings };
  // Every mention of a sent unit is the asset, before and after the sentence that sends it.
  for (const m of mentions) {
    const done = converted.get(m.key);
    if (!done) continue;
    m.key = done.record.key;
    m.type = "Asset";
    if (!m.nested)
      out.push({
        mention: m,
        record: done.record,
        owner: done.owner,
        properties: {},
        ownerBy: "phrase",
      });
  }
  return { assets: out, findings };
}

/** A personnel noun (and one word before it) and "of"/"from" right before a unit. */
const PERSONNEL_OF_UNIT =
  /(?:^|[^\p{L}])(soldiers|troops|marines|paratroopers|sailors|airmen|personnel|service ?members|militairen|soldaten|mariniers|troepen|parachutisten|commandos|commando's)\s+(?:(?:and|en)\s+(?:[\p{L}-]+\s+)?(?:equipment|vehicles|armored vehicles|armoured vehicles|aircraft|helicopters|tanks|materieel|voertuigen)\s+)?(?:of|from|van|uit)\s+(?:(?:the|de|het)\s+)?$/u;
/** A sentence that moves forces or exercises them. */
const DEPLOYING =
  /(?<![\p{L}])(?:sent|send|sends|deploy(?:s|ed|ing|ment)?|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?|train(?:s|ed|ing)?|exercis(?:e|es|ed|ing)|(?:take|took|taking|takes) part|participat(?:e|es|ed|ing)|jump(?:s|ed)?|stationed|rotation|uitgezonden|gestuurd|gestationeerd|aangekomen|arriveerden|arriveert|oefen(?:t|en|de|den)|trainden|nemen deel|namen deel|landden|geland)(?![\p{L}])/u;

function personnelOfUnit(
  doc: Doc,
  mentions: MentionSet,
  registry: EntityRegistry,
  sentence: { start: number; end: number },
  unit: Mention,
): EntityRecord | undefined {
  const from = Math.max(sentence.start, unit.start - 48);
  const of = PERSONNEL_OF_UNIT.exec(doc.folded.slice(from, unit.start));
  if (!of || !DEPLOYING.test(doc.folded.slice(sentence.start, sentence.end))) return undefined;
  const nounStart = from + of.index + of[0].length - of[0].trimStart().length;
  const nounEnd = nounStart + of[1]!.length + (of[0].trimStart().startsWith(of[1]!) ? 0 : 1);
  const near = mentions
    .overlapping(Math.max(0, nounStart - 30), nounEnd)
    .filter((m) => !m.nested || m.via === "adjective");
  // "Dutch marines of …": the nationality right before the noun.
  const adjective = near.find(
    (m) =>
      m.type === "Country" && m.end <= nounStart && /^\s+$/u.test(doc.text.slice(m.end, nounStart)),
  );
  if (adjective) return registry.get(adjective.key);
  // "Royal Marines of 45 Commando": a state's force named by the noun; else the unit's own state.
  const force = near.find((m) => m.type === "Organisation" && m.end >= nounEnd - 1);
  const iso =
    (force && registry.get(force.key)?.kb?.kind === "armed-forces"
      ? registry.get(force.key)?.kb?.country
      : undefined) ?? unitNation(registry.get(unit.key)!);
  if (!iso) return undefined;
  return namedState(mentions, registry, iso);
}

/** The state with this ISO code that the article names, if it does. */
function namedState(
  mentions: MentionSet,
  registry: EntityRegistry,
  iso: string,
): EntityRecord | undefined {
  const state = mentions.find(
    (m) => m.type === "Country" && (registry.get(m.key)?.kb as KbCountry | undefined)?.iso2 === iso,
  );
  return state ? registry.get(state.key) : undefined;
}

/**
 * States' naming conventions for their units, when nothing in the sentence names the state:
 * U.S. Army and Marine Corps formations, British regiments, German and Dutch unit names.
 * "Armoured" is not among them: English names of German and Dutch units use it too.
 */
const NATION_BY_NAME: readonly (readonly [RegExp, string])[] = [
  [
    /Marine Expeditionary|Brigade Combat Team|Airborne Division|Infantry Division|Armored (?:Division|Brigade)|Cavalry Regiment|Marine Regiment|Fighter Wing|Expeditionary Wing|Field Artillery Regiment|\d(?:st|nd|rd|th) Infantry Regiment|Armor Regiment|Aviation Regiment|Air Defense Artillery|Maritime Strike Squadron|Strike Fighter Squadron|Marine (?:Fighter|Medium|Light|Heavy) [A-Z][a-z]+ (?:Attack )?Squadron/u,
    "US",
  ],
  [
    /(?:The |the )?(?:Royal (?:Welsh|Anglian|Irish Regiment|Scots|Regiment of Fusiliers|Gurkha Rifles|Tank Regiment|Lancers|Dragoon Guards|Logistic Corps|Engineers|Artillery)|Yorkshire Regiment|Mercian Regiment|Parachute Regiment|Grenadier Guards|Coldstream Guards|Scots Guards|Irish Guards|Welsh Guards|Light Dragoons|King's Royal Hussars)|^\d+ Commando$/u,
    "GB",
  ],
  [/Panzer|Jäger|Gebirgs|Fallschirmjäger|Luftlande/u, "DE"],
  [/Luchtmobiele|Gemechaniseerde|Pantserinfanterie|Marine Combat Group|Mariniersbataljon/u, "NL"],
];

/** The state a unit belongs to by the knowledge base or by its name, as an ISO 3166-1 code. */
function unitNation(record: EntityRecord): string | undefined {
  if (record.kb?.country) return record.kb.country;
  for (const [pattern, iso] of NATION_BY_NAME) if (pattern.test(record.name)) return iso;
  return undefined;
}

/**
 * The unit's state, when the sentence places the unit abroad: a state or a place of another
 * state (not a nationality adjective, which qualifies someone else's forces), a mission, or an
 * exercise. The state must be named in the article.
 */
const PART_OF_UNIT =
  /(?:^|[^\p{L}])(?:company|compagnie|element|elements|detachment|detachement|part|parts|deel|onderdeel|onderdelen|platoon|peloton|squadron|eskadron|battery|batterij)\s+(?:of|van|from|uit)\s+(?:the\s+|de\s+|het\s+)?(?:\p{L}+\s+)?$/u;
const PLACED_IN =
  /(?:^|[^\p{L}])(?:in|to|into|naar|near|nabij|across|throughout|at|bij|(?:and|en|,))\s+(?:the\s+|het\s+|de\s+)?$/u;

function placedAbroad(
  doc: Doc,
  mentions: MentionSet,
  registry: EntityRegistry,
  sentence: { start: number; end: number },
  unit: Mention,
): EntityRecord | undefined {
  const iso = unitNation(registry.get(unit.key)!);
  if (!iso) return undefined;
  // "een compagnie van de Luchtmobiele Brigade naar Litouwen": a part of the unit goes.
  if (PART_OF_UNIT.test(doc.folded.slice(Math.max(sentence.start, unit.start - 40), unit.start)))
    return undefined;
  const home = namedState(mentions, registry, iso);
  if (!home) return undefined;
  // A mission or exercise in the unit's own state is no going abroad: the Lithuanian brigade beside
  // the battlegroup in Lithuania.
  const atHome = (r: EntityRecord | undefined) =>
    r?.kb?.country === iso || (r?.kb?.operatesIn ?? []).includes(home.name);
  const abroad = mentions.overlapping(sentence.start, sentence.end).some((m) => {
    if (m.nested || m.start < sentence.start || m.end > sentence.end || m.key === unit.key)
      return false;
    const r = registry.get(m.key);
    if (m.type === "Mission") return !atHome(r);
    if (m.type === "Event")
      return (r?.kb?.kind === "exercise" || r?.properties.kind === "exercise") && !atHome(r);
    // A state the unit is in or goes to, not one it merely works with: "sent to Poland and
    // Romania", not "integrated into a division of Germany".
    if (m.type === "Country")
      return (
        m.via !== "adjective" &&
        (r?.kb as KbCountry | undefined)?.iso2 !== iso &&
        PLACED_IN.test(doc.folded.slice(Math.max(sentence.start, m.start - 16), m.start))
      );
    if (m.type === "Location")
      return (
        r?.kb?.country !== undefined &&
        r.kb.country !== iso &&
        PLACED_IN.test(doc.folded.slice(Math.max(sentence.start, m.start - 16), m.start))
      );
    return false;
  });
  return abroad ? home : undefined;
}

/** Formations of several states ("Battle Group Poland", "Combined Task Force 151") are no one's. */
const MULTINATIONAL =
  /battle ?group|multinational|combined|joint|nato|allied|coalition|task force/iu;
/**
 * Units of one service that a state sends; groups and task forces are organisations of their own.
 * A rotational force ("Marine Rotational Force – Darwin", "Black Sea Rotational Force") is a
 * unit a state keeps abroad (eleventh round).
 */
const SENT_KIND =
  /(?:Battalion|Bataljon|Bataillon|\p{Ll}(?:bataillon|bataljon|brigade|divisie|geschwader)|Combat Team|Combat Group|Expeditionary Unit|Regiment|Brigade|Division|Divisie|Squadron|Smaldeel|Company|Compagnie|Commando|Dragoons|Hussars|Lancers|Fusiliers|Highlanders|Guards|Yeomanry|Rifles|Wing|Eskader|Rotational Force)(?![\p{L}])/u;

/** A unit found by the unit patterns, or one the knowledge base lists (kind "unit"). */
function isPatternUnit(record: EntityRecord | undefined): boolean {
  return (
    record !== undefined &&
    (record.kb ? record.kb.kind === "unit" : record.properties.kind === "unit") &&
    SENT_KIND.test(record.name) &&
    !MULTINATIONAL.test(record.name)
  );
}

function stateBefore(
  mentions: MentionSet,
  registry: EntityRegistry,
  start: number,
  end: number,
): EntityRecord | undefined {
  const states = mentions
    .overlapping(start, end)
    .filter((m) => !m.nested && m.start >= start && m.end <= end && m.type === "Country")
    .sort((a, b) => a.start - b.start);
  return states.length > 0 ? registry.get(states[0]!.key) : undefined;
}

function adjectiveRightBefore(
  doc: Doc,
  mentions: MentionSet,
  registry: EntityRegistry,
  start: number,
): EntityRecord | undefined {
  const adjective = mentions
    .overlapping(Math.max(0, start - 30), start)
    .find(
      (m) =>
        !m.nested &&
        m.type === "Country" &&
        m.via === "adjective" &&
        /^\s+$/u.test(doc.text.slice(m.end, start)),
    );
  return adjective ? registry.get(adjective.key) : undefined;
}

/** A state named right after a unit with "from"/"uit": "45 Commando uit het Verenigd Koninkrijk". */
const FROM_STATE = /^\s+(?:from|uit)\s+(?:the\s+|het\s+|de\s+)?$/u;

function stateRightAfter(
  doc: Doc,
  mentions: MentionSet,
  registry: EntityRegistry,
  end: number,
): EntityRecord | undefined {
  const state = mentions
    .overlapping(end, end + 30)
    .find(
      (m) =>
        !m.nested &&
        m.type === "Country" &&
        m.via !== "adjective" &&
        m.start > end &&
        FROM_STATE.test(doc.folded.slice(end, m.start)),
    );
  return state ? registry.get(state.key) : undefined;
}
