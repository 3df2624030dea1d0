import type { Properties } from "../../domain/article.ts";
import { assetName } from "../../domain/identity.ts";
import { foldKey } from "./fold.ts";
import { MONTHS, NUMBER_WORDS } from "./lexicon.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding, Mention } from "./model.ts";
import { sentenceIndexAt } from "./model.ts";
import type { AssetCue } from "./recognise.ts";

/** Verbs and nouns of sending and contributing: their subject owns the assets of the clause. */
export const PROVIDE_VERBS =
  /(?<![\p{L}])(?:lever(?:t|en|de|den)|geleverd|stuur(?:t|en|de|den)|gestuurd|zend(?:t|en)|zond(?:en)?|uitgezonden|zet(?:ten)?|ingezet|inzet(?:ten)?|draag(?:t)?|dragen|bijdraagt|bijdragen|bijdrage|stel(?:t|len)|beschikbaar|ontplooi(?:t|en)|ontplooid|plaats(?:t|en)|stationeert|stationeren|levering|provid(?:es|ed|ing|e)|contribut(?:es|ed|ing|e|ion)|send(?:s|ing)?|sent|deploy(?:s|ed|ing|ment)?|dispatch(?:es|ed|ing)?|commit(?:s|ted|ting)?|suppl(?:ies|ied|y|ying)|donat(?:es|ed|e|ing)|deliver(?:s|ed|ing)?|station(?:s|ed|ing)?|offer(?:s|ed)?|pledg(?:es|ed|e))(?![\p{L}])/u;

const QUANTITY_BEFORE =
  /(?:^|\s)(?:(ongeveer|circa|ca\.|ruim|bijna|zo'n|maximaal|hooguit|tot|about|around|some|approximately|nearly|almost|up to|more than|meer dan|over)\s+)?(\d{1,3}(?:[.,]\d{3})*|\d+|[a-z]+)(?:-(?:koppige?|strong|man|person|member))?\s+$/u;

function parseNumber(token: string): number | undefined {
  if (/^\d/.test(token)) {
    const n = Number(token.replace(/[.,](?=\d{3}\b)/g, ""));
    return Number.isFinite(n) ? n : undefined;
  }
  return NUMBER_WORDS[token];
}

export interface AssetMention {
  mention: Mention;
  record: EntityRecord;
  owner: EntityRecord;
  properties: Properties;
  ownerBy: string;
}

/** Dates: "12 december", "1 January 2019", "december 2018", "2019-01-01". */
const DATE =
  "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+[a-z]+(?:\\s+\\d{4})?|[a-z]+\\s+\\d{1,2}(?:,\\s*\\d{4})?|[a-z]+\\s+\\d{4}|[a-z]+)";
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

function datesIn(sentence: string, year?: number): { from?: string; until?: string } {
  const out: { from?: string; until?: string } = {};
  FROM.lastIndex = 0;
  for (let m = FROM.exec(sentence); m !== null && !out.from; m = FROM.exec(sentence)) {
    const d = parseDate(m[1]!, year);
    if (d) out.from = d;
  }
  UNTIL.lastIndex = 0;
  for (let m = UNTIL.exec(sentence); m !== null && !out.until; m = UNTIL.exec(sentence)) {
    const d = parseDate(m[1]!, year);
    if (d) out.until = d;
  }
  return out;
}

const MAXIMUM =
  /(?<![\p{L}])(?:maximaal|hooguit|oplopen tot(?: maximaal)?|uitbreiden tot|up to|a maximum of|at most|rise to|increase to|grow to)\s+(\d+|[a-z]+)(?![\p{L}\d])/u;
const ANAPHORIC_TOTAL =
  /^(?:hun|dit|dat|het totale|het|dat|their|the total|this|that|the number)\b/u;

/**
 * Assets from their nouns: "4 Nederlandse F-16's", "2 militaire adviseurs", "about 600 NATO
 * personnel", "een 120-koppig detachement". The owner is the nationality or organisation inside
 * the phrase, else the subject of a verb of sending in the same sentence, else the owner of the
 * same kind already named in the article, else (only when a number makes it a real
 * contribution) the article's contributing country.
 */
export function recogniseAssets(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  cues: AssetCue[],
  year?: number,
): { assets: AssetMention[]; findings: Finding[] } {
  const assets: AssetMention[] = [];
  const pendingFallback: { cue: AssetCue; start: number; quantity: number; sentence: number }[] =
    [];
  const sorted = [...cues].sort((a, b) => a.start - b.start);
  let previous: AssetMention | undefined;
  for (const cue of sorted) {
    const sentenceIndex = sentenceIndexAt(doc, cue.start);
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) continue;
    const kind = cue.equipment?.model ?? cue.assetKind!.name;
    const category = cue.equipment?.category ?? cue.assetKind!.category;
    // The noun phrase before the noun: quantity, nationality or organisation, modifiers.
    let start = cue.start;
    let owner: EntityRecord | undefined;
    let ownerBy = "";
    const properties: Properties = {};
    for (let guard = 0; guard < 4; guard++) {
      const ownerMention = mentions.find(
        (m) =>
          (m.type === "Country" || m.type === "Organisation") &&
          /^\s{1,2}$/.test(doc.text.slice(m.end, start)) &&
          m.end <= start &&
          m.start >= sentence.start,
      );
      if (ownerMention && !owner) {
        owner = registry.get(ownerMention.key);
        ownerBy = "phrase";
        start = ownerMention.start;
        ownerMention.nested = true;
        continue;
      }
      const head = doc.folded.slice(sentence.start, start);
      const quantity = QUANTITY_BEFORE.exec(head);
      if (quantity && properties.quantity === undefined) {
        const n = parseNumber(quantity[2]!);
        if (n !== undefined && n > 0 && n < 1_000_000) {
          const qualifier = quantity[1];
          if (qualifier && /maximaal|hooguit|up to|tot/.test(qualifier)) properties.maxQuantity = n;
          else properties.quantity = n;
          start =
            sentence.start + quantity.index + (quantity[0].length - quantity[0].trimStart().length);
          continue;
        }
      }
      // Adjectives: Dutch inflected -e ("militaire", "Nederlandse"), English -al/-ary/-ic/-ive.
      const modifier =
        /(?:^|\s)(\p{Ll}+(?:e|al|ary|ic|ive)|armed|unmanned|trained|additional|extra|new|more|meer|extra)\s+$/u.exec(
          head,
        );
      if (
        modifier &&
        !/^(?:de|die|deze|ze|we|je|twee|drie|negen|elke|welke|alle|andere|the|are|were|have|gave|give|more|these|those|some|here|there|where)$/.test(
          modifier[1]!,
        )
      ) {
        start =
          sentence.start + modifier.index + (modifier[0].length - modifier[0].trimStart().length);
        continue;
      }
      break;
    }
    // "militaire adviseurs en trainers": a personnel noun joined to the previous one without its own
    // number or owner is the same contingent.
    if (
      previous &&
      !owner &&
      properties.quantity === undefined &&
      category === "PERSONNEL" &&
      previous.record.properties.category === "PERSONNEL" &&
      /^\s+(?:en|and|&)\s+$/.test(doc.folded.slice(previous.mention.end, start))
    ) {
      previous.record.aliases.add(doc.text.slice(cue.start, cue.end));
      previous.mention.end = cue.end;
      continue;
    }
    const clause = doc.folded.slice(sentence.start, cue.start);
    if (!owner && PROVIDE_VERBS.test(doc.folded.slice(sentence.start, sentence.end))) {
      const subject = mentions
        .filter(
          (m) =>
            (m.type === "Country" || m.type === "Organisation") &&
            !m.nested &&
            m.start >= sentence.start &&
            m.end <= cue.start,
        )
        .filter(
          (m) =>
            !/(?:^|\s)(?:aan|van|voor|met|in|tegen|to|of|for|with|in|against|by|door)\s+(?:de\s+|het\s+|the\s+)?$/.test(
              doc.folded.slice(Math.max(sentence.start, m.start - 12), m.start),
            ),
        )
        .sort((a, b) => b.start - a.start)[0];
      if (subject && clause.length > 0) {
        owner = registry.get(subject.key);
        ownerBy = "subject";
      }
    }
    if (!owner) {
      const sameKind = assets.filter(
        (a) => a.record.properties.model === kind || a.record.properties.kind === kind,
      );
      const owners = new Set(sameKind.map((a) => a.owner.key));
      if (owners.size === 1) {
        owner = sameKind[0]!.owner;
        ownerBy = "earlier";
      }
    }
    if (!owner) {
      if (properties.quantity !== undefined || properties.maxQuantity !== undefined) {
        pendingFallback.push({
          cue,
          start,
          quantity: properties.quantity as number,
          sentence: sentenceIndex,
        });
      }
      continue;
    }
    const asset = makeAsset(
      doc,
      registry,
      mentions,
      cue,
      start,
      owner,
      ownerBy,
      properties,
      sentenceIndex,
      year,
    );
    assets.push(asset);
    previous = asset;
  }
  // The contributing country of the article: the one that owns most of what it sends.
  if (pendingFallback.length > 0) {
    const counts = new Map<string, number>();
    for (const a of assets)
      if (a.owner.type === "Country") counts.set(a.owner.key, (counts.get(a.owner.key) ?? 0) + 1);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const owner = best ? registry.get(best[0]) : undefined;
    if (owner) {
      for (const item of pendingFallback) {
        const properties: Properties = {};
        if (item.quantity !== undefined) properties.quantity = item.quantity;
        assets.push(
          makeAsset(
            doc,
            registry,
            mentions,
            item.cue,
            item.start,
            owner,
            "article",
            properties,
            item.sentence,
            year,
          ),
        );
      }
    }
  }
  const findings: Finding[] = [];
  for (const asset of assets) {
    // An owner guessed from the article as a whole names the asset but states no contribution.
    if (asset.ownerBy === "article") continue;
    findings.push({
      type: "PROVIDES",
      source: asset.owner.key,
      target: asset.record.key,
      rule: `asset.owner-${asset.ownerBy}`,
      confidence: asset.ownerBy === "phrase" || asset.ownerBy === "subject" ? 0.85 : 0.65,
      sentence: sentenceIndexAt(doc, asset.mention.start),
      properties: asset.properties,
    });
  }
  return { assets, findings };
}

function makeAsset(
  doc: Doc,
  registry: EntityRegistry,
  mentions: Mention[],
  cue: AssetCue,
  start: number,
  owner: EntityRecord,
  ownerBy: string,
  properties: Properties,
  sentenceIndex: number,
  year?: number,
): AssetMention {
  const kind = cue.equipment?.model ?? cue.assetKind!.name;
  const category = cue.equipment?.category ?? cue.assetKind!.category;
  const record = registry.fromName("Asset", assetName(kind, owner.name), {
    owner: owner.name,
    ...(cue.equipment ? { model: kind } : { kind }),
    category,
  });
  record.aliases.add(doc.text.slice(cue.start, cue.end));
  if (cue.equipment?.wikidataId && !record.wikidataId)
    record.properties.equipmentWikidataId = cue.equipment.wikidataId;
  const sentence = doc.sentences[sentenceIndex]!;
  const own = doc.folded.slice(sentence.start, sentence.end);
  const dates = datesIn(own, year);
  if (dates.from) properties.from = dates.from;
  if (dates.until) properties.until = dates.until;
  const after = doc.folded.slice(cue.end, sentence.end);
  const maximum = MAXIMUM.exec(after);
  if (maximum) {
    const n = parseNumber(maximum[1]!);
    if (n !== undefined) properties.maxQuantity = n;
  }
  const next = doc.sentences[sentenceIndex + 1];
  if (next && properties.maxQuantity === undefined) {
    const text = doc.folded.slice(next.start, next.end);
    const total = MAXIMUM.exec(text);
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
  for (const m of mentions) if (m.start >= start && m.end <= cue.end) m.nested = true;
  mentions.push(mention);
  return { mention, record, owner, properties, ownerBy };
}

export { foldKey };
