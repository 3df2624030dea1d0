import type { KbCountry, KbEquipment } from "../../kb/types.ts";
import type { AssetMention } from "./assets.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { anyOf } from "./lexicon.ts";
import { elidedShipNames, type FoundShip } from "./lists.ts";
import { mentionsNear } from "./mention-set.ts";
import type { Doc, EntityRegistry, Finding, Mention } from "./model.ts";
import { COREFERENCE_WINDOW, sentenceIndexAt } from "./model.ts";
import type { AssetCue } from "./recognise.ts";

/**
 * Ship prefixes and the navy (ISO 3166-1 alpha-2 of the flag state) that uses them. A prefix is
 * written in capitals (dots and spaces as in "Zr. Ms."), so "FS" or "JS" match only as a prefix
 * before a capitalised name.
 */
const SHIP_PREFIXES: readonly { pattern: string; canonical: string; country: string }[] = [
  { pattern: "Zr\\.\\s?Ms\\.", canonical: "HNLMS", country: "NL" },
  { pattern: "Hr\\.\\s?Ms\\.", canonical: "HNLMS", country: "NL" },
  { pattern: "HNLMS", canonical: "HNLMS", country: "NL" },
  { pattern: "HMS", canonical: "HMS", country: "GB" },
  { pattern: "RFA", canonical: "RFA", country: "GB" },
  { pattern: "HMCS", canonical: "HMCS", country: "CA" },
  { pattern: "HMAS", canonical: "HMAS", country: "AU" },
  { pattern: "HMNZS", canonical: "HMNZS", country: "NZ" },
  { pattern: "USS", canonical: "USS", country: "US" },
  { pattern: "USNS", canonical: "USNS", country: "US" },
  { pattern: "USCGC", canonical: "USCGC", country: "US" },
  { pattern: "FGS", canonical: "FGS", country: "DE" },
  { pattern: "FS", canonical: "FS", country: "FR" },
  { pattern: "ITS", canonical: "ITS", country: "IT" },
  { pattern: "ESPS", canonical: "ESPS", country: "ES" },
  { pattern: "NRP", canonical: "NRP", country: "PT" },
  { pattern: "HDMS", canonical: "HDMS", country: "DK" },
  { pattern: "HNoMS", canonical: "HNoMS", country: "NO" },
  { pattern: "KNM", canonical: "HNoMS", country: "NO" },
  { pattern: "HSwMS", canonical: "HSwMS", country: "SE" },
  { pattern: "ORP", canonical: "ORP", country: "PL" },
  { pattern: "TCG", canonical: "TCG", country: "TR" },
  { pattern: "BNS", canonical: "BNS", country: "BE" },
  { pattern: "ENS", canonical: "ENS", country: "EE" },
  { pattern: "LVNS", canonical: "LVNS", country: "LV" },
  { pattern: "LNS", canonical: "LNS", country: "LT" },
  { pattern: "FNS", canonical: "FNS", country: "FI" },
  { pattern: "ROKS", canonical: "ROKS", country: "KR" },
  { pattern: "JS", canonical: "JS", country: "JP" },
  { pattern: "INS", canonical: "INS", country: "IN" },
  { pattern: "RBNS", canonical: "RBNS", country: "BH" },
  { pattern: "BRP", canonical: "BRP", country: "PH" },
  { pattern: "RSS", canonical: "RSS", country: "SG" },
  { pattern: "KRI", canonical: "KRI", country: "ID" },
  // The other navies' prefixes in English-language news (general knowledge, not an article's).
  { pattern: "HS", canonical: "HS", country: "GR" },
  { pattern: "SPS", canonical: "ESPS", country: "ES" },
  { pattern: "JDS", canonical: "JS", country: "JP" },
  { pattern: "ROCS", canonical: "ROCS", country: "TW" },
  { pattern: "PNS", canonical: "PNS", country: "PK" },
  { pattern: "HTMS", canonical: "HTMS", country: "TH" },
  { pattern: "ARA", canonical: "ARA", country: "AR" },
  { pattern: "BAP", canonical: "BAP", country: "PE" },
  { pattern: "NMS", canonical: "NMS", country: "RO" },
  { pattern: "HMJS", canonical: "HMJS", country: "JM" },
  { pattern: "CCGS", canonical: "CCGS", country: "CA" },
];

/**
 * Name words: capitalised words, numerals ("Leopold I"), "of" between capitals ("Prince of Wales"),
 * up to two particles between them ("Abraham van der Hulst"),
 * an initial before a further capitalised word ("Harry S. Truman": the full stop of an initial ends
 * neither the name nor the sentence).
 */
const NAME_WORD =
  "(?:\\p{Lu}\\.(?=[ \\u00a0]+\\p{Lu}[\\p{L}'’-])|\\p{Lu}[\\p{L}'’-]*|[IVX]+|\\d{1,3})";
const SHIP = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${SHIP_PREFIXES.map((p) => p.pattern).join("|")})(?:[ \\u00a0]+|(?<=\\.)(?=\\p{Lu}\\p{Ll}))(${NAME_WORD}(?:[ \\u00a0]+(?:(?:of|de|van|der|den|am|an|di|da|del|du|des)[ \\u00a0]+){0,2}${NAME_WORD}){0,3})(?![\\p{L}\\p{N}])`,
  "gu",
);
/** A hull number right after the name: "(CVN 71)", "(F804)", "(P 840)". */
const HULL_NUMBER = /^[ \u00a0]*\(\p{Lu}{1,4}[- ]?\d{1,4}\)/u;

/** A named ship as an asset of its flag state (the shape `recogniseAssets` gives its assets). */
export type ShipMention = AssetMention;

function prefixOf(written: string): (typeof SHIP_PREFIXES)[number] | undefined {
  const compact = written.replace(/\s+/g, "");
  return SHIP_PREFIXES.find((p) =>
    new RegExp(`^${p.pattern.replace("\\s?", "")}$`, "u").test(compact),
  );
}

/** The words of a ship's name, whole, after a definite article ("the Iron Duke", "de Karel Doorman"). */
function bareNameIn(body: string, name: string): boolean {
  const at = body.indexOf(name);
  if (at < 0) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `(?:^|[\\s(])(?:the|The|de|De|het|Het)[ \\u00a0]+${escaped}(?![\\p{L}\\p{N}])`,
    "u",
  ).test(body);
}

function countryByIso2(gazetteer: Gazetteer, iso2: string): KbCountry | undefined {
  return gazetteer.kb.countries.find((c) => c.iso2 === iso2);
}

function knownShip(gazetteer: Gazetteer, surface: string): KbEquipment | undefined {
  for (const c of gazetteer.lookup(surface)) {
    if (
      c.ref.kind === "equipment" &&
      (c.ref.equipment.category === "SHIP" || c.ref.equipment.class)
    )
      return c.ref.equipment;
  }
  return undefined;
}

function isKnownPlace(gazetteer: Gazetteer, surface: string): boolean {
  return gazetteer
    .lookup(surface)
    .some((c) => c.ref.kind === "entity" && c.ref.entity.type === "Location");
}

/**
 * Named ships: a navy prefix and a capitalised name ("HMS Sutherland", "Zr. Ms. De Ruyter",
 * "USS Bunker Hill (CG 52)"). Per ONTOLOGY.md a named ship is an Asset of its flag state, named
 * with the owner in brackets ("HMS Sutherland (United Kingdom)"); Dutch ships keep the English
 * prefix the knowledge base uses ("HNLMS De Ruyter", alias "Zr.Ms. De Ruyter"). The flag state
 * PROVIDES the ship. In a title-case headline the name is cut to what the body names, else to one
 * word ("HMS Sutherland Sails to Asia"). Names inside the ship's name are no mentions of their own
 * ("Westminster", "Holland"), and later bare references ("the Sutherland", "de Holland") are the
 * ship. Runs after dictionary recognition and before people, so "Ms. Holland" is no person.
 */
export function recogniseShips(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: Mention[],
  cues: AssetCue[],
): { ships: ShipMention[]; findings: Finding[] } {
  const found: FoundShip[] = [];
  SHIP.lastIndex = 0;
  for (let m = SHIP.exec(doc.text); m !== null; m = SHIP.exec(doc.text)) {
    const prefix = prefixOf(m[1]!);
    if (!prefix) continue;
    // A sentence's full stop or a possessive is no part of the name: "USS Bunker Hill.", "Argyll's".
    // "HMS Tamar's Commanding Officer": the name ends at its possessive.
    const possessive = /['’]s(?=[ \u00a0])/u.exec(m[2]!);
    const raw = (possessive ? m[2]!.slice(0, possessive.index) : m[2]!).replace(
      /(?:['’]s|[.'’])$/u,
      "",
    );
    found.push({
      start: m.index,
      end: m.index + m[0].length - (m[2]!.length - raw.length),
      prefix: prefix.canonical,
      name: raw.replace(/[ \u00a0]+/g, " "),
    });
  }
  // "HMS Northumberland and Westminster", "minehunters Cattistock, Hurworth and Ramsey": names a
  // list gives without the prefix it stated once (lists.ts).
  if (found.length > 0) found.push(...elidedShipNames(doc, found, mentions));
  // Without a prefixed ship, only a nationality and a class noun can name one ("het Noorse
  // commandoschip Maud"): the whole-text pattern runs only over a text that holds a class noun.
  if (found.length === 0 && !UNPREFIXED_HINT.test(doc.folded)) return { ships: [], findings: [] };
  const inBody = found.filter((f) => f.start >= doc.titleEnd).map((f) => `${f.prefix} ${f.name}`);
  // "at HMAS Stirling", "through HMAS Stirling": a navy's shore establishment carries a ship's
  // prefix; a name found after "at" or "through" (and never "aboard" or "on board") is a base.
  const shore = new Set<string>();
  const afloat = new Set<string>();
  for (const f of found) {
    const before = doc.folded.slice(Math.max(0, f.start - 12), f.start);
    if (/(?:^|\s)(?:at|through)\s+$/u.test(before)) shore.add(`${f.prefix} ${f.name}`);
    if (/(?:aboard|board|on|onboard)\s+(?:the\s+)?$/u.test(before))
      afloat.add(`${f.prefix} ${f.name}`);
  }
  const ships: ShipMention[] = [];
  const findings: Finding[] = [];
  for (const ship of found) {
    const shoreName = `${ship.prefix} ${ship.name}`;
    if (shore.has(shoreName) && !afloat.has(shoreName) && ship.start >= doc.titleEnd) {
      for (let i = mentions.length - 1; i >= 0; i--) {
        const x = mentions[i]!;
        if (x.start >= ship.start && x.end <= ship.end) mentions.splice(i, 1);
      }
      if (mentions.some((x) => x.start < ship.end && ship.start < x.end && !x.nested)) continue;
      const record = registry.fromName("Location", shoreName, { kind: "base" });
      mentions.push({
        start: ship.start,
        end: ship.end,
        key: record.key,
        type: "Location",
        nested: false,
        via: "pattern",
      });
      continue;
    }
    if (ship.start < doc.titleEnd) {
      // Title case: the longest name the body gives this ship, else its first word.
      const words = ship.name.split(" ");
      let keep = 1;
      const body = doc.text.slice(doc.titleEnd);
      for (let n = words.length; n >= 1; n--) {
        const named = words.slice(0, n).join(" ");
        // "HMS Iron Duke Visits London" and "the Iron Duke" in the body: the body may name the
        // ship without its prefix.
        if (inBody.includes(`${ship.prefix} ${named}`) || (n >= 2 && bareNameIn(body, named))) {
          keep = n;
          break;
        }
      }
      const name = words.slice(0, keep).join(" ");
      const at = doc.text.indexOf(words[0]!, ship.start);
      ship.end =
        at +
        doc.text
          .slice(at, ship.end)
          .split(/[ \u00a0]+/)
          .slice(0, keep)
          .join(" ").length;
      ship.name = name;
    }
    const info = SHIP_PREFIXES.find((p) => p.canonical === ship.prefix)!;
    const country = countryByIso2(gazetteer, info.country);
    if (!country) continue;
    const owner = registry.fromKb(country);
    const surface = doc.text.slice(ship.start, ship.end);
    // A shore establishment named like a ship ("HMAS Stirling", a naval base) is the knowledge
    // base's place, not a ship.
    if (isKnownPlace(gazetteer, ship.elided ? `${ship.prefix} ${ship.name}` : surface)) continue;
    const known =
      knownShip(gazetteer, surface) ?? knownShip(gazetteer, `${ship.prefix} ${ship.name}`);
    const base = known?.model ?? `${ship.prefix} ${ship.name}`;
    const dutch = info.country === "NL";
    const canonical = dutch ? base : `${base} (${owner.name})`;
    const properties: Record<string, string> = {
      owner: owner.name,
      model: known?.class ?? base,
      category: known?.category ?? "SHIP",
    };
    const record = registry.fromName("Asset", canonical, properties);
    record.aliases.add(base);
    record.aliases.add(dutch ? `${base} (${owner.name})` : base);
    if (known?.wikidataId && !record.wikidataId) record.wikidataId = known.wikidataId;
    const hull = HULL_NUMBER.exec(doc.text.slice(ship.end, ship.end + 14));
    if (hull) record.aliases.add(`${surface}${hull[0]}`.replace(/\s+/g, " "));
    // Names inside the ship's name ("Holland", "Westminster") and its dictionary cue are the ship.
    for (let i = mentions.length - 1; i >= 0; i--) {
      const x = mentions[i]!;
      if (x.start < ship.end && ship.start < x.end) mentions.splice(i, 1);
    }
    // "the American destroyer USS Harbour Light", "het patrouilleschip Zr. Ms. Groningen": a ship
    // noun right before the name describes the ship; it is no asset of its own.
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i]!;
      const describes =
        c.end <= ship.start &&
        isShipNoun(c) &&
        /^[\s\u00a0]{1,2}$/u.test(doc.text.slice(c.end, ship.start));
      if (describes || (c.start < ship.end && ship.start < c.end)) cues.splice(i, 1);
    }
    recordShip(doc, { mentions, ships, findings }, ship, record, owner, "ship.flag", 0.8);
  }
  unprefixedShips(doc, registry, mentions, cues, ships, findings);
  recogniseShortShipNames(doc, ships, mentions);
  recogniseShipAnaphors(doc, ships, mentions, cues);
  return { ships, findings };
}

/** A ship found at `span`: its mention, and the PROVIDES of the state whose flag it flies. */
function recordShip(
  doc: Doc,
  out: { mentions: Mention[]; ships: ShipMention[]; findings: Finding[] },
  span: { start: number; end: number },
  record: ShipMention["record"],
  owner: ShipMention["owner"],
  rule: string,
  confidence: number,
): void {
  const mention: Mention = {
    start: span.start,
    end: span.end,
    key: record.key,
    type: "Asset",
    nested: false,
    via: "ship",
  };
  out.mentions.push(mention);
  out.ships.push({ mention, record, owner, properties: {}, ownerBy: "flag" });
  out.findings.push({
    type: "PROVIDES",
    source: owner.key,
    target: record.key,
    rule,
    confidence,
    sentence: sentenceIndexAt(doc, span.start),
  });
}

const UNPREFIXED_CLASS =
  "aircraft carrier|destroyer|frigate|corvette|cruiser|submarine|minehunter|patrol vessel|command ship|support ship|replenishment ship|landing ship|amphibious ship|fregat|luchtverdedigingsfregat|korvet|onderzeeboot|mijnenjager|patrouilleschip|commandoschip|bevoorradingsschip|ondersteuningsschip|transportschip|landingsschip|oorlogsschip|marineschip|mijnenbestrijdingsvaartuig|vliegdekschip|torpedobootjager";
const UNPREFIXED_HINT = anyOf(UNPREFIXED_CLASS.split("|"));
const UNPREFIXED = new RegExp(
  `(?<![\\p{L}])(?:[\\p{Ll}-]+\\s+)?(?:${UNPREFIXED_CLASS})\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]+(?:\\s+\\p{Lu}\\p{Ll}[\\p{L}'’-]+)?)(?![\\p{L}\\p{N}])`,
  "gu",
);
/** A verb of sending and a determiner right before a ship's class noun. */
const SENDS_THE =
  /(?<![\p{L}])(?:send|sends|sent|deploy|deploys|deployed|dispatch|dispatches|dispatched|contribute|contributes|contributed|stuurt|stuurde|stuurden|sturen|levert|leverde|zet|zette)\s+(?:(?:the|its|de|het|haar|zijn)\s+)?(?:[\p{Ll}-]+\s+)?$/u;
const NOT_SHIP_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|maart|mei|juni|juli|augustus|oktober|the|de|het|and|en)$/iu;

/**
 * "the French frigate Languedoc", "de Duitse fregat Sachsen": a nationality, a ship class and a
 * capitalised name nothing else reads is a named ship of that state (no navy prefix needed), which
 * PROVIDES it. The class noun describes the ship and is no asset of its own.
 */
function unprefixedShips(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  cues: AssetCue[],
  ships: ShipMention[],
  findings: Finding[],
): void {
  UNPREFIXED.lastIndex = 0;
  for (let m = UNPREFIXED.exec(doc.text); m !== null; m = UNPREFIXED.exec(doc.text)) {
    const name = m[1]!;
    const end = m.index + m[0].length;
    const start = end - name.length;
    if (start < doc.titleEnd || NOT_SHIP_NAME.test(name.split(/\s+/)[0]!)) continue;
    const near = mentionsNear(mentions, Math.max(0, m.index - 24), end);
    if (near.some((x) => x.start < end && start < x.end)) continue;
    const nationality = near.find(
      (x) =>
        x.type === "Country" &&
        x.via === "adjective" &&
        x.end <= m!.index &&
        /^\s+$/u.test(doc.text.slice(x.end, m!.index)),
    );
    // "Belgium will send the frigate Louise-Marie": without a nationality, the state that sends
    // the ship (the sentence's first state, before a verb of sending right before the class noun).
    const sender = nationality
      ? undefined
      : SENDS_THE.test(doc.folded.slice(Math.max(0, m.index - 40), m.index))
        ? mentionsNear(mentions, doc.sentences[sentenceIndexAt(doc, m.index)]!.start, m.index)
            .filter((x) => x.type === "Country" && !x.nested && x.end <= m!.index)
            .sort((a, b) => a.start - b.start)[0]
        : undefined;
    const flag = nationality ?? sender;
    if (!flag) continue;
    const owner = registry.get(flag.key);
    if (!owner) continue;
    const canonical = `${name.replace(/\s+/g, " ")} (${owner.name})`;
    const record = registry.fromName("Asset", canonical, {
      owner: owner.name,
      model: name,
      category: "SHIP",
    });
    for (let i = cues.length - 1; i >= 0; i--) {
      const c = cues[i]!;
      if (c.start >= m.index && c.end <= start) cues.splice(i, 1);
    }
    recordShip(
      doc,
      { mentions, ships, findings },
      { start, end },
      record,
      owner,
      "ship.nationality",
      0.7,
    );
  }
}

/**
 * "de Holland", "the Sutherland", "Bunker Hill": the name without its prefix, once the article has
 * named the ship. A bare name that the dictionary read as something else ("Holland" as the
 * Netherlands) is taken for the ship only after a determiner.
 */
function recogniseShortShipNames(doc: Doc, ships: readonly ShipMention[], mentions: Mention[]) {
  const byName = new Map<string, ShipMention>();
  for (const ship of ships) {
    const written = doc.text.slice(ship.mention.start, ship.mention.end);
    const bare = written.replace(
      new RegExp(`^(?:${SHIP_PREFIXES.map((p) => p.pattern).join("|")})[ \\u00a0]+`, "u"),
      "",
    );
    if (bare.length >= 3 && bare !== written) byName.set(bare, ship);
    // "TR" for USS Theodore Roosevelt: the initials of a name of two or more words, in capitals.
    const words = bare.split(/[ \u00a0]+/u);
    if (words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
      const initials = words.map((w) => w[0]).join("");
      if (!byName.has(initials)) byName.set(initials, ship);
    }
  }
  for (const [bare, ship] of byName) {
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[ \\u00a0]+");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}.-])${escaped}(?![\\p{L}\\p{N}])`, "gu");
    for (let m = pattern.exec(doc.text); m !== null; m = pattern.exec(doc.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < ship.mention.start) continue;
      const overlapping = mentions.filter((x) => x.start < end && start < x.end);
      if (overlapping.some((x) => x.type === "Asset")) continue;
      const determiner = /(?:^|[^\p{L}])(?:the|de|het)\s+$/iu.test(
        doc.text.slice(Math.max(0, start - 5), start),
      );
      if (overlapping.length > 0) {
        if (!determiner || overlapping.some((x) => x.start < start || x.end > end)) continue;
        for (const x of overlapping) mentions.splice(mentions.indexOf(x), 1);
      }
      mentions.push({
        start,
        end,
        key: ship.record.key,
        type: "Asset",
        nested: false,
        via: "ship",
      });
    }
  }
}

function isShipNoun(cue: AssetCue): boolean {
  const category = cue.equipment?.category ?? cue.assetKind?.category;
  return category === "SHIP" || category === "SUBMARINE";
}

/** A definite singular ship noun ("the ship", "het fregat"), listed as an asset noun or not. */
const SHIP_NOUN =
  /(?<![\p{L}-])(?:the|het|de|this|that|dit|dat|deze)\s+(ship|vessel|frigate|destroyer|warship|carrier|submarine|schip|marineschip|fregat|oorlogsschip|onderzeeboot|onderzeeër|patrouilleschip)(?![\p{L}-])/gu;
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|this|that|de|het|dit|dat|deze)\s+$/u;

/**
 * "the frigate", "het schip", "dit fregat": a definite singular ship noun after a named ship is the
 * ship named last before it ("the ship will leave Devonport" locates HMS Sutherland); a ship noun in the headline ("Royal Navy Frigate Joins …") is the first
 * ship the body names. Neither is a second asset. A noun right before a named ship introduces that
 * ship ("the destroyer USS Harbour Light") and refers to no earlier one. The one rule for ship
 * references: asset nouns of ships (cues) and the other ship nouns alike.
 */
function recogniseShipAnaphors(
  doc: Doc,
  ships: readonly ShipMention[],
  mentions: Mention[],
  cues: AssetCue[],
): void {
  const named = ships
    .map((s) => s.mention)
    .filter((m) => m.start >= doc.titleEnd)
    .sort((a, b) => a.start - b.start);
  if (named.length === 0) return;
  const flagOf = new Map(ships.map((s) => [s.mention, s.owner.key]));
  const headline = ships.find((s) => s.mention.start < doc.titleEnd);
  const refersTo = (start: number, end: number): Mention | undefined => {
    if (start < doc.titleEnd) return named[0];
    // "het Nederlandse fregat", "the British frigate": a nationality between the article and the
    // noun names the flag; the ship is the last one named of that flag.
    const adjective = mentionsNear(mentions, Math.max(0, start - 40), start).find(
      (m) => m.via === "adjective" && m.end < start && /^\s+$/u.test(doc.text.slice(m.end, start)),
    );
    const determinerEnd = adjective ? adjective.start : start;
    if (!DEFINITE_BEFORE.test(doc.folded.slice(Math.max(0, determinerEnd - 6), determinerEnd)))
      return undefined;
    const next = named.find((m) => m.start >= end);
    if (next && /^\s*$/u.test(doc.folded.slice(end, next.start))) return undefined;
    const last = named
      .filter((m) => m.end <= start && (!adjective || flagOf.get(m) === adjective.key))
      .pop();
    // In a report on one ship (the headline names it), a partner of another flag named since is
    // no bare "het fregat": that is the report's ship.
    if (!adjective && last && headline && flagOf.get(last) !== headline.owner.key) {
      const own = named.find((m) => m.key === headline.mention.key && m.end <= start);
      if (own) return own;
    }
    // Two ships named in the sentence or the window before it compete: "HMS A and HMS B sailed
    // … The destroyer will …" names neither (twelfth round, as coreference.ts).
    if (last && !adjective) {
      const sentence = sentenceIndexAt(doc, start);
      const from = doc.sentences[Math.max(0, sentence - COREFERENCE_WINDOW)]!.start;
      if (named.some((m) => m.start >= from && m.end <= start && m.key !== last.key))
        return undefined;
    }
    return last;
  };
  const found: Mention[] = [];
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!;
    if (!isShipNoun(c)) continue;
    // Plurals ("the frigates", "de schepen") are more than one ship.
    if (/(?:s|en)$/u.test(doc.text.slice(c.start, c.end))) continue;
    const ship = refersTo(c.start, c.end);
    if (!ship) continue;
    cues.splice(i, 1);
    if (mentions.some((x) => x.start < c.end && c.start < x.end)) continue;
    found.push({
      start: c.start,
      end: c.end,
      key: ship.key,
      type: "Asset",
      nested: false,
      via: "anaphor",
    });
  }
  // Ship nouns the dictionary does not list as assets ("the ship", "het schip").
  SHIP_NOUN.lastIndex = 0;
  for (let m = SHIP_NOUN.exec(doc.folded); m !== null; m = SHIP_NOUN.exec(doc.folded)) {
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (cues.some((c) => c.start < end && start < c.end)) continue;
    if (found.some((x) => x.start < end && start < x.end)) continue;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    const ship = refersTo(start, end);
    if (ship)
      found.push({ start, end, key: ship.key, type: "Asset", nested: false, via: "anaphor" });
  }
  mentions.push(...found.sort((a, b) => a.start - b.start));
}
