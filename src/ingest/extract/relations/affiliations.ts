import { bodyOfMeeting } from "../meetings.ts";
import type { EntityRegistry, Finding } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Affiliations of people (seventh round, docs/extraction.md): who a named person belongs to or
 * speaks for when the text says it right after the name ("Admiral X of the Netherlands", "Rear
 * Admiral Y of the Italian Navy", "Z (VVD)"), and the chair of a body's meeting leading the body.
 */

function gap(view: SentenceView, from: number, to: number): string {
  return view.folded.slice(from - view.start, to - view.start);
}

function push(
  ctx: RuleContext,
  view: SentenceView,
  type: Finding["type"],
  source: string,
  target: string,
  rule: string,
  confidence: number,
): void {
  if (source === target) return;
  ctx.findings.push({ type, source, target, rule, confidence, sentence: view.index });
}

/** Kinds of organisation a person serves in or belongs to, rather than speaks for. */
const SERVICE_KINDS = new Set(["armed-forces", "party", "unit", "fleet", "force", "police"]);

/** "X of the Netherlands" / "X van Saint Vincent": the name after the person, nothing between. */
const OF_BETWEEN = /^\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u;
/** What may follow the named state or service: the end of the noun phrase. */
const PHRASE_END =
  /^\s*(?:[,.;:)]|$|\s(?:and|en|who|die|said|zei|will|zal|has|heeft|is|was|had)\s)/u;

/**
 * `person-affiliations`: a person followed by "of"/"van" and a state ("Admiral Rob Bauer of the
 * Netherlands", "premier Ralph Gonsalves van Saint Vincent en de Grenadines,") REPRESENTS the
 * state; followed by a service or a party ("Rear Admiral X of the Italian Navy") the person is a
 * MEMBER_OF it. The phrase must end there: "X of Ukraine's General Staff" names no state of X.
 */
export function personAffiliations(ctx: RuleContext, registry: EntityRegistry): void {
  if (!/ (?:of|van) /u.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    const args = view.args;
    for (let i = 0; i + 1 < args.length; i++) {
      const person = args[i]!;
      if (person.mention.type !== "Person") continue;
      const next = args[i + 1]!;
      if (next.mention.via === "adjective" || next.mention.nested) continue;
      if (!OF_BETWEEN.test(gap(view, person.mention.end, next.mention.start))) continue;
      const after = view.folded.slice(
        next.mention.end - view.start,
        next.mention.end - view.start + 12,
      );
      if (!PHRASE_END.test(after)) continue;
      if (next.mention.type === "Country") {
        push(
          ctx,
          view,
          "REPRESENTS",
          person.mention.key,
          next.mention.key,
          "represents.person-of",
          0.7,
        );
        continue;
      }
      if (next.mention.type !== "Organisation") continue;
      const kind = registry.get(next.mention.key)?.kb?.kind;
      if (kind && SERVICE_KINDS.has(kind))
        push(ctx, view, "MEMBER_OF", person.mention.key, next.mention.key, "member.person-of", 0.7);
    }
  }
}

/**
 * `party-parentheses`: "Ruben Brekelmans (VVD)", "Hilary Benn (Labour)": a party in brackets
 * right after a person's name is the person's party.
 */
export function partyParentheses(ctx: RuleContext, registry: EntityRegistry): void {
  if (!ctx.doc.folded.includes("(")) return;
  for (const view of ctx.views) {
    if (!view.folded.includes("(")) continue;
    const args = view.args;
    for (let i = 0; i + 1 < args.length; i++) {
      const person = args[i]!;
      const party = args[i + 1]!;
      if (person.mention.type !== "Person" || party.mention.type !== "Organisation") continue;
      if (registry.get(party.mention.key)?.kb?.kind !== "party") continue;
      if (!/^\s*\($/u.test(gap(view, person.mention.end, party.mention.start))) continue;
      if (!/^\s*[),]/u.test(view.folded.slice(party.mention.end - view.start))) continue;
      push(ctx, view, "MEMBER_OF", person.mention.key, party.mention.key, "member.party", 0.75);
    }
  }
}

/** Words of chairing, so that a host of a meeting is not taken for the body's leader. */
const CHAIR_WORD = /chair|voorgezeten|voorzitter|voorzitterschap|presided|presides|zit .* voor/u;

/**
 * `chaired-bodies`: the person who chairs a meeting of a body ("a meeting of the NATO Military
 * Committee …, chaired by Admiral X", "De vergadering van de Noord-Atlantische Raad werd
 * voorgezeten door Y") chairs the body: LEADS the body as well as the meeting.
 */
export function chairedBodies(ctx: RuleContext, registry: EntityRegistry): void {
  const found: Finding[] = [];
  for (const f of ctx.findings) {
    if (f.type !== "LEADS" || registry.get(f.source)?.type !== "Person") continue;
    if (registry.get(f.target)?.type !== "Event") continue;
    const view = ctx.views[f.sentence];
    if (!view || !CHAIR_WORD.test(view.folded)) continue;
    const meeting = view.args.find((a: Arg) => a.mention.key === f.target);
    const body = meeting ? bodyOfMeeting(ctx.doc, meeting.mention) : undefined;
    if (body?.type !== "Organisation") continue;
    found.push({ ...f, target: body.key, rule: "leads.chaired-body", confidence: 0.7 });
  }
  ctx.findings.push(...found);
}
