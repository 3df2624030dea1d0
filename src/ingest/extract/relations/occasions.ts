import type { MentionSet } from "../mention-set.ts";
import { type EntityRegistry, kindOf, sentenceIndexAt } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";
import { headlineEvent } from "./events.ts";

/**
 * Seventh round, events and places (docs/extraction.md, "Seventh round"): who takes part in an
 * occasion and where it is held, said in ways the frames of relation-frames.*.json cannot state
 * — a Dutch verb split around its middle field, a list after "alongside", a place named in the
 * clause that says what happened during the occasion, a place inside the occasion's own name.
 */

const PARTY_TYPES = new Set(["Country", "Organisation", "Person"]);

function clauseAt(view: SentenceView, offset: number): number {
  let c = 0;
  for (let i = 0; i < view.clauseStarts.length; i++) if (view.clauseStarts[i]! <= offset) c = i;
  return c;
}

/** The owners (states) of the assets among `args`, from the PROVIDES findings so far. */
function ownersOf(ctx: RuleContext, assets: readonly Arg[]): Set<string> {
  const keys = new Set(assets.map((a) => a.mention.key));
  const owners = new Set<string>();
  if (keys.size === 0) return owners;
  for (const f of ctx.findings)
    if (f.type === "PROVIDES" && keys.has(f.target) && f.source.startsWith("country:"))
      owners.add(f.source);
  return owners;
}

/**
 * A Dutch verb of taking part with its middle field between the finite verb and "mee aan"/"deel
 * aan": "De luchtmacht doet vanaf maandag met zes F-35's mee aan Frisian Flag", "Vanaf vandaag
 * neemt België met een fregat deel aan de operatie". The occasion is the event or mission right
 * after "aan"; the subject stands in the middle field (inversion) or is the plain party before
 * the verb in its clause; an asset there takes part for its owner (`participates.split-verb`).
 * A negation in the middle field says nothing.
 */
const SPLIT_VERB =
  /(?<![\p{L}])(doe|doet|doen|deed|deden|neem|neemt|nemen|nam|namen)(?![\p{L}])([^;:]{1,140}?)(?<![\p{L}])(?:mee|deel)\s+aan(?![\p{L}])/gu;
const NEGATION = /(?<![\p{L}])(?:niet|geen|nooit|niet langer)(?![\p{L}])/u;
const OCCASION_GAP = /^\s*(?:(?:de|het|een|deze|dit)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

export function splitParticipation(ctx: RuleContext): void {
  if (ctx.doc.language !== "nl") return;
  for (const view of ctx.views) {
    // The particle and "aan" are rarer than the verbs: test them first.
    if (!/(?:mee|deel) aan/u.test(view.folded)) continue;
    SPLIT_VERB.lastIndex = 0;
    for (let m = SPLIT_VERB.exec(view.folded); m !== null; m = SPLIT_VERB.exec(view.folded)) {
      const middle = m[2]!;
      // An empty middle is the plain frame ("doet mee aan"), read by the frames.
      if (middle.trim() === "" || NEGATION.test(middle)) continue;
      if (middle.split(/\s+/u).length > 16) continue;
      const verbAt = view.start + m.index;
      const middleStart = verbAt + m[1]!.length;
      const middleEnd = middleStart + middle.length;
      const after = verbAt + m[0].length;
      const occasion = view.args.find((a) => a.mention.start >= after);
      if (
        !occasion ||
        (occasion.mention.type !== "Event" && occasion.mention.type !== "Mission") ||
        !OCCASION_GAP.test(
          view.folded.slice(after - view.start, occasion.mention.start - view.start),
        )
      )
        continue;
      const clause = clauseAt(view, m.index);
      const party = (a: Arg) =>
        (PARTY_TYPES.has(a.mention.type) || a.mention.type === "Asset") &&
        !a.aside &&
        a.mention.via !== "adjective";
      // Inversion: the subject in the middle field, first and ungoverned.
      const inMiddle = view.args.find(
        (a) =>
          party(a) &&
          !a.prep &&
          a.mention.start >= middleStart &&
          a.mention.end <= middleEnd &&
          a.mention.start <= middleStart + 2,
      );
      const subject =
        inMiddle ??
        view.args.findLast(
          (a) => party(a) && !a.prep && a.mention.end <= verbAt && a.clause === clause,
        );
      if (!subject) continue;
      const group = view.args.filter((a) => a.group === subject.group && party(a));
      const sources = new Set<string>();
      for (const a of group) if (a.mention.type !== "Asset") sources.add(a.mention.key);
      for (const owner of ownersOf(
        ctx,
        group.filter((a) => a.mention.type === "Asset"),
      ))
        sources.add(owner);
      for (const source of sources)
        if (source !== occasion.mention.key)
          ctx.findings.push({
            type: "PARTICIPATES_IN",
            source,
            target: occasion.mention.key,
            rule: "participates.split-verb",
            confidence: 0.65,
            sentence: view.index,
          });
    }
  }
}

/**
 * "Fiji and Germany have joined the exercise, alongside Canada, France and Japan", "Zweden nam
 * deel aan de top, net als Finland en Noorwegen": the parties listed after "alongside", "as well
 * as", "along with", "together with", "net als", "evenals", "naast", "samen met" share what the
 * sentence says another party takes part in (`participates.alongside`). Only parties of the kinds
 * that take part there (states and bodies with states, people with people).
 */
const ALONGSIDE =
  /(?:^|[\s,(])(?:alongside|as well as|along with|together with|net als|evenals|naast|samen met)\s+(?:(?:the|de|het)\s+)?(?:(?:leaders|ministers|troops|forces|delegations|representatives|leiders|ministers|troepen|militairen|delegaties|vertegenwoordigers)\s+(?:from|of|uit|van)\s+(?:(?:the|de|het)\s+)?)?$/u;
const ALONGSIDE_HINT =
  /alongside|as well as|along with|together with|net als|evenals|naast|samen met/u;

export function participantsAlongside(ctx: RuleContext): void {
  let bySentence: Map<number, { source: string; target: string }[]> | undefined;
  for (const view of ctx.views) {
    if (!ALONGSIDE_HINT.test(view.folded)) continue;
    if (!bySentence) {
      bySentence = new Map();
      for (const f of ctx.findings) {
        if (f.type !== "PARTICIPATES_IN") continue;
        const list = bySentence.get(f.sentence) ?? [];
        if (list.length === 0) bySentence.set(f.sentence, list);
        list.push({ source: f.source, target: f.target });
      }
    }
    const taking = bySentence.get(view.index);
    if (!taking || taking.length === 0) continue;
    const seenGroups = new Set<number>();
    for (const a of view.args) {
      if (seenGroups.has(a.group) || !PARTY_TYPES.has(a.mention.type) || a.aside) continue;
      const at = a.mention.start - view.start;
      if (!ALONGSIDE.test(view.folded.slice(Math.max(0, at - 60), at))) continue;
      seenGroups.add(a.group);
      const listed = view.args.filter(
        (b) => b.group === a.group && PARTY_TYPES.has(b.mention.type),
      );
      // The taker whose occasion they share: a party of the sentence with a finding, of the same
      // sort (people with people, states and bodies with each other).
      for (const t of taking) {
        const taker = view.args.find((b) => b.mention.key === t.source && b.group !== a.group);
        if (!taker) continue;
        const personal = taker.mention.type === "Person";
        for (const b of listed) {
          if ((b.mention.type === "Person") !== personal) continue;
          if (b.mention.key === t.target || b.mention.key === t.source) continue;
          ctx.findings.push({
            type: "PARTICIPATES_IN",
            source: b.mention.key,
            target: t.target,
            rule: "participates.alongside",
            confidence: 0.6,
            sentence: view.index,
          });
        }
      }
    }
  }
}

/**
 * "Dutch soldiers train in Norway during Trident Juncture", "Nederlandse F-35's oefenen boven
 * Duitsland in Air Defender 2023", "hosted the ministers in Brisbane on 28 July for AUSMIN": a
 * place governed by "in"/"at"/"te"/"boven"/"over" and, in the same clause with at most a date or
 * a few words between, "during"/"tijdens"/"for"/"voor"/"in" and an event: the event is held there
 * (`located.during-event`). States and places alike; a second place after the event (its own) wins.
 */
const PLACE_PREPS = new Set(["in", "at", "te", "boven", "over", "op"]);
const BEFORE_EVENT =
  /^[\s,]*(?:(?:on|op|from|van|vanaf|tot|to|until|this|next|last|deze|volgende|vorige)?\s*[\p{L}\d.]+\s+){0,5}?(?:during|tijdens|for|voor|in|as part of|als onderdeel van|in het kader van)\s+(?:(?:the|de|het|this|year's|this year's|dit jaar)\s+)*(?:[\p{Ll}-]+\s+)?$/u;

export function duringEventPlaces(ctx: RuleContext): void {
  for (const view of ctx.views) {
    let hasEvent = false;
    for (const a of view.args) if (a.mention.type === "Event") hasEvent = true;
    if (!hasEvent) continue;
    for (let i = 0; i < view.args.length; i++) {
      const event = view.args[i]!;
      if (event.mention.type !== "Event" || event.aside) continue;
      // The place right before it: the last argument before the event, a place, in its clause.
      const before = view.args[i - 1];
      if (!before || before.clause !== event.clause) continue;
      if (before.mention.type !== "Location" && before.mention.type !== "Country") continue;
      const group = view.args.filter((a) => a.group === before.group);
      const first = group[0]!;
      if (!first.prep || !PLACE_PREPS.has(first.prep) || first.aside) continue;
      if (first.mention.via === "adjective") continue;
      const gap = view.folded.slice(
        before.mention.end - view.start,
        event.mention.start - view.start,
      );
      if (gap.length > 60 || !BEFORE_EVENT.test(gap)) continue;
      // "in Norway for the exercise in Bardufoss": the event's own place is named after it.
      const next = view.args[i + 1];
      if (
        next &&
        (next.mention.type === "Location" || next.mention.type === "Country") &&
        /^\s+(?:in|at|te)\s+(?:the\s+|de\s+|het\s+)?$/u.test(
          view.folded.slice(event.mention.end - view.start, next.mention.start - view.start),
        )
      )
        continue;
      for (const place of group)
        if (place.mention.type === "Location" || place.mention.type === "Country")
          ctx.findings.push({
            type: "LOCATED_IN",
            source: event.mention.key,
            target: place.mention.key,
            rule: "located.during-event",
            confidence: 0.6,
            sentence: view.index,
          });
    }
  }
}

/**
 * "the Madrid Summit", "the Munich Security Conference", "de NAVO-top van Vilnius": a meeting
 * whose name holds a town is held in that town (`located.name-place`). Towns and cities only (a
 * state in a name says what the meeting is about: "Ukraine Recovery Conference"); meetings only
 * (summits, conferences, talks, dialogues, forums, councils, ministerials).
 */
const MEETING_NAME =
  /(?:summit|conference|talks|dialogue|forum|meeting|ministerial|council|top|conferentie|overleg|bijeenkomst|vergadering)(?![\p{L}])/iu;
const TOWN_KINDS = new Set(["city", "town", "capital", ""]);

export function placesInMeetingNames(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const done = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Event" || m.nested) continue;
    const record = registry.get(m.key);
    if (!record || !MEETING_NAME.test(record.name)) continue;
    for (const inner of mentions.overlapping(m.start, m.end)) {
      if (inner.type !== "Location" || inner.start < m.start || inner.end > m.end) continue;
      if (!TOWN_KINDS.has(kindOf(registry, inner.key))) continue;
      // The town must be in the entity's own name, not only in the words read as it.
      const town = registry.get(inner.key);
      if (!town) continue;
      const key = `${m.key}|${inner.key}`;
      if (done.has(key)) continue;
      done.add(key);
      ctx.findings.push({
        type: "LOCATED_IN",
        source: m.key,
        target: inner.key,
        rule: "located.name-place",
        confidence: 0.6,
        sentence: sentenceIndexAt(ctx.doc, m.start),
      });
    }
  }
}

/**
 * "Also present were Defence Minister X and General Y", "Onder de gasten waren president X en
 * premier Y": the people listed after a cue of presence take part in the occasion — the event the
 * sentence names before the cue, else the one named last in the three sentences before, else the
 * headline's (`participates.present-were`). People only: a state or body in their titles is not
 * a guest.
 */
const PRESENT_CUE: Readonly<Record<string, RegExp>> = {
  en: /(?:^|[\s,;])(?:also present were|present were|among those present were|among the guests were|guests included|also attending were|also in attendance were|in attendance were|the host was|the hosts were)(?![\p{L}])/u,
  nl: /(?:^|[\s,;])(?:onder de gasten waren|onder de aanwezigen waren|ook aanwezig waren|aanwezig waren onder meer|tot de gasten behoorden|gastheer was|gastheer is|gastvrouw was|gastvrouw is|gastheren waren)(?![\p{L}])/u,
};

export function presentAtOccasion(ctx: RuleContext): void {
  const cue = PRESENT_CUE[ctx.doc.language];
  if (!cue) return;
  for (const view of ctx.views) {
    if (view.start < ctx.doc.titleEnd) continue;
    const m = cue.exec(view.folded);
    if (!m) continue;
    const at = view.start + m.index + m[0].length;
    const named = view.args.findLast((a) => a.mention.type === "Event" && a.mention.end <= at);
    const event = named?.mention.key ?? eventBefore(ctx, view.index);
    if (!event) continue;
    // The list ends at a semicolon ("Gastheer was X; de vergadering werd voorgezeten door Y").
    const semicolon = view.folded.indexOf(";", at - view.start);
    const stop = semicolon < 0 ? view.end : view.start + semicolon;
    for (const a of view.args)
      if (
        a.mention.type === "Person" &&
        a.mention.start >= at &&
        a.mention.end <= stop &&
        !a.aside &&
        !a.prep
      )
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: a.mention.key,
          target: event,
          rule: "participates.present-were",
          confidence: 0.6,
          sentence: view.index,
        });
  }
}

/** The event named last in the three sentences before `index`, else the headline's. */
function eventBefore(ctx: RuleContext, index: number): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--)
      if (args[j]!.mention.type === "Event") return args[j]!.mention.key;
  }
  return headlineEvent(ctx);
}

/**
 * "more than 90 KFOR soldiers, most of them from Italy and Hungary", "Italian and Polish EUFOR
 * troops", "UNIFIL-militairen uit Ierland": the personnel of a mission named with their states —
 * nationalities right before the mission's name, or states after "from"/"uit" in the same clause
 * — are contributed by those states, which take part in the mission (`participates.mission-personnel`).
 */
const MISSION_PERSONNEL =
  /^(?:-|\s)(?:soldiers|troops|peacekeepers|personnel|service members|servicemembers|contingents?|militairen|soldaten|troepen|vredeshandhavers|blauwhelmen)(?![\p{L}])/u;
const FROM_BEFORE = /(?:^|\s)(?:from|uit)\s+(?:the\s+|de\s+|het\s+)?$/u;
const ADJECTIVES_BEFORE = /^\s*(?:(?:,|and|en)\s*)?$/u;

export function missionPersonnel(ctx: RuleContext): void {
  for (const view of ctx.views) {
    for (let i = 0; i < view.args.length; i++) {
      const mission = view.args[i]!;
      if (mission.mention.type !== "Mission" || mission.aside) continue;
      const tail = view.folded.slice(
        mission.mention.end - view.start,
        mission.mention.end - view.start + 24,
      );
      if (!MISSION_PERSONNEL.test(tail)) continue;
      const states: string[] = [];
      // Nationalities right before: "Italian and Polish KFOR troops".
      let edge = mission.mention.start;
      for (let j = i - 1; j >= 0; j--) {
        const a = view.args[j]!;
        if (a.mention.type !== "Country" || a.mention.via !== "adjective") break;
        if (
          !ADJECTIVES_BEFORE.test(view.folded.slice(a.mention.end - view.start, edge - view.start))
        )
          break;
        states.push(a.mention.key);
        edge = a.mention.start;
      }
      // States after "from": "KFOR soldiers, most of them from Italy and Hungary".
      const from = view.args.find(
        (a) =>
          a.mention.start > mission.mention.end &&
          a.mention.type === "Country" &&
          a.mention.via !== "adjective" &&
          a.clause === mission.clause,
      );
      if (from && from.mention.start - mission.mention.end <= 80) {
        const between = view.folded.slice(
          mission.mention.end - view.start,
          from.mention.start - view.start,
        );
        const others = view.args.some(
          (a) =>
            a.mention.start > mission.mention.end &&
            a.mention.end <= from.mention.start &&
            a.mention.type !== "Country" &&
            // the personnel themselves, read as an asset ("UNIFIL-militairen uit Ierland")
            a.mention.type !== "Asset",
        );
        if (!others && !/[;:]/u.test(between) && FROM_BEFORE.test(between))
          for (const a of view.args)
            if (a.group === from.group && a.mention.type === "Country") states.push(a.mention.key);
      }
      for (const state of states)
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: state,
          target: mission.mention.key,
          rule: "participates.mission-personnel",
          confidence: 0.6,
          sentence: view.index,
        });
    }
  }
}

/**
 * "Soldiers of the British Army joined the Japan Ground Self-Defense Force for Exercise Vigilant
 * Isles", "Dutch and German engineers trained with the Lithuanian army during Iron Wolf",
 * "Belgische mariniers oefenden met het Korps Mariniers tijdens Cold Response": the parties of a
 * clause of training, joining or deploying that happens for or during a named exercise or meeting
 * take part in it (`participates.trained-for`) — states and bodies, named or owning the assets
 * named; a state after "to"/"in" is where, not who.
 */
const TRAINS: Readonly<Record<string, RegExp>> = {
  en: /(?<![\p{L}])(?:joined|joins|join|trained|trains|train|training|exercised|exercises|exercising|drilled|drill|sailed|sail|operated|operate|deployed|deploy|deploys|practised|practiced|rehearsed|fought|flew|fly)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:oefen|oefent|oefenen|oefende|oefenden|geoefend|train|traint|trainen|trainde|trainden|getraind|zeilden|zeilde|opereerden|opereerde|vlogen|vloog|voegde zich bij|voegden zich bij|sloot aan bij|sloten aan bij)(?![\p{L}])/u,
};
const FOR_EVENT =
  /(?:^|\s)(?:for|during|tijdens|voor)\s+(?:(?:the|this year's|de|het)\s+)?(?:(?:annual|multinational|large-scale|joint|jaarlijkse|multinationale|grootschalige|gezamenlijke)\s+)?(?:(?:exercise|oefening|navo-oefening)\s+)?$/u;
const TRAINING_PARTY_PREPS = new Set(["with", "met", "alongside", "naast", "of", "van"]);

export function trainedForEvent(ctx: RuleContext): void {
  const verbs = TRAINS[ctx.doc.language];
  if (!verbs) return;
  for (const view of ctx.views) {
    for (let i = 0; i < view.args.length; i++) {
      const event = view.args[i]!;
      if (event.mention.type !== "Event" || event.aside) continue;
      const from = event.mention.start - view.start;
      if (!FOR_EVENT.test(view.folded.slice(Math.max(0, from - 48), from))) continue;
      const clauseStart = view.clauseStarts[event.clause] ?? 0;
      const verb = verbs.exec(view.folded.slice(clauseStart, from));
      if (!verb) continue;
      const parties = view.args.filter(
        (a) =>
          a.mention.end <= event.mention.start &&
          a.clause === event.clause &&
          !a.aside &&
          (a.mention.type === "Country" ||
            a.mention.type === "Organisation" ||
            a.mention.type === "Asset") &&
          (a.mention.type === "Asset" || a.mention.via !== "adjective") &&
          (!a.prep || TRAINING_PARTY_PREPS.has(a.prep)),
      );
      if (parties.length === 0) continue;
      // "soldiers of the British Army": the body named is the party, not the soldiers' state.
      const bodies = parties.some((a) => a.mention.type === "Organisation");
      const sources = bodies
        ? new Set<string>()
        : ownersOf(
            ctx,
            parties.filter((a) => a.mention.type === "Asset"),
          );
      for (const a of parties) if (a.mention.type !== "Asset") sources.add(a.mention.key);
      for (const source of sources)
        if (source !== event.mention.key)
          ctx.findings.push({
            type: "PARTICIPATES_IN",
            source,
            target: event.mention.key,
            rule: "participates.trained-for",
            confidence: 0.6,
            sentence: view.index,
          });
    }
  }
}

/**
 * "based at Camp Butmir, the EUFOR headquarters", "Northwood, het hoofdkwartier van Operatie
 * Atalanta": a place followed by an apposition naming it a body's headquarters seats the body there;
 * "EUNAVFOR Atalanta, the EU's counter-piracy operation, whose headquarters is in Rota": the
 * relative "whose headquarters" after a mission's or body's apposition (`headquartered.apposition`).
 */
const HQ_AFTER_BODY =
  /^\s*(?:'s\s+)?(?:headquarters|hq|hoofdkwartier|command headquarters)(?![\p{L}])/u;
const HQ_OF_BODY =
  /^\s*,\s*(?:the|het|de)\s+(?:(?:operational|main|military|new|former|operationele|militaire|nieuwe)\s+)?(?:headquarters|hq|hoofdkwartier)\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u;
const WHOSE_HQ =
  /(?:^|[\s,])(?:whose|waarvan het|wiens|wier)\s+(?:headquarters|hq|hoofdkwartier)\s+(?:is|are|was|ligt|staat|zich bevindt|bevindt zich)?\s*(?:located\s+|gevestigd\s+)?(?:in|at|te)\s+(?:(?:the|de|het)\s+)?$/u;
const SEATED = new Set(["Organisation", "Mission"]);

export function headquartersAppositions(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (!/headquarters|(?<![\p{L}])hq|hoofdkwartier/u.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const place = view.args[i]!;
      const next = view.args[i + 1]!;
      let body: Arg | undefined;
      let where: Arg | undefined;
      if (place.mention.type === "Location" && SEATED.has(next.mention.type)) {
        const gap = view.folded.slice(
          place.mention.end - view.start,
          next.mention.start - view.start,
        );
        const after = view.folded.slice(
          next.mention.end - view.start,
          next.mention.end - view.start + 24,
        );
        // "Camp Butmir, the EUFOR headquarters"
        if (/^\s*,\s*(?:the|het|de)\s+$/u.test(gap) && HQ_AFTER_BODY.test(after)) body = next;
        // "Northwood, het hoofdkwartier van Operatie Atalanta"
        else if (HQ_OF_BODY.test(gap)) body = next;
        where = place;
      } else if (next.mention.type === "Location") {
        const before = view.folded.slice(
          Math.max(0, next.mention.start - view.start - 60),
          next.mention.start - view.start,
        );
        if (!WHOSE_HQ.test(before)) continue;
        // The nearest mission before the relative, else the nearest body not possessing a noun.
        const cut = next.mention.start;
        body =
          view.args.findLast((a) => a.mention.type === "Mission" && a.mention.end <= cut) ??
          view.args.findLast(
            (a) =>
              a.mention.type === "Organisation" &&
              a.mention.end <= cut &&
              !/^['’]s?\s/u.test(view.folded.slice(a.mention.end - view.start)),
          );
        where = next;
      }
      if (!body || !where) continue;
      if (where === next) {
        // The frames read "headquarters is in" with the nearest body or the topic mission as its
        // owner; the relative names the owner, so their other readings of it are dropped.
        const owner = body.mention.key;
        const seat = where.mention.key;
        const kept = ctx.findings.filter(
          (f) =>
            f.type !== "HEADQUARTERED_IN" ||
            f.sentence !== view.index ||
            f.target !== seat ||
            f.source === owner ||
            (f.rule !== "headquartered.in" && f.rule !== "headquartered.topic"),
        );
        if (kept.length !== ctx.findings.length) {
          ctx.findings.length = 0;
          ctx.findings.push(...kept);
        }
      }
      ctx.findings.push({
        type: "HEADQUARTERED_IN",
        source: body.mention.key,
        target: where.mention.key,
        rule: "headquartered.apposition",
        confidence: 0.65,
        sentence: view.index,
      });
    }
  }
}

/**
 * "Battle Group Poland", "NATO Battlegroup Romania", "Multinational Brigade Latvia": a formation
 * whose name ends in a state is in that state (`located.formation-name`).
 */
const FORMATION_NAME =
  /(?:battle ?group|battlegroup|brigade|division|corps|forward land forces|gevechtsgroep)\s+[\p{L} -]+$/iu;

export function formationsNamedByState(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const done = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== "Organisation" && m.type !== "Mission") || m.nested || done.has(m.key))
      continue;
    const record = registry.get(m.key);
    if (!record || !FORMATION_NAME.test(record.name)) continue;
    const state = mentions
      .overlapping(m.start, m.end)
      .find((x) => x.type === "Country" && x.end === m.end && x.start > m.start);
    if (!state) continue;
    done.add(m.key);
    ctx.findings.push({
      type: "LOCATED_IN",
      source: m.key,
      target: state.key,
      rule: "located.formation-name",
      confidence: 0.6,
      sentence: sentenceIndexAt(ctx.doc, m.start),
    });
  }
}
