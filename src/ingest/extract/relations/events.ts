import type { MentionSet } from "../mention-set.ts";
import { type EntityRegistry, kindOf } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Relations of events, states and places that no frame states: participants of the event an
 * article reports on, named with a verb that takes no object.
 */

/** The one event the headline names (an exercise, a summit), if it names exactly one. */
export function headlineEvent(ctx: RuleContext): string | undefined {
  const keys = new Set<string>();
  for (const view of ctx.views) {
    if (view.start >= ctx.doc.titleEnd) break;
    for (const a of view.args) if (a.mention.type === "Event") keys.add(a.mention.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * A verb of taking part whose particle closes it, with no "aan"/"in" object: "nemen … deel",
 * "doet … mee", "take part", "participate". Group 1 is the verb, group 2 the particle (Dutch).
 */
const TAKES_PART_ALONE: Readonly<Record<string, RegExp>> = {
  nl: /(?<![\p{L}])(nemen|neemt|namen|nam|doen|doet|deden|deed)(?![\p{L}])[^;:,]*?(?<![\p{L}])(deel|mee)(?![\p{L}-])(?!\s+(?:aan|in|van|uit|met)(?![\p{L}]))/u,
  en: /(?<![\p{L}])(take\s+part|takes\s+part|took\s+part|taking\s+part|participate|participates|participated|participating)(?![\p{L}])(?!\s+in(?![\p{L}]))/u,
};
/** ", evenals Duitse Eurofighters en …", ", as well as …": more parties after the verb. */
const AS_WELL_AS = /^\s*,?\s*(?:evenals|net als|as well as|as do|as does|alongside)\s/u;

/**
 * "Daarnaast nemen Amerikaanse F-15's deel, evenals Duitse Eurofighters en Poolse F-16's",
 * "Sweden takes part as a NATO member": the states that take part — named, or owning what takes
 * part — take part in the event the headline names (`participates.topic-event`). The subject is
 * the one group next to the verb (Dutch inversion: between verb and particle); "X-led" is the
 * leader, not a participant.
 */
export function topicEventParticipants(ctx: RuleContext): void {
  const pattern = TAKES_PART_ALONE[ctx.doc.language];
  if (!pattern) return;
  let event: string | undefined | null = null;
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    const verb = pattern.exec(view.folded);
    if (!verb) continue;
    event ??= headlineEvent(ctx) ?? undefined;
    if (!event) return;
    // Another event or mission named in the sentence is what they take part in, not the topic.
    if (namesOtherOccasion(view, event)) continue;
    const verbStart = view.start + verb.index;
    const verbEnd = verbStart + verb[1]!.length;
    const end = view.start + verb.index + verb[0].length;
    // Seventh round: bodies and people take part too ("The German Navy is taking part with the
    // frigate X", "Namens Nederland namen minister A en minister B deel").
    const parties = (a: Arg) =>
      (a.mention.type === "Country" ||
        a.mention.type === "Asset" ||
        ((a.mention.type === "Organisation" || a.mention.type === "Person") &&
          a.mention.via !== "adjective")) &&
      !a.prep &&
      !a.aside;
    const clause = clauseAt(view, verb.index);
    // Dutch inversion: the subject stands between the verb and its particle.
    const inMiddle = (a: Arg) =>
      parties(a) && a.mention.start >= verbEnd && a.mention.end <= end - (verb[2] ?? "").length;
    let subject = view.args.find(inMiddle);
    // People in the middle field are coordinated across their offices ("minister A van Defensie
    // en minister B van Buitenlandse Zaken"): every one of them.
    const people =
      subject?.mention.type === "Person"
        ? view.args.filter((a) => inMiddle(a) && a.mention.type === "Person")
        : [];
    subject ??= view.args.findLast(
      (a) =>
        parties(a) &&
        a.mention.end <= verbStart &&
        a.clause === clause &&
        !/^-led|^-geleid/u.test(view.folded.slice(a.mention.end - view.start)),
    );
    const takers = subject ? view.args.filter((a) => a.group === subject.group && parties(a)) : [];
    for (const p of people) if (!takers.includes(p)) takers.push(p);
    if (AS_WELL_AS.test(view.folded.slice(end - view.start)))
      takers.push(...view.args.filter((a) => parties(a) && a.mention.start >= end));
    const sources = statesOf(
      ctx,
      takers.filter((a) => a.mention.type === "Country" || a.mention.type === "Asset"),
    );
    for (const a of takers)
      if (a.mention.type === "Organisation" || a.mention.type === "Person")
        sources.add(a.mention.key);
    for (const state of sources)
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: state,
        target: event,
        rule: "participates.topic-event",
        confidence: 0.55,
        sentence: view.index,
      });
  }
}

function clauseAt(view: SentenceView, offset: number): number {
  let c = 0;
  for (let i = 0; i < view.clauseStarts.length; i++) if (view.clauseStarts[i]! <= offset) c = i;
  return c;
}

/** The states among `args`, and the states that provide the assets among them. */
function statesOf(ctx: RuleContext, args: readonly Arg[]): Set<string> {
  const states = new Set<string>();
  const assets = new Set<string>();
  for (const a of args) {
    if (a.mention.type === "Country") states.add(a.mention.key);
    else assets.add(a.mention.key);
  }
  if (assets.size > 0)
    for (const f of ctx.findings)
      if (f.type === "PROVIDES" && assets.has(f.target) && f.source.startsWith("country:"))
        states.add(f.source);
  return states;
}

function namesOtherOccasion(view: SentenceView, event: string): boolean {
  return view.args.some(
    (a) => (a.mention.type === "Event" || a.mention.type === "Mission") && a.mention.key !== event,
  );
}

const ACTORS = new Set(["Country", "Organisation", "Person"]);
const LED = new Set(["Organisation", "Mission", "Event"]);

/**
 * "Latvia co-leads the Drone Coalition with the United Kingdom", "Nederland leidt samen met
 * Letland de dronecoalitie": every co-leader LEADS what they lead, and they cooperate.
 */
const CO_LEADS: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:co-leads?|co-led|co-leading|co-chairs?|co-chaired|co-chairing|jointly leads?|jointly led)(?![\p{L}])/gu,
  nl: /(?<![\p{L}])(?:leidt|leiden|leidde|leidden|voert|voeren|voerde|voerden)\s+samen\s+met(?![\p{L}])/gu,
};

export function coLeaders(ctx: RuleContext): void {
  const pattern = CO_LEADS[ctx.doc.language];
  if (!pattern) return;
  for (const view of ctx.views) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(view.folded); m !== null; m = pattern.exec(view.folded)) {
      const at = view.start + m.index;
      const after = at + m[0].length;
      const clause = clauseAt(view, m.index);
      const plain = (a: Arg) => ACTORS.has(a.mention.type) && !a.aside;
      const before = view.args.findLast(
        (a) => plain(a) && !a.prep && a.mention.end <= at && a.clause === clause,
      );
      const leaders = before ? view.args.filter((a) => a.group === before.group && plain(a)) : [];
      // Dutch: the partners follow "samen met", then what they lead.
      const next = view.args.find((a) => a.mention.start >= after && !a.aside);
      let partners: Arg[] = [];
      let object: Arg | undefined;
      if (ctx.doc.language === "nl" && next && ACTORS.has(next.mention.type)) {
        partners = view.args.filter((a) => a.group === next.group && plain(a));
        const last = partners[partners.length - 1]!;
        // What they lead comes next, as a plain noun phrase ("de coalitie voor luchtmacht" names
        // no coalition: "luchtmacht" is not what is led).
        const then = view.args.find(
          (a) => a.mention.start >= last.mention.end && !partners.includes(a),
        );
        object = then && LED.has(then.mention.type) && !then.prep ? then : undefined;
      } else if (next && LED.has(next.mention.type)) {
        object = next;
        const withArg = view.args.find(
          (a) =>
            a.mention.start >= next.mention.end &&
            plain(a) &&
            a.prep === "with" &&
            a.clause === next.clause,
        );
        if (withArg) partners = view.args.filter((a) => a.group === withArg.group && plain(a));
      }
      if (!object || leaders.length === 0) continue;
      for (const leader of [...leaders, ...partners])
        ctx.findings.push({
          type: "LEADS",
          source: leader.mention.key,
          target: object.mention.key,
          rule: "leads.co-lead",
          confidence: 0.65,
          sentence: view.index,
        });
      for (const a of leaders)
        for (const b of partners)
          if (a.mention.key !== b.mention.key)
            ctx.findings.push({
              type: "COOPERATES_WITH",
              source: a.mention.key,
              target: b.mention.key,
              rule: "cooperates.co-lead",
              confidence: 0.65,
              sentence: view.index,
            });
    }
  }
}

/**
 * "Samen met Denemarken en Zweden financiert Nederland …", "Together with Norway, Finland
 * trains …": a sentence that opens with its partners cooperates them with its subject — the first
 * plain actor after them.
 */
const TOGETHER_OPENING = /^\s*(?:samen met|tezamen met|together with|along with|jointly with)\s/u;

export function openingPartners(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd || !TOGETHER_OPENING.test(view.folded)) continue;
    const first = view.args[0];
    if (!first || !ACTORS.has(first.mention.type) || first.mention.type === "Person") continue;
    const partners = view.args.filter((a) => a.group === first.group && ACTORS.has(a.mention.type));
    const last = partners[partners.length - 1]!;
    const subject = view.args.find(
      (a) =>
        a.mention.start >= last.mention.end &&
        a.group !== first.group &&
        !a.prep &&
        !a.aside &&
        (a.mention.type === "Country" || a.mention.type === "Organisation") &&
        a.mention.via !== "adjective",
    );
    if (!subject) continue;
    for (const p of partners)
      if (p.mention.key !== subject.mention.key)
        ctx.findings.push({
          type: "COOPERATES_WITH",
          source: subject.mention.key,
          target: p.mention.key,
          rule: "cooperates.opening-partners",
          confidence: 0.65,
          sentence: view.index,
        });
  }
}

/** "Ministers met in Antalya", "De ministers kwamen bijeen in Brussel": where people meet. */
const MET_IN =
  /(?<![\p{L}])(?:met|meet|meets|gathered|gather|convened|kwamen bijeen|kwam bijeen|komen bijeen|komt bijeen|vergaderden|vergaderen|vergaderde)(?![\p{L}])/gu;

/**
 * "NATO Foreign Ministers met in Antalya … for an informal meeting", "the ministers met in
 * Annapolis": the meeting the sentence names — else the one the headline names — is held in the
 * first place after the verb governed by "in"/"at"/"te" (`located.met-in`).
 */
export function meetingPlaces(ctx: RuleContext): void {
  let headline: string | undefined | null = null;
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    MET_IN.lastIndex = 0;
    const verb = MET_IN.exec(view.folded);
    if (!verb) continue;
    const after = view.start + verb.index + verb[0].length;
    const place = view.args.find(
      (a) =>
        a.mention.start >= after &&
        (a.mention.type === "Location" || a.mention.type === "Country") &&
        (a.prep === "in" || a.prep === "at" || a.prep === "te") &&
        !a.aside,
    );
    // "met in Antalya" and not "met with X in …" nor "met X at …": the place follows the verb
    // with at most a date between.
    if (!place) continue;
    const gap = view.folded.slice(after - view.start, place.mention.start - view.start);
    if (!/^\s+(?:on\s+[\p{L}\d ]{1,20}\s+)?(?:in|at|te)\s+(?:the\s+|de\s+|het\s+)?$/u.test(gap))
      continue;
    let event = view.args.find((a) => a.mention.type === "Event" && !isOtherOccasion(view, a))
      ?.mention.key;
    if (!event) {
      headline ??= headlineEvent(ctx) ?? undefined;
      event = headline;
    }
    if (!event) continue;
    ctx.findings.push({
      type: "LOCATED_IN",
      source: event,
      target: place.mention.key,
      rule: "located.met-in",
      confidence: 0.6,
      sentence: view.index,
    });
  }
}

/** "to prepare the NATO Summit", "ahead of the summit", "ter voorbereiding op de top". */
const PREPARED_FOR =
  /(?:prepare|prepares|preparing|prepared|preparation for|preparations for|ahead of|in the run-up to|run-up to|before|voorbereiding op|voorbereiding van|voorbereiden|voorafgaand aan|in aanloop naar|aanloop naar|vooruitlopend op)\s+(?:(?:the|this|next|upcoming|de|het|komende|volgende)\s+)*$/u;

/**
 * An event the sentence names as another occasion than the one where people meet: one being
 * prepared for ("met in Antalya … to prepare the NATO Summit in The Hague"), or one with a place
 * of its own right after it ("the Summit in The Hague").
 */
function isOtherOccasion(view: SentenceView, event: Arg): boolean {
  const from = event.mention.start - view.start;
  if (PREPARED_FOR.test(view.folded.slice(Math.max(0, from - 40), from))) return true;
  const next = view.args[view.args.indexOf(event) + 1];
  return (
    next !== undefined &&
    (next.mention.type === "Location" || next.mention.type === "Country") &&
    /^\s+(?:in|at|te)\s+(?:the\s+|de\s+|het\s+)?$/u.test(
      view.folded.slice(event.mention.end - view.start, next.mention.start - view.start),
    )
  );
}

/** "travel to Indonesia for Exercise X", "reizen naar Noorwegen voor de oefening X". */
const GOES_TO =
  /(?<![\p{L}])(?:travel|travels|travelled|traveled|traveling|travelling|deploy|deploys|deployed|sail|sails|sailed|fly|flies|flew|head|heads|headed|go|goes|went|reist|reizen|reisde|reisden|vertrekt|vertrekken|vertrok|vertrokken|gaat|gaan|ging|gingen)\s+(?:\p{Ll}+\s+)?(?:to|naar)\s/gu;

/**
 * "Marines will travel to Indonesia for Exercise Super Garuda Shield": the event one goes to a
 * place for is held there (`located.went-to-for`) — the place right after "to", the event right
 * after "for/voor" and the place.
 */
export function eventDestinations(ctx: RuleContext): void {
  for (const view of ctx.views) {
    GOES_TO.lastIndex = 0;
    for (let m = GOES_TO.exec(view.folded); m !== null; m = GOES_TO.exec(view.folded)) {
      const after = view.start + m.index + m[0].length;
      const place = view.args.find((a) => a.mention.start >= after);
      if (!place || (place.mention.type !== "Country" && place.mention.type !== "Location"))
        continue;
      if (
        !/^\s*(?:the\s+|de\s+|het\s+)?$/u.test(
          view.folded.slice(after - view.start, place.mention.start - view.start),
        )
      )
        continue;
      const group = view.args.filter((a) => a.group === place.group);
      const last = group[group.length - 1]!;
      const event = view.args.find((a) => a.mention.start >= last.mention.end && a !== last);
      if (event?.mention.type !== "Event") continue;
      const gap = view.folded.slice(
        last.mention.end - view.start,
        event.mention.start - view.start,
      );
      if (!/^\s+(?:for|voor)\s+(?:the\s+|de\s+|het\s+)?(?:[\p{Ll}-]+\s+)?$/u.test(gap)) continue;
      for (const p of group)
        ctx.findings.push({
          type: "LOCATED_IN",
          source: event.mention.key,
          target: p.mention.key,
          rule: "located.went-to-for",
          confidence: 0.6,
          sentence: view.index,
        });
    }
  }
}

/**
 * "Aan de oefening doen ruim 3.000 militairen uit twaalf landen mee, waaronder Duitsland, Polen
 * en Noorwegen", "Aan Cold Response nemen Amerikaanse en Britse mariniers deel": a Dutch sentence
 * fronting what is taken part in ("aan" and an event or mission, named or "de oefening") names its
 * participants after the verb — states, named or by nationality, and the owners of the assets
 * named (`participates.fronted-aan`). A state after another preposition ("in Noorwegen") is where,
 * not who.
 */
const FRONTED_AAN =
  /^\s*(?:(?:ook|daarnaast|verder|in totaal)\s+)?aan\s+(?:(?:de|het|deze|dit|die)\s+)?(?:([\p{L}-]+)\s+)?/u;
const FRONTED_VERB =
  /(?<![\p{L}])(?:doen|doet|deden|deed|nemen|neemt|namen|nam)(?![\p{L}])[^;:]*?(?<![\p{L}])(?:mee|deel)(?![\p{L}-])/u;
const OCCASION_NOUN =
  /^(?:\p{L}*oefening|missie|operatie|top|topontmoeting|conferentie|bijeenkomst|vergadering|training|inzet)$/u;
const PARTICIPANT_PREPS = new Set(["uit", "van"]);

export function frontedParticipation(ctx: RuleContext): void {
  if (ctx.doc.language !== "nl") return;
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    const opening = FRONTED_AAN.exec(view.folded);
    if (!opening) continue;
    const verb = FRONTED_VERB.exec(view.folded);
    if (!verb || verb.index < opening[0].length - (opening[1]?.length ?? 0)) continue;
    const verbAt = view.start + verb.index;
    // What is taken part in: a named event or mission before the verb, else "de oefening" — the
    // one named last in this or the three sentences before, else the headline's.
    const named = view.args.find(
      (a) =>
        (a.mention.type === "Event" || a.mention.type === "Mission") && a.mention.end <= verbAt,
    );
    let target = named?.mention.key;
    if (!target && opening[1] && OCCASION_NOUN.test(opening[1]))
      target = occasionBefore(ctx, view.index);
    if (!target) continue;
    const takers = view.args.filter(
      (a) =>
        a.mention.start >= verbAt &&
        !a.aside &&
        (a.mention.type === "Country" || a.mention.type === "Asset") &&
        (!a.prep || PARTICIPANT_PREPS.has(a.prep)),
    );
    for (const state of statesOf(ctx, takers))
      if (state !== target)
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: state,
          target,
          rule: "participates.fronted-aan",
          confidence: 0.65,
          sentence: view.index,
        });
  }
}

/** The event or mission named last before sentence `index` (three sentences back), else the headline's. */
function occasionBefore(ctx: RuleContext, index: number, only?: "Event"): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--) {
      const a = args[j]!;
      if (a.mention.type === "Event" || (!only && a.mention.type === "Mission"))
        return a.mention.key;
    }
  }
  return headlineEvent(ctx);
}

/** Kinds of place that lie inside another place (not areas, seas or continents). */
const POINT_KINDS = new Set(["base", "town", "city", "site", "village", "building", "place", ""]);
const NO_CONTAINER_KINDS = new Set(["continent", "sea", "strait", "canal"]);

const TYPED_APPOSITION =
  /^\s*,\s*(?:a|an|the|een|de|het)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:town|city|village|port|port city|harbour|base|air base|naval base|camp|garrison|municipality|stad|dorp|havenstad|haven|basis|vliegbasis|marinebasis|kazerne|plaats|gemeente|legerplaats)\s+(?:in|near|bij|nabij|on|op|outside)\s+(?:(?:the|de|het)\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s+)?$/u;

/**
 * "Camp Humphreys in Pyeongtaek", "de luchtmachtbasis Marka bij Amman", "Fort Johnson,
 * Louisiana.": a base, town or site directly followed by "in"/"near"/"bij"/"nabij" and a place,
 * or by a comma and a place closed by punctuation, lies in that place (`located.place-in-place`).
 * A region or sea is never the one inside; a sea or continent is never the container.
 */
export function placesInPlaces(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const inner = view.args[i]!;
      const outer = view.args[i + 1]!;
      if (inner.mention.type !== "Location") continue;
      if (outer.mention.type !== "Location" && outer.mention.type !== "Country") continue;
      if (inner.mention.key === outer.mention.key) continue;
      if (!POINT_KINDS.has(kindOf(registry, inner.mention.key))) continue;
      const outerKind = kindOf(registry, outer.mention.key);
      if (NO_CONTAINER_KINDS.has(outerKind)) continue;
      const gap = view.folded.slice(
        inner.mention.end - view.start,
        outer.mention.start - view.start,
      );
      const after = view.folded.slice(
        outer.mention.end - view.start,
        outer.mention.end - view.start + 2,
      );
      const inPlace = /^\s+(?:in|near|bij|nabij|te)\s+(?:(?:de|het|the)\s+)?$/u.test(gap);
      // "Darwin, Northern Territory." names a region; "Kiel, Rostock and Gdynia" lists towns.
      const commaPlace =
        /^\s*,\s*$/u.test(gap) &&
        /^\s*(?:[,.;:)]|$)/u.test(after) &&
        !POINT_KINDS.has(outerKind) &&
        !/^\s*,\s*(?:\p{Lu}|\p{Ll}+\s+\p{Lu})/u.test(
          view.text.slice(outer.mention.end - view.start),
        );
      // "Ādaži, a base near Riga", "Liepāja, een havenstad in Letland": an apposition typing the
      // place and placing it (a state, too).
      const apposition = TYPED_APPOSITION.test(gap);
      if (outer.mention.type === "Country" && !apposition) continue;
      if (!inPlace && !commaPlace && !apposition) continue;
      // "from Kiel in June": a month or a time is no place, and "in" after a town may govern a
      // later phrase only when the place follows right away — the gap test above ensures that.
      ctx.findings.push({
        type: "LOCATED_IN",
        source: inner.mention.key,
        target: outer.mention.key,
        rule: "located.place-in-place",
        confidence: 0.65,
        sentence: view.index,
      });
    }
  }
}

/**
 * "II Marine Expeditionary Force, based at Camp Lejeune,", "U.S. Forces Korea, headquartered at
 * Camp Humphreys", "de Multinational MRTT Unit, die is gestationeerd op de vliegbasis
 * Eindhoven": a participle of place after a comma describes the name right before the comma,
 * whatever governs that name ("from", "van") — LOCATED_IN, or HEADQUARTERED_IN for a
 * headquarters (`located.based-apposition`).
 */
const BASED_APPOSITION =
  /^\s*,\s*(?:(?:die|dat|which|that|who)\s+(?:(?:is|zijn|was|waren|are|were|has been|have been)\s+)?(?:al\s+|also\s+|ook\s+|permanently\s+|permanent\s+)?)?(based|stationed|headquartered|garrisoned|gestationeerd|gelegerd|gevestigd)\s+(?:at|in|on|out of|op|in|te|bij)\s+(?:(?:the|de|het)\s+)?(?:(?:vliegbasis|luchtmachtbasis|marinebasis|kazerne|basis|air base|naval base|base)\s+)?$/u;
const BASED_HOLDERS = new Set(["Organisation", "Mission", "Asset"]);
/** Bodies that have members, not a base: "an AWACS of NATO, stationed in X" is the aircraft's. */
const UNBASED_KINDS = new Set([
  "alliance",
  "international-organisation",
  "regional-organisation",
  "coalition",
  "union",
  "framework",
  "partnership",
  "forum",
  "armed-forces",
]);

export function basedAppositions(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    if (
      !/(?:based|stationed|headquartered|garrisoned|gestationeerd|gelegerd|gevestigd)/u.test(
        view.folded,
      )
    )
      continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const holder = view.args[i]!;
      const place = view.args[i + 1]!;
      if (!BASED_HOLDERS.has(holder.mention.type) || place.mention.type !== "Location") continue;
      if (UNBASED_KINDS.has(String(registry.get(holder.mention.key)?.kb?.kind ?? ""))) continue;
      const based = BASED_APPOSITION.exec(
        view.folded.slice(holder.mention.end - view.start, place.mention.start - view.start),
      );
      if (!based) continue;
      const headquarters = based[1] === "headquartered" && holder.mention.type !== "Asset";
      ctx.findings.push({
        type: headquarters ? "HEADQUARTERED_IN" : "LOCATED_IN",
        source: holder.mention.key,
        target: place.mention.key,
        rule: "located.based-apposition",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * "NATO Headquarters in Brussels", "SHAPE HQ at Mons": a place named as a body's headquarters,
 * followed by "in"/"at" and a place, seats the body there (HEADQUARTERED_IN) and lies there;
 * "the NSATU command in Wiesbaden", "the EUFOR headquarters in Sarajevo", "het hoofdkwartier in
 * Bagdad" after a body: a body named right before "command/headquarters/hoofdkwartier in X" has
 * its seat in X (`headquartered.named`).
 */
const HQ_NOUN_IN =
  /^\s+(?:\([^()]{1,20}\)\s+)?(?:command|headquarters|hq|hoofdkwartier|staff headquarters)\s+(?:in|at|te)\s+(?:(?:the|de|het)\s+)?$/u;
const HQ_NAME = /(?:headquarters|(?<![\p{L}])hq)$/iu;
const HQ_HOLDERS = new Set(["Organisation", "Mission"]);

export function namedHeadquarters(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  for (const view of ctx.views) {
    if (!/(?:headquarters|(?<![\p{L}])hq|command|hoofdkwartier)/u.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const a = view.args[i]!;
      // The acronym in brackets after a name is the same argument.
      const skip = view.args[i + 1]!.mention.key === a.mention.key ? 1 : 0;
      const place = view.args[i + 1 + skip];
      if (place?.mention.type !== "Location") continue;
      const from = (skip ? view.args[i + 1]! : a).mention.end - view.start;
      const gap = view.folded.slice(from, place.mention.start - view.start);
      let holder: string | undefined;
      if (HQ_HOLDERS.has(a.mention.type) && HQ_NOUN_IN.test(gap.replace(/^\)/u, ""))) {
        holder = a.mention.key;
      } else if (
        a.mention.type === "Location" &&
        /^\s+(?:in|at|te)\s+(?:(?:the|de|het)\s+)?$/u.test(gap) &&
        HQ_NAME.test(registry.get(a.mention.key)?.name ?? "")
      ) {
        holder = mentions
          .overlapping(a.mention.start, a.mention.end)
          .find(
            (x) =>
              x.nested &&
              x.start === a.mention.start &&
              HQ_HOLDERS.has(x.type) &&
              x.key !== a.mention.key,
          )?.key;
        ctx.findings.push({
          type: "LOCATED_IN",
          source: a.mention.key,
          target: place.mention.key,
          rule: "located.headquarters-in",
          confidence: 0.7,
          sentence: view.index,
        });
      }
      if (!holder || holder === place.mention.key) continue;
      ctx.findings.push({
        type: "HEADQUARTERED_IN",
        source: holder,
        target: place.mention.key,
        rule: "headquartered.named",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * "Dat heeft minister X donderdag bekendgemaakt tijdens een bijeenkomst van de Y", "X announced
 * the package at the NATO Summit", "Z said on the sidelines of the conference": who speaks,
 * announces or signs at an event takes part in it (`participates.speaker-at`). Only the people
 * before the event, not governed by a preposition ("met X", "with X" are others).
 */
const SPEAKS =
  /(?<![\p{L}])(?:said|says|told|announced|announces|pledged|pledges|unveiled|presented|signed|signs|spoke|stated|declared|zei|zegt|sprak|spreekt|verklaarde|maakte\s+bekend|maakt\s+bekend|bekendgemaakt|bekendmaakte|kondigde|aangekondigd|ondertekende|ondertekend|tekende|getekend|presenteerde|gepresenteerd|zegde|toegezegd)(?![\p{L}])/u;
const AT_EVENT =
  /(?:^|\s)(?:at|during|on\s+the\s+(?:margins|sidelines)\s+of|tijdens|op|aan\s+de\s+(?:rand|zijlijn)\s+van)\s+(?:(?:the|a|an|this|de|het|een|deze)\s+)?(?:[\p{Ll}-]+\s+)?$/u;

export function speakersAtEvents(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    // Most sentences name no event: that look is far cheaper than the verbs' pattern.
    if (!view.args.some((a) => a.mention.type === "Event") || !SPEAKS.test(view.folded)) continue;
    for (const event of view.args) {
      if (event.mention.type !== "Event") continue;
      const from = event.mention.start - view.start;
      if (!AT_EVENT.test(view.folded.slice(Math.max(0, from - 48), from))) continue;
      for (const person of view.args) {
        if (person.mention.type !== "Person" || person.aside || person.prep) continue;
        if (person.mention.end > event.mention.start || person.clause !== event.clause) continue;
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: person.mention.key,
          target: event.mention.key,
          rule: "participates.speaker-at",
          confidence: 0.6,
          sentence: view.index,
        });
      }
    }
  }
}

/**
 * "Foreign Minister X of Ukraine joined the ministers for a session on …", "Zelensky joined the
 * leaders by video link", "De Oekraïense minister sloot aan bij de ministers": who joins the
 * people meeting takes part in their meeting — the event named last in this or the three
 * sentences before, else the headline's (`participates.joined-meeting`).
 */
const JOINED_MEETERS =
  /(?<![\p{L}])(?:joined|joins|will\s+join|sloot\s+aan\s+bij|sluit\s+aan\s+bij|schoof\s+aan\s+bij|schuift\s+aan\s+bij)\s+(?:the|de|het)\s+(?:[\p{Ll}-]+\s+)?(?:ministers|leaders|allies|heads of state|ministers'|delegations|ministers|leiders|bondgenoten|regeringsleiders|delegaties)(?![\p{L}])/u;

/** What every joining contains: a plain search, far cheaper than the pattern. */
const JOIN_CUE = /join|aan bij/u;

export function joinedMeetings(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd || !JOIN_CUE.test(view.folded)) continue;
    const verb = JOINED_MEETERS.exec(view.folded);
    if (!verb) continue;
    const at = view.start + verb.index;
    const clause = clauseAt(view, verb.index);
    const joiners = view.args.filter(
      (a) =>
        (a.mention.type === "Person" || a.mention.type === "Country") &&
        a.mention.via !== "adjective" &&
        a.mention.end <= at &&
        a.clause === clause &&
        !a.aside &&
        (!a.prep || a.prep === "of" || a.prep === "van"),
    );
    if (joiners.length === 0) continue;
    const named = view.args.findLast((a) => a.mention.type === "Event" && a.mention.end <= at);
    const event = named?.mention.key ?? occasionBefore(ctx, view.index, "Event");
    if (!event) continue;
    for (const j of joiners)
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: j.mention.key,
        target: event,
        rule: "participates.joined-meeting",
        confidence: 0.6,
        sentence: view.index,
      });
  }
}

/**
 * `listed-participants` (sixth round): "More than 20 countries take part in Exercise X, including
 * A, B and C", "31 landen nemen deel aan X, waaronder A en B", "Participants in X include A and
 * B", "X was attended by delegations from A, B and C", "Bij X zijn troepen uit A en B betrokken":
 * a plural of parties (counted states, participants, delegations, troops) with a verb of taking
 * part and one event or mission named in the sentence; the states and organisations listed right
 * after the cue of examples ("including", "among them", "such as", "waaronder", "onder wie",
 * "zoals"; "from"/"uit" after a plural of people) take part in it (`participates.listed`).
 * A negation in the sentence says nothing; a name after another preposition is no party.
 */
const PARTY_PLURAL =
  /(?<![\p{L}])(?:countries|nations|states|allies|partners|partner nations|participants|delegations|troops|forces|soldiers|representatives|leaders|ministers|landen|lidstaten|bondgenoten|partnerlanden|deelnemers|delegaties|troepen|militairen|strijdkrachten|vertegenwoordigers|leiders|ministers)(?![\p{L}])/u;
const TAKES_PART: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:take part|takes part|took part|taking part|participat(?:e|es|ed|ing)|participants|attend(?:s|ed|ing)?|involv(?:e|es|ed|ing)|join(?:s|ed|ing)?|gather(?:s|ed)?|brought together|brings together|bring together)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:deel|mee|betrokken|aanwezig|deelnemers|deelname|bijgewoond|samengebracht|bijeen)(?![\p{L}])/u,
};
const EXAMPLE_CUE: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:including|among them|among whom|among which|such as|include|includes|included|namely|(?:troops|forces|soldiers|delegations|representatives|leaders|ministers|sailors|airmen|personnel)\s+from|(?:delegations|representatives|leaders|ministers|heads of state)\s+of)\s+(?:the\s+)?$/u,
  nl: /(?<![\p{L}])(?:waaronder|onder wie|onder meer|onder andere|zoals|namelijk|(?:troepen|militairen|soldaten|delegaties|vertegenwoordigers|leiders|ministers|mariniers|vliegers)\s+(?:uit|van))\s+(?:de\s+|het\s+)?$/u,
};
const NEGATED =
  /(?<![\p{L}])(?:not|never|niet|geen|nooit|no longer|declined|weigerde|weigerden)(?![\p{L}])/u;
/** A sentence about threats, sanctions or talk about states lists what is discussed, not who takes part. */
const NOT_PARTIES =
  /(?<![\p{L}])(?:threats?|dreiging\w*|against|tegen|sanctions?|sancties|aggression|agressie|discuss\w*|bespr\w*|besproken|concerns?|zorgen over)(?![\p{L}])/u;
const LISTED_PARTIES = new Set(["Country", "Organisation"]);

export function listedParticipants(ctx: RuleContext): void {
  const takesPart = TAKES_PART[ctx.doc.language];
  const cue = EXAMPLE_CUE[ctx.doc.language];
  if (!takesPart || !cue) return;
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    // Cheapest checks first: one event or mission named, then the words the frame needs.
    let occasion: string | undefined;
    let several = false;
    for (const a of view.args) {
      if ((a.mention.type !== "Event" && a.mention.type !== "Mission") || a.aside) continue;
      if (occasion !== undefined && occasion !== a.mention.key) several = true;
      occasion = a.mention.key;
    }
    if (occasion === undefined || several) continue;
    if (!PARTY_PLURAL.test(view.folded) || !takesPart.test(view.folded)) continue;
    if (NEGATED.test(view.folded) || NOT_PARTIES.test(view.folded)) continue;
    let group: number | undefined;
    let from = 0;
    for (const a of view.args) {
      if (!LISTED_PARTIES.has(a.mention.type) || a.aside) continue;
      const at = a.mention.start - view.start;
      if (!cue.test(view.folded.slice(Math.max(from, at - 40), at))) continue;
      group = a.group;
      from = at;
      break;
    }
    if (group === undefined) continue;
    for (const a of view.args) {
      if (a.group !== group || a.aside || !LISTED_PARTIES.has(a.mention.type)) continue;
      if (a.mention.start - view.start < from || a.mention.key === occasion) continue;
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: a.mention.key,
        target: occasion,
        rule: "participates.listed-examples",
        confidence: 0.6,
        sentence: view.index,
      });
    }
  }
}

/**
 * "During BALTOPS, Poland and Sweden practised mine clearance": a sentence that opens with
 * "during" and a named exercise, then a comma, has its subject — the states and bodies (no
 * nationality adjective) that start the main clause — take part in the exercise
 * (`participates.during-exercise`, fourteenth round). Exercises only: "During the summit, Russia
 * struck Kyiv" names no participant of a summit.
 */
const DURING_OPENING =
  /^\s*(?:during|tijdens)\s+(?:(?:the|de|het)\s+)?(?:(?:exercise|oefening)\s+)?$/u;

export function duringExercise(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    const first = view.args[0];
    if (first?.mention.type !== "Event") continue;
    if (!DURING_OPENING.test(view.folded.slice(0, first.mention.start - view.start))) continue;
    const record = registry.get(first.mention.key);
    if (
      first.mention.via !== "exercise" &&
      record?.kb?.kind !== "exercise" &&
      record?.properties.kind !== "exercise"
    )
      continue;
    const comma = view.folded.indexOf(",", first.mention.end - view.start);
    if (
      comma < 0 ||
      !/^\s*(?:\d{4}\s*)?$/u.test(view.folded.slice(first.mention.end - view.start, comma))
    )
      continue;
    // The list reader may join the event and the states after the comma into one group sharing
    // "during": a name there counts as plain when it shares the event's group.
    const plain = (a: Arg) =>
      (a.mention.type === "Country" || a.mention.type === "Organisation") &&
      !a.aside &&
      a.mention.via !== "adjective" &&
      (!a.prep || a.group === first.group);
    const subject = view.args.find((a) => a.mention.start - view.start > comma);
    if (
      !subject ||
      !plain(subject) ||
      !/^\s*(?:the\s+|de\s+|het\s+)?$/u.test(
        view.folded.slice(comma + 1, subject.mention.start - view.start),
      )
    )
      continue;
    for (const a of view.args) {
      if (a.mention.start < subject.mention.start || a.group !== subject.group || !plain(a))
        continue;
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: a.mention.key,
        target: first.mention.key,
        rule: "participates.during-exercise",
        confidence: 0.6,
        sentence: view.index,
      });
    }
  }
}
