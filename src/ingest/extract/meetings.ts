import { kbEntityNamed } from "./compounds.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRegistry, Mention } from "./model.ts";

/**
 * "the eighth meeting of the Ukraine Defense Contact Group", "een bijeenkomst van de Ukraine
 * Defense Contact Group": a meeting named by the body that meets is an Event, "[ordinal] meeting
 * of the <body>" (English, whatever the article's language); the body stays named inside it.
 */
const MEETING_OF =
  /(?:^|[^\p{L}])((?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th))\s+)?(?:meeting|bijeenkomst|vergadering|session|sessie|zitting)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?)$/u;
const MEETING_HINT = /meeting|bijeenkomst|vergadering|session|sessie|zitting/u;

/** Per text, the body each meeting names, by the start of the meeting's mention. */
const bodies = new WeakMap<Doc, Map<number, Mention>>();

/**
 * The body a meeting mention names ("the next meeting of the Ukraine Defense Contact Group": the
 * contact group, nested in the event's mention), for rules about the body: who chairs its meeting
 * leads it, and "de contactgroep" later refers to it.
 */
export function bodyOfMeeting(doc: Doc, meeting: Mention): Mention | undefined {
  return meeting.type === "Event" ? bodies.get(doc)?.get(meeting.start) : undefined;
}

export function recogniseMeetingsOf(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!MEETING_HINT.test(doc.folded)) return;
  for (const body of mentions.filter((m) => m.type === "Organisation" && !m.nested)) {
    const before = MEETING_OF.exec(doc.folded.slice(Math.max(0, body.start - 60), body.start));
    if (!before) continue;
    const start = body.start - before[1]!.length;
    if (mentions.overlapping(start, body.start).some((x) => !x.nested)) continue;
    const ordinal = before[2] ? `${before[2]} ` : "";
    const bodyName = registry.get(body.key)!.name;
    const record = registry.fromName("Event", `${ordinal}meeting of the ${bodyName}`, {
      kind: "meeting-of",
    });
    // "another session of the X" is the X's meeting, as "the X meeting" names it.
    record.aliases.add(`${bodyName} meeting`);
    mentions.wrap({
      start,
      end: body.end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "compound",
    });
    const named = bodies.get(doc) ?? new Map<number, Mention>();
    bodies.set(doc, named);
    named.set(start, body);
  }
}

/**
 * Each organisation (not inside another name) that `pattern` matches right after, within `reach`
 * characters of the folded text; none when the text lacks `hint` (both meeting passes below).
 */
function* bodiesFollowedBy(
  doc: Doc,
  mentions: MentionSet,
  hint: RegExp,
  pattern: RegExp,
  reach: number,
): Generator<[Mention, RegExpExecArray]> {
  if (!hint.test(doc.folded)) return;
  for (const body of mentions.filter((m) => m.type === "Organisation" && !m.nested)) {
    const after = pattern.exec(doc.folded.slice(body.end, body.end + reach));
    if (after) yield [body, after];
  }
}

/**
 * "NATO Foreign Ministers met in Antalya", "EU defence ministers will meet in Brussels": the
 * ministers of one portfolio of a body, as the subject of a verb of meeting, name the meeting
 * they hold — an Event "<body> <Portfolio> Ministers' Meeting" over the words (the body stays
 * named inside it). Its place comes from the verb (`meeting-places`); "the meeting" later refers
 * to it.
 */
const MINISTERS_MEET =
  /^\s+((?:[\p{L}]+\s+){1,2}?)ministers\s+(?:(?:will|have|had|also)\s+)?(?:met|meet|meets|gathered|gather|convened|convene)(?![\p{L}])/u;
const MINISTERS_HINT = /ministers\s+(?:(?:will|have|had|also)\s+)?(?:met|meet|gather|convene)/u;
const PORTFOLIO =
  /^(?:foreign|defen[cs]e|finance|economy|interior|home affairs|foreign affairs|trade|energy|justice)$/u;

export function recogniseMinistersMeetings(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  for (const [body, after] of bodiesFollowedBy(doc, mentions, MINISTERS_HINT, MINISTERS_MEET, 60)) {
    const portfolio = after[1]!.trim();
    if (!PORTFOLIO.test(portfolio)) continue;
    const end = body.end + after[0].indexOf("ministers") + "ministers".length;
    if (mentions.overlapping(body.end, end).some((x) => !x.nested)) continue;
    // "… met in Rome for the NATO Defence Ministerial": the sentence names the meeting itself.
    const sentence = doc.sentences.find((x) => x.start <= body.start && body.start < x.end);
    const verbEnd = body.end + after[0].length;
    if (
      sentence &&
      mentions
        .overlapping(verbEnd, sentence.end)
        .some(
          (x) =>
            x.type === "Event" &&
            !x.nested &&
            /(?:for|at|to attend)\s+(?:the|an?)\s+$/u.test(doc.folded.slice(x.start - 16, x.start)),
        )
    )
      continue;
    const title = portfolio.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    const record = registry.fromName(
      "Event",
      `${registry.get(body.key)!.name} ${title} Ministers' Meeting`,
      { kind: "ministers-meeting" },
    );
    mentions.wrap({
      start: body.start,
      end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "compound",
    });
  }
}

/**
 * `other-editions` (sixth round): "De vorige URC vond plaats in Berlijn", "The next summit will be
 * held in Vilnius", "last year's BALTOPS": a recurring event's name (or a reference to it) after a
 * word that points at another edition names that other edition, not the one the article reports
 * on — which shares the name. The mention is dropped, so nothing said of the other edition (where
 * it was, who came) is said of this one. A name with its own year or number ("the previous
 * exercise, Trident Juncture 2015"; "de vorige Flintlock 17") names its edition and is kept.
 */
const OTHER_EDITION =
  /(?<![\p{L}])(?:previous|next|upcoming|preceding|prior|last year's|next year's|this year's last|vorige|volgende|komende|eerdere|voorgaande|vorigjarige)\s+$/u;
const OTHER_EDITION_HINT =
  /previous|next|upcoming|preceding|prior|last year|vorige|volgende|komende|eerdere|voorgaande/u;

export function dropOtherEditions(doc: Doc, mentions: MentionSet): void {
  if (!OTHER_EDITION_HINT.test(doc.folded)) return;
  const other = new Set<Mention>();
  const plain = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Event" || m.nested) continue;
    const edition =
      OTHER_EDITION.test(doc.folded.slice(Math.max(0, m.start - 24), m.start)) &&
      !/\d/u.test(doc.text.slice(m.start, m.end));
    if (edition) other.add(m);
    // "the meeting" read as a reference to it does not name this edition (ninth round).
    else if (m.via !== "anaphor") plain.add(m.key);
  }
  // Only where the article also names this edition: "the upcoming NATO Defense Ministerial", named
  // nowhere else, is the one event of that name the article knows.
  for (let i = mentions.length - 1; i >= 0 && other.size > 0; i--) {
    const m = mentions[i]!;
    if (other.has(m) && plain.has(m.key)) mentions.splice(i, 1);
  }
}

/**
 * `placed-summits` (sixth round): "The next NATO summit will be held in Washington", "the summit
 * in Vilnius", "de top in Den Haag": a summit no name or reference covers, placed in a town in
 * the words right after it, is the Event "<town> Summit" (the knowledge base's, when it knows
 * one by that name) — as summits are named. An organiser right before the noun ("NATO summit")
 * stays named inside it. A state as the place names no summit ("the summit in Lithuania").
 */
const SUMMIT_NOUN = /(?<![\p{L}-])(?:summit|top)(?![\p{L}-])/gu;
const SUMMIT_HINT = /summit|(?<![\p{L}-])top(?![\p{L}-])/u;
const SUMMIT_PLACED =
  /^(?:\s*,[^,.;]{1,60},)?\s+(?:(?:will|would|is|was|were|are|has|have|had|be|been|being|wordt|werd|zal|worden)\s+){0,3}(?:(?:held|hosted|convened|opened|taking place|take place|took place|takes place|gehouden|plaatsvinden|plaatsvindt)\s+)?(?:(?:this|next|in|on)\s+(?:year|month|week|july|june|\d{4})\s+)?(?:in|at|te)\s+(?:(?:de|het|the)\s+)?$/u;
const SUMMIT_DETERMINER =
  /(?:^|\s)(?:the|a|an|this|that|next|upcoming|de|het|een|deze|die|volgende|komende)\s+(?:(?:next|upcoming|volgende|komende|annual|jaarlijkse|two-day|tweedaagse)\s+)?$/u;
const PLACE_KINDS_OF_TOWNS = new Set(["city", "town", "capital", "place", "village", "base", ""]);

export function recognisePlacedSummits(
  doc: Doc,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  if (!SUMMIT_HINT.test(doc.folded)) return;
  SUMMIT_NOUN.lastIndex = 0;
  for (let m = SUMMIT_NOUN.exec(doc.folded); m !== null; m = SUMMIT_NOUN.exec(doc.folded)) {
    let start = m.index;
    const end = start + m[0].length;
    if (start < doc.titleEnd) continue;
    // Lower case as written: "Summit" inside a capitalised name is that name's.
    if (doc.text.charCodeAt(start) < 97) continue;
    if (mentions.overlapping(start, end).some((x) => !x.nested)) continue;
    // An organiser right before the noun: "the NATO summit", "de EU-top" stays inside.
    const organiser = mentions
      .overlapping(start - 2, start - 1)
      .find((x) => !x.nested && x.type === "Organisation" && x.end >= start - 1);
    const head = organiser ? organiser.start : start;
    if (!SUMMIT_DETERMINER.test(doc.folded.slice(Math.max(0, head - 30), head))) continue;
    const place = mentions
      .overlapping(end, end + 90)
      .filter((x) => !x.nested && x.start >= end)
      .sort((a, b) => a.start - b.start)[0];
    if (place?.type !== "Location") continue;
    if (!SUMMIT_PLACED.test(doc.folded.slice(end, place.start))) continue;
    const record = registry.get(place.key);
    const kind = record?.kb?.kind ?? (record?.properties.kind as string | undefined) ?? "";
    if (!record || !PLACE_KINDS_OF_TOWNS.has(kind)) continue;
    const town = record.name.split(",")[0]!.trim();
    const known = kbEntityNamed(gazetteer, [`${town} Summit`], "Event");
    const event = known
      ? registry.fromKb(known)
      : registry.fromName("Event", `${town} Summit`, { kind: "summit" });
    if (organiser) start = organiser.start;
    mentions.wrap({ start, end, key: event.key, type: "Event", nested: false, via: "compound" });
  }
}

/**
 * `body-meetings` (ninth round): a meeting named by its body and a lower-case noun after it — "the
 * NATO defense ministers conference", "last week's North Atlantic Council meeting", "the Coalition
 * ministerial", "de NAVO-vergadering". Ministers of one portfolio name the meeting as
 * `ministers-meetings` does ("NATO Defense Ministers' Meeting"); a body that exists to meet (a
 * council, committee, commission or contact group) names "<body> meeting"; "ministerial" after any
 * body is its ministerial. Any other organisation before "meeting" ("a Pentagon meeting") names
 * none.
 */
const BODY_MEETING =
  /^(?:-|\s+)(?:((?:[\p{L}]+\s+){1,2}?)ministers['’]?\s+(meeting|conference|ministerial|session|summit)|(meeting|session|ministerial|vergadering|bijeenkomst|overleg))(?![\p{L}-])/u;
const BODY_MEETING_HINT =
  /meeting|conference|ministerial|session|summit|vergadering|bijeenkomst|overleg/u;
const MEETING_BODY =
  /(?:council|committee|commission|contact group|raad|comite|commissie|contactgroep)$/u;

export function recogniseBodyMeetings(
  doc: Doc,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  for (const [body, after] of bodiesFollowedBy(
    doc,
    mentions,
    BODY_MEETING_HINT,
    BODY_MEETING,
    48,
  )) {
    // The noun in lower case as written: "Meeting" in a capitalised name is that name's.
    const nounAt = body.end + after[0].length - (after[2] ?? after[3])!.length;
    if (doc.text.charCodeAt(nounAt) < 97) continue;
    const hyphen = after[0].startsWith("-");
    const name = registry.get(body.key)!.name;
    let canonical: string | undefined;
    if (after[1] !== undefined) {
      const portfolio = after[1].trim();
      if (hyphen || !PORTFOLIO.test(portfolio)) continue;
      const title = portfolio.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
      canonical = `${name} ${title} Ministers' Meeting`;
    } else {
      const noun = after[3]!;
      const dutch = /vergadering|bijeenkomst|overleg/u.test(noun);
      // Dutch joins the body with a hyphen ("NAVO-vergadering"), English with a space.
      if (dutch !== hyphen) continue;
      if (noun === "ministerial") canonical = `${name} ministerial`;
      else if (dutch || MEETING_BODY.test(foldName(name))) canonical = `${name} meeting`;
    }
    if (!canonical) continue;
    const end = body.end + after[0].length;
    if (mentions.overlapping(body.end, end).some((x) => !x.nested)) continue;
    const record = registry.fromName("Event", canonical, { kind: "body-meeting" });
    mentions.wrap({
      start: body.start,
      end,
      key: record.key,
      type: "Event",
      nested: false,
      via: "compound",
    });
  }
}

function foldName(name: string): string {
  return name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}
