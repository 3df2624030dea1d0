import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Relations of events, states and places that no frame states: participants of the event an
 * article reports on, named with a verb that takes no object.
 */

/** The one event the headline names (an exercise, a summit), if it names exactly one. */
function headlineEvent(ctx: RuleContext): string | undefined {
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
    const parties = (a: Arg) =>
      (a.mention.type === "Country" || a.mention.type === "Asset") && !a.prep && !a.aside;
    const clause = clauseAt(view, verb.index);
    // Dutch inversion: the subject stands between the verb and its particle.
    let subject = view.args.find(
      (a) =>
        parties(a) && a.mention.start >= verbEnd && a.mention.end <= end - (verb[2] ?? "").length,
    );
    subject ??= view.args.findLast(
      (a) =>
        parties(a) &&
        a.mention.end <= verbStart &&
        a.clause === clause &&
        !/^-led|^-geleid/u.test(view.folded.slice(a.mention.end - view.start)),
    );
    const takers = subject ? view.args.filter((a) => a.group === subject.group && parties(a)) : [];
    if (AS_WELL_AS.test(view.folded.slice(end - view.start)))
      takers.push(...view.args.filter((a) => parties(a) && a.mention.start >= end));
    for (const state of statesOf(ctx, takers))
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
