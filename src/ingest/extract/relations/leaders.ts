import { bodyOfMeeting } from "../meetings.ts";
import type { MentionSet } from "../mention-set.ts";
import type { Mention } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Who leads what, from constructions the frames do not attach (passes.ts): an office named before
 * its holder ("The Commander of Allied Land Command, Lt. Gen. X", "KFOR's commander, Y",
 * "Frontex-directeur Z"), an exercise's director with no exercise in the sentence, and a command
 * stated of a definite description or a pronoun ("The brigade … under the command of Col. X",
 * "Sinds januari staat het onder bevel van …").
 */

const LED = ["Organisation", "Mission", "Event"];

/** Nouns of leading an organisation, a mission or an event (folded). */
const HEAD =
  "(?:chief of (?:the )?(?:defence|defense)(?: staff)?|chief of (?:the )?general staff|commander[- ]in[- ]chief|opperbevelhebber|secretary[- ]general|secretaris-generaal|president|commander|commanding officer|commanding general|director-general|director general|director|chief|head|chairman|chairwoman|chair|leader|commandant|directeur-generaal|directeur|voorzitter|leider|hoofd|bevelhebber)";

/** What every office of `HEAD` contains: most sentences have none. */
const OFFICE_HINT =
  /command|direct|chief|head|chair|leader|leider|voorzitter|hoofd|bevelhebber|president|general|generaal/u;

/** "The Commander of X", "de commandant van de X": the office right before the name. */
const OFFICE_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:(?:the|de|het)\\s+)?${HEAD}\\s+(?:of|van)\\s+(?:(?:the|de|het)\\s+)?$`,
  "u",
);
/** "The Deputy Commander of X": a deputy leads nothing. */
const DEPUTY_BEFORE =
  /(?:deputy|vice|assistant|plaatsvervangend|plaatsvervangende|adjunct)[\s-]+[\p{L}-]+(?:[\s-]+general)?\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u;
/** An office word, as a whole word or after a hyphen ("Frontex-directeur"). */
const HEAD_WORD = new RegExp(`(?<![\\p{L}])${HEAD}(?![\\p{L}])`, "gu");
const OF_AFTER_OFFICE = /^\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?/u;
/** Between a name and the office after it: "KFOR's commander", "Frontex-directeur", "X Director". */
const NAME_BEFORE_OFFICE = /(?:['’]s?\s+|-|\s)$/u;

/** Words that end a rank: a name's rank is lower-case words or abbreviations, no function word. */
const NOT_RANK =
  /^(?:and|en|or|of|the|de|het|a|an|een|with|met|said|says|zei|zegt|who|die|which|dat|is|was|in|on|op|at|bij|to|naar|for|voor|from|uit|by|door)$/u;

/** Between an office and its holder: an optional comma and up to four words of a rank. */
function isRankGap(gap: string, comma: "required" | "optional"): boolean {
  // "Commandant van de X is brigadegeneraal Y": a copula closes the office as a comma does.
  const match = /^\s*(,|(?:is|was|wordt|werd)(?=\s))?\s*(.*)$/su.exec(gap);
  if (!match || (comma === "required" && !match[1])) return false;
  const rest = match[2]!.trim();
  if (rest === "") return true;
  const tokens = rest.split(/\s+/u);
  return (
    tokens.length <= 4 &&
    tokens.every((t) => /^[\p{Ll}][\p{Ll}.-]*$/u.test(t) && !NOT_RANK.test(t.replace(/\.$/u, "")))
  );
}

function gapText(view: SentenceView, from: number, to: number): string {
  return view.folded.slice(from - view.start, to - view.start);
}

/** The person right after `end`, a rank between (`comma`: whether a comma must open the gap). */
function holderAfter(
  view: SentenceView,
  end: number,
  comma: "required" | "optional",
): Arg | undefined {
  let service: Mention | undefined;
  for (const a of view.args) {
    if (a.mention.start < end) continue;
    // "the Dutch Lt. Col. X": a nationality before the rank qualifies the person.
    if (a.mention.via === "adjective") continue;
    // "…, Royal Navy Commodore X", "…, U.S. Army Col. Y": the holder's service before the rank.
    if (a.mention.type === "Organisation" && !service) {
      service = a.mention;
      continue;
    }
    if (a.mention.type !== "Person") return undefined;
    let gap = gapText(view, end, a.mention.start).replace(
      /(?:^|\s)(?:the|de|het)\s+[\p{Ll}-]+\s+(?=[\p{Ll}])/u,
      " ",
    );
    if (service) {
      // The service must open the gap (after its comma) and be followed by the rank alone.
      const opening = /^\s*,\s*(?:(?:the|de|het)\s+)?$/u;
      if (!opening.test(gapText(view, end, service.start))) return undefined;
      gap = `, ${gapText(view, service.end, a.mention.start)}`;
    }
    return isRankGap(stripAdjectives(view, end, a.mention.start, gap), comma) ? a : undefined;
  }
  return undefined;
}

/** The gap with the nationality adjectives in it removed ("Canadian Col." → "Col."). */
function stripAdjectives(view: SentenceView, from: number, to: number, gap: string): string {
  let out = gap;
  for (const a of view.args) {
    if (a.mention.via !== "adjective" || a.mention.start < from || a.mention.end > to) continue;
    out = out.replace(gapText(view, a.mention.start, a.mention.end), " ");
  }
  return out.replace(/^(\s*,?\s*)(?:the|de|het)\s+/u, "$1");
}

function leads(ctx: RuleContext, view: SentenceView, person: Arg, led: string, rule: string): void {
  ctx.findings.push({
    type: "LEADS",
    source: person.mention.key,
    target: led,
    rule,
    confidence: 0.75,
    sentence: view.index,
  });
}

/**
 * `office-holders`: "The Commander of Allied Land Command, Lt. Gen. X", "de commandant van de 1.
 * Panzerdivision, generaal-majoor Y" (the office, the name, a comma, the holder), "KFOR's
 * commander, Maj. Gen. Z" (a possessive), "Frontex-directeur W" and "Frontex Director W" (the
 * name qualifying the office right before the holder): the person LEADS what the office names.
 */
export function officeHolders(ctx: RuleContext, mentions: MentionSet): void {
  if (!OFFICE_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!OFFICE_HINT.test(view.folded)) continue;
    // From each office word to the name it is of: cost follows the offices, not the names.
    HEAD_WORD.lastIndex = 0;
    for (let m = HEAD_WORD.exec(view.folded); m; m = HEAD_WORD.exec(view.folded)) {
      const officeStart = view.start + m.index;
      const officeEnd = officeStart + m[0].length;
      let holder: Arg | undefined;
      let named: Mention | undefined;
      // "The Commander of X, Lt. Gen. Y": the name right after "of"/"van", then the holder.
      const of = OF_AFTER_OFFICE.exec(
        view.folded.slice(m.index + m[0].length, m.index + m[0].length + 12),
      );
      if (of) {
        const before = view.folded.slice(
          Math.max(0, m.index - 30),
          m.index + m[0].length + of[0].length,
        );
        named = mentions
          .startingAt(officeEnd + of[0].length)
          .find((x) => LED.includes(x.type) && !x.nested && x.via !== "adjective");
        if (named && OFFICE_BEFORE.test(before) && !DEPUTY_BEFORE.test(before))
          holder = holderAfter(view, named.end, "required");
      }
      // "KFOR's commander, Y", "Frontex-directeur Y", "Frontex Director Y": the name right before.
      if (!holder) {
        const sep = NAME_BEFORE_OFFICE.exec(view.folded.slice(Math.max(0, m.index - 4), m.index));
        const end = sep ? officeStart - sep[0].length : -1;
        named = sep
          ? mentions
              .overlapping(end - 1, end)
              .find(
                (x) => x.end === end && LED.includes(x.type) && !x.nested && x.via !== "adjective",
              )
          : undefined;
        if (named) holder = holderAfter(view, officeEnd, "optional");
      }
      if (holder && named) leads(ctx, view, holder, named.key, "leads.office-holder");
    }
  }
}

/** "the exercise director", "de oefeningsleider": the one who leads an exercise. */
const EXERCISE_DIRECTOR =
  /(?:exercise director|director of the exercise|oefeningsleider|leider van de oefening)(?![\p{L}])/u;

/**
 * `exercise-directors`: "zegt luitenant-kolonel X, de oefeningsleider", "Col. Y, the exercise
 * director": the person in apposition LEADS the exercise the sentence names, else the one event
 * the headline names (the report's exercise). A named exercise before the noun ("the Flintlock
 * exercise director") is the frames' and `office-appositions`' to read.
 */
export function exerciseDirectors(ctx: RuleContext): void {
  const folded = ctx.doc.folded;
  if (!folded.includes("director") && !folded.includes("leider")) return;
  if (!EXERCISE_DIRECTOR.test(folded)) return;
  const headline = ctx.views.filter((v) => v.start < ctx.doc.titleEnd);
  const headlineEvents = new Set(
    headline.flatMap((v) =>
      v.args.filter((a) => a.mention.type === "Event").map((a) => a.mention.key),
    ),
  );
  for (const view of ctx.views) {
    const m = EXERCISE_DIRECTOR.exec(view.folded);
    if (!m) continue;
    const at = view.start + m.index;
    const person = view.args.findLast(
      (a) =>
        a.mention.type === "Person" &&
        a.mention.end <= at &&
        /^\s*,\s*(?:the|de|het)\s+$/u.test(gapText(view, a.mention.end, at)),
    );
    if (!person) continue;
    const inSentence = view.args.filter((a) => a.mention.type === "Event");
    // A named event right before the noun ("the Flintlock exercise director") is read elsewhere.
    if (inSentence.some((a) => a.mention.end <= at && a.mention.start > person.mention.end))
      continue;
    const event =
      inSentence.length === 1
        ? inSentence[0]!.mention.key
        : headlineEvents.size === 1
          ? [...headlineEvents][0]!
          : onlyEventBefore(ctx, view.index);
    if (event) leads(ctx, view, person, event, "leads.exercise-director");
  }
}

/** The one event the article has named before sentence `index`, if it named exactly one. */
function onlyEventBefore(ctx: RuleContext, index: number): string | undefined {
  const events = new Set<string>();
  for (let i = 0; i < index; i++)
    for (const a of ctx.views[i]!.args) if (a.mention.type === "Event") events.add(a.mention.key);
  return events.size === 1 ? [...events][0] : undefined;
}

/** A command stated in the passive, its leader named after it. */
const COMMANDED_BY =
  /(?<![\p{L}])(?:commanded by|led by|headed by|chaired by|co-chaired by|under the command of|under the leadership of|onder (?:bevel|leiding|commando|aanvoering) van|onder leiding staat van|(?:geleid|aangevoerd|gecommandeerd|voorgezeten) door)(?![\p{L}])/u;

/** What every passive of `COMMANDED_BY` contains (a plain search, far cheaper than the pattern). */
function mayCommandBy(text: string): boolean {
  return (
    text.includes(" by ") ||
    text.includes(" of ") ||
    text.includes(" door ") ||
    text.includes(" van ")
  );
}

/** A definite description opening the sentence: "The brigade", "Deze brigade", "Het vlootverband". */
const OPENING_DESCRIPTION =
  /^(?:the|this|de|het|deze|dit)\s+(?:[\p{Ll}]+-)?([\p{Ll}]+(?:\s+(?:group|force|groep))?)\s/u;

/** The states or organisations right after the trigger ("voorgezeten door het VK en Duitsland"). */
function agentsAfter(view: SentenceView, end: number): Arg[] {
  const first = view.args.find((a) => a.mention.start >= end);
  if (!first || first.mention.via === "adjective") return [];
  if (first.mention.type !== "Country" && first.mention.type !== "Organisation") return [];
  if (!/^\s*(?:(?:the|de|het)\s+)?$/u.test(gapText(view, end, first.mention.start))) return [];
  return view.args.filter(
    (a) =>
      a.group === first.group &&
      (a.mention.type === "Country" || a.mention.type === "Organisation") &&
      a.mention.via !== "adjective",
  );
}
/** A pronoun for the thing named before: "It is commanded by", "Sinds januari staat het onder". */
const OPENING_PRONOUN =
  /^(?:it|het|zij|ze)\s|^[^,]{0,30}?\s(?:staat|stond|wordt|werd)\s+(?:het|zij|ze)\s/u;

/** Before a sentence's subject: at most a determiner. */
const OPENS_SENTENCE = /^\s*(?:(?:the|this|de|het|deze|dit)\s+)?(?:\p{L}+-)?$/u;

/** Nouns a led body is referred to by, and the types they may refer to. */
const BODY_NOUNS: Record<string, readonly string[]> = {
  brigade: ["Organisation", "Mission"],
  battlegroup: ["Organisation", "Mission"],
  division: ["Organisation"],
  divisie: ["Organisation"],
  corps: ["Organisation"],
  korps: ["Organisation"],
  group: ["Organisation", "Mission"],
  groep: ["Organisation", "Mission"],
  "task group": ["Organisation", "Mission"],
  "task force": ["Organisation", "Mission"],
  taakgroep: ["Organisation", "Mission"],
  vlootverband: ["Organisation", "Mission"],
  eskader: ["Organisation", "Mission"],
  squadron: ["Organisation"],
  fleet: ["Organisation"],
  vloot: ["Organisation"],
  command: ["Organisation"],
  headquarters: ["Organisation"],
  hoofdkwartier: ["Organisation"],
  coalition: ["Organisation", "Mission"],
  coalitie: ["Organisation", "Mission"],
  mission: ["Mission"],
  missie: ["Mission"],
  operation: ["Mission"],
  operatie: ["Mission"],
  exercise: ["Event"],
  oefening: ["Event"],
  detachment: ["Organisation"],
  detachement: ["Organisation"],
  "contact group": ["Organisation"],
  contactgroep: ["Organisation"],
  programme: ["Mission"],
  program: ["Mission"],
  programma: ["Mission"],
};

/** Dutch nouns by the English word the (English) names of what they refer to contain. */
const NAME_NOUN: Record<string, string> = {
  contactgroep: "contact group",
  coalitie: "coalition",
  divisie: "division",
  korps: "corps",
  groep: "group",
  vlootverband: "group",
  taakgroep: "task group",
  missie: "mission",
  operatie: "operation",
  hoofdkwartier: "headquarters",
  vloot: "fleet",
};

/** The last led body named before `offset` of `types`, with `noun` in its name if one is. */
function lastNamed(
  ctx: RuleContext,
  index: number,
  offset: number,
  types: readonly string[],
  noun?: string,
): string | undefined {
  let fallback: string | undefined;
  // A name with the noun in it may be far back ("de contactgroep" nine sentences after "the
  // Ukraine Defense Contact Group"); the kind alone refers only to the last few sentences.
  for (let i = index; i >= 0; i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--) {
      const arg = args[j]!;
      if (arg.mention.end > offset || arg.mention.via === "adjective") continue;
      if (i < index - 3 && !noun) continue;
      // "een bijeenkomst van de Ukraine Defense Contact Group": the body the meeting names.
      const mention = bodyOfMeeting(ctx.doc, arg.mention) ?? arg.mention;
      if (!types.includes(mention.type)) continue;
      const name = ctx.doc.folded.slice(mention.start, mention.end);
      if (!noun || name.includes(noun)) return mention.key;
      // "the mission", "de oefening": the kind alone refers; "the group" needs its word.
      if (mention.type !== "Organisation" && i >= index - 3) fallback ??= mention.key;
    }
  }
  return fallback;
}

/**
 * `led-references`: "The brigade brings together troops from …, under the command of Canadian
 * Col. X", "It is commanded by Lt. Col. Y", "Sinds januari staat het onder bevel van de
 * Nederlandse kapitein-luitenant ter zee Z": the leader after a passive of commanding LEADS what
 * the sentence is about — a definite description that opens it (the last body named before with
 * that noun in its name, else of its kind), or a pronoun (what the sentence before is about).
 * Only when no rule has already said whom that person leads there.
 */
export function ledReferences(ctx: RuleContext): void {
  if (!mayCommandBy(ctx.doc.folded) || !COMMANDED_BY.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!mayCommandBy(view.folded)) continue;
    const m = COMMANDED_BY.exec(view.folded);
    if (!m) continue;
    const end = view.start + m.index + m[0].length;
    const person = holderAfter(view, end, "optional");
    const leaders = person ? [person] : agentsAfter(view, end);
    if (leaders.length === 0) continue;
    const said = ctx.findings.some(
      (f) =>
        f.type === "LEADS" &&
        f.sentence === view.index &&
        leaders.some((l) => l.mention.key === f.source),
    );
    if (said) continue;
    const clauseBefore = view.folded.slice(0, m.index);
    const first = view.args[0];
    let led: string | undefined;
    if (/^\s*$/u.test(clauseBefore)) {
      // "Under the leadership of Gen. X, the Y …", "Onder leiding van X oefent de Y": fronted,
      // what is led follows the leader.
      const after = view.args.find(
        (a) =>
          a.mention.start >= leaders[leaders.length - 1]!.mention.end &&
          LED.includes(a.mention.type) &&
          a.mention.via !== "adjective",
      );
      led = after?.mention.key;
    } else if (
      first &&
      LED.includes(first.mention.type) &&
      !first.prep &&
      first.mention.via !== "adjective" &&
      /^\s*(?:(?:the|de|het)\s+)?$/u.test(view.folded.slice(0, first.mention.start - view.start))
    ) {
      led = first.mention.key;
    } else if (OPENING_PRONOUN.test(clauseBefore) && view.index > 0) {
      const previous = ctx.views[view.index - 1]!;
      // Only a name that opens the sentence before is what it was about.
      const subject = previous.args.find((a) => a.mention.via !== "adjective");
      if (
        subject &&
        LED.includes(subject.mention.type) &&
        OPENS_SENTENCE.test(
          stripAdjectives(
            previous,
            previous.start,
            subject.mention.start,
            gapText(previous, previous.start, subject.mention.start),
          ),
        )
      )
        led = subject.mention.key;
    } else {
      const description = OPENING_DESCRIPTION.exec(clauseBefore);
      const noun = description?.[1];
      const types = noun ? BODY_NOUNS[noun] : undefined;
      if (noun && types)
        led = lastNamed(ctx, view.index - 1, view.start, types, NAME_NOUN[noun] ?? noun);
    }
    if (!led) continue;
    for (const leader of leaders)
      if (leader.mention.key !== led) leads(ctx, view, leader, led, "leads.reference");
  }
}

/** An office opening a sentence, no holder named: "The Commander of the Royal Bahrain Naval Force". */
const OPENING_OFFICE = new RegExp(
  `^(?:(?:the|de|het)\\s+)?${HEAD}\\s+(?:of|van)\\s+(?:(?:the|de|het)\\s+)?$`,
  "u",
);

/**
 * `unnamed-offices`: "The Commander of the Royal Bahrain Naval Force visited the carrier … .
 * Commodore X and members of the force visited the ship": an office that opens a sentence without
 * naming its holder, and the next sentence opening with a rank and a person — that person holds
 * the office (LEADS). Nothing when the office's sentence names a person, or the next one has no
 * rank before the name.
 */
export function unnamedOffices(ctx: RuleContext): void {
  if (!OFFICE_HINT.test(ctx.doc.folded)) return;
  for (let i = 0; i + 1 < ctx.views.length; i++) {
    const view = ctx.views[i]!;
    const named = view.args[0];
    if (!named || !LED.includes(named.mention.type)) continue;
    if (!OPENING_OFFICE.test(view.folded.slice(0, named.mention.start - view.start))) continue;
    if (DEPUTY_BEFORE.test(view.folded.slice(0, named.mention.start - view.start))) continue;
    if (view.args.some((a) => a.mention.type === "Person")) continue;
    const next = ctx.views[i + 1]!;
    const person = next.args.find((a) => a.mention.via !== "adjective");
    if (person?.mention.type !== "Person") continue;
    const rank = stripAdjectives(
      next,
      next.start,
      person.mention.start,
      gapText(next, next.start, person.mention.start),
    ).trim();
    if (rank === "" || !isRankGap(rank, "optional")) continue;
    leads(ctx, next, person, named.mention.key, "leads.unnamed-office");
  }
}

/** "will chair the next meeting of X", "hosted the first session of X": a meeting of a body. */
const CHAIRS_MEETING_OF =
  /(?<![\p{L}])(?:chairs|chaired|chair|co-chairs|co-chaired|co-chair|hosts|hosted|host|opened|opens|leads|led|lead|leidde|leidden|leidt|opende|opent)\s+(?:the|a|de|het|een)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|session|gathering|conference|vergadering|bijeenkomst|zitting|conferentie)\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+)?$/u;
const CHAIRS_HINT =
  /meeting|session|gathering|conference|vergadering|bijeenkomst|zitting|conferentie/u;

/**
 * `meeting-chairs`: "Austin will chair the next meeting of the Ukraine Defense Contact Group":
 * who chairs a body's meeting LEADS the body, and the meeting too when it is an event (meetings.ts). The chair is the
 * person or state right before the verb ("will", "also", "jointly" between).
 */
export function meetingChairs(ctx: RuleContext): void {
  if (!CHAIRS_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!CHAIRS_HINT.test(view.folded)) continue;
    for (const arg of view.args) {
      // "the next meeting of the X" is an event (meetings.ts) naming the body X inside it.
      const meeting = bodyOfMeeting(ctx.doc, arg.mention) ? arg.mention : undefined;
      const body = meeting ? { ...arg, mention: bodyOfMeeting(ctx.doc, meeting)! } : arg;
      if (body.mention.type !== "Organisation" || body.mention.via === "adjective") continue;
      const from = body.mention.start - view.start;
      const m = CHAIRS_MEETING_OF.exec(view.folded.slice(Math.max(0, from - 80), from));
      if (!m) continue;
      const verbAt = body.mention.start - m[0].length;
      const chair = view.args.findLast(
        (a) =>
          a.mention.end <= verbAt &&
          (a.mention.type === "Person" || a.mention.type === "Country") &&
          a.mention.via !== "adjective" &&
          /^\s+(?:(?:will|also|jointly|to|would|is|was|are|were|zal|zou|gaat|samen|ook)\s+)*$/u.test(
            gapText(view, a.mention.end, verbAt),
          ),
      );
      if (!chair) continue;
      leads(ctx, view, chair, body.mention.key, "leads.meeting-chair");
      if (meeting) leads(ctx, view, chair, meeting.key, "leads.meeting-chair");
    }
  }
}

/** What the bare offices need: a comma, then the office. */
const BARE_OFFICE_HINT = /,\s*(?:the\s+)?(?:commander|commandant|director|chief|head|chairman)\s/u;
/** What every handover contains. */
const HANDOVER_HINT = /command\s+of|(?:commando|bevel)\s+over/u;
/** What every verb of leading before a description contains. */
const LEADS_DESCRIPTION_HINT = /lead|led|command|head|leid/u;

/** "Adm. X, Commander Allied Maritime Command,": NATO's style, the office and no "of". */
const OFFICE_NO_OF =
  /^\s*,\s*(?:the\s+)?(?:commander|commandant|director|chief|head|chairman)\s+$/u;

/**
 * `bare-offices`: "Adm. Tom Hale, Commander Allied Maritime Command, said" — an apposition of
 * the office and the name, without "of" (NATO's and the Pentagon's style): the person LEADS it.
 */
export function bareOffices(ctx: RuleContext): void {
  if (!BARE_OFFICE_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!OFFICE_HINT.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const person = view.args[i]!;
      const named = view.args[i + 1]!;
      if (person.mention.type !== "Person" || !LED.includes(named.mention.type)) continue;
      if (named.mention.via === "adjective") continue;
      if (!OFFICE_NO_OF.test(gapText(view, person.mention.end, named.mention.start))) continue;
      leads(ctx, view, person, named.mention.key, "leads.bare-office");
    }
  }
}

/** "handed over command of X to Y", "droeg het commando over X over aan Y". */
const HANDOVER_EN =
  /(?<![\p{L}])(?:hands|handed|hand|passed|passes|relinquished|relinquishes|transferred|transfers)\s+(?:over\s+)?(?:the\s+)?command\s+of\s+(?:the\s+)?$/u;
const HANDOVER_NL =
  /(?<![\p{L}])(?:draagt|droeg|droegen|dragen|overdragen|overgedragen)\s+(?:het\s+)?(?:commando|bevel)\s+over\s+(?:de\s+|het\s+)?$/u;
const HANDOVER_TO = /^\s+(?:over\s+)?(?:to|aan)\s+/u;

/**
 * `handovers`: "Rear Adm. A handed over command of CTF 151 to Rear Adm. B", "Kapitein-ter-zee A
 * droeg het commando over SNMG1 over aan kapitein-ter-zee B": the one who takes over LEADS it (and
 * the one handing over led it: the frames say so where a trigger reads it).
 */
export function handovers(ctx: RuleContext): void {
  if (!HANDOVER_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!/command|commando|bevel/u.test(view.folded)) continue;
    for (const named of view.args) {
      if (!LED.includes(named.mention.type) || named.mention.via === "adjective") continue;
      const from = named.mention.start - view.start;
      const before = view.folded.slice(Math.max(0, from - 60), from);
      if (!HANDOVER_EN.test(before) && !HANDOVER_NL.test(before)) continue;
      const to = HANDOVER_TO.exec(view.folded.slice(named.mention.end - view.start));
      if (!to) continue;
      const receiver = holderAfter(view, named.mention.end + to[0].length, "optional");
      if (receiver) leads(ctx, view, receiver, named.mention.key, "leads.handover");
      const giver = view.args.findLast(
        (a) => a.mention.type === "Person" && a.mention.end <= named.mention.start,
      );
      if (giver && giver !== receiver) leads(ctx, view, giver, named.mention.key, "leads.handover");
    }
  }
}

/** "which leads the programme", "commands the brigade": an active verb of leading, a description. */
const LEADS_DESCRIPTION =
  /(?<![\p{L}])(?:leads|led|commands|commanded|heads|headed|leidt|leidde|commandeert)\s+(?:the|this|de|het|deze|dit)\s+((?:task\s+)?[\p{Ll}]+)(?![\p{L}-])/gu;
/** Between the leader and the verb: a relative pronoun after a comma, or an adverb. */
const LEADER_BEFORE_VERB =
  /^(?:\s*,\s*(?:which|who|that|die|dat)\s+|\s+)(?:(?:also|now|still|currently|ook|nu)\s+)?$/u;

/**
 * `led-descriptions`: "soldiers of 11th Security Force Assistance Brigade, which leads the
 * programme", "Norway, which leads the exercise": a definite description after a verb of leading
 * is the body named before with that noun in its name, else (a mission, operation, programme or
 * exercise) the one of that kind named last or the article's mission. Only when the frames gave
 * the leader nothing to lead there.
 */
export function ledDescriptions(ctx: RuleContext): void {
  if (!LEADS_DESCRIPTION_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    LEADS_DESCRIPTION.lastIndex = 0;
    for (let m = LEADS_DESCRIPTION.exec(view.folded); m; m = LEADS_DESCRIPTION.exec(view.folded)) {
      const noun = m[1]!;
      const types = BODY_NOUNS[noun];
      if (!types) continue;
      const at = view.start + m.index;
      const leader = view.args.findLast(
        (a) =>
          a.mention.end <= at &&
          (a.mention.type === "Person" ||
            a.mention.type === "Country" ||
            a.mention.type === "Organisation") &&
          a.mention.via !== "adjective" &&
          LEADER_BEFORE_VERB.test(gapText(view, a.mention.end, at)),
      );
      if (!leader) continue;
      const said = ctx.findings.some(
        (f) => f.type === "LEADS" && f.sentence === view.index && f.source === leader.mention.key,
      );
      if (said) continue;
      const led =
        lastNamed(ctx, view.index, at, types, NAME_NOUN[noun] ?? noun) ??
        (types.includes("Mission") ? ctx.topicMission : undefined);
      if (led && led !== leader.mention.key) leads(ctx, view, leader, led, "leads.description");
    }
  }
}
