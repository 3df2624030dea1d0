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

const ACTORS = new Set(["Person", "Country", "Organisation", "Mission"]);

/** The last actor of the clause before `at` that no preposition governs: a verb's subject. */
function actorBefore(view: SentenceView, at: number, clause: number): Arg | undefined {
  return view.args.findLast(
    (a) =>
      a.mention.end <= at &&
      a.clause === clause &&
      ACTORS.has(a.mention.type) &&
      a.mention.via !== "adjective" &&
      a.prep === undefined,
  );
}

/** A verb of signing, then within the clause a noun of agreement and "with"/"met" (folded). */
const SIGNED_WITH =
  /(?<![\p{L}])(?:signs|signed|sign|signing|concluded|concludes|tekent|tekende|tekenden|ondertekent|ondertekende|ondertekenden|ondertekend|getekend|sloot|sloten|gesloten)\s+(?:[^.;:,]{0,60}?\s)?(?:agreement|agreements|arrangements|arrangement|roadmap|memorandum|deal|pact|treaty|accord|declaration|overeenkomst|verdrag|akkoord|intentieverklaring|samenwerkingsovereenkomst|verklaring)(?:'s)?\s+(?:[^.;:,]{0,40}?\s)?(?:with|met)\s+$/u;
const SIGNED_HINT = /sign|teken|sloot|sloten|gesloten|conclude/u;

/**
 * `signed-agreements`: "Canada also signed a roadmap with Latvia", "X will sign the agreement's
 * implementing arrangements with Japanese Defence Minister Y", "tekende een overeenkomst met":
 * the signer (the nearest person, state or body before the verb in the clause) COOPERATES_WITH
 * the party after "with"/"met", words between the verb and the agreement noun allowed (the
 * contiguous "signed an agreement with" is the frame `cooperates.relationship`'s). Two persons
 * who sign stay persons (not lifted to their states).
 */
export function signedAgreements(ctx: RuleContext, registry: EntityRegistry): void {
  if (!SIGNED_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!SIGNED_HINT.test(view.folded)) continue;
    for (const object of view.args) {
      if (!ACTORS.has(object.mention.type) || object.mention.via === "adjective") continue;
      const before = view.folded.slice(
        Math.max(0, object.mention.start - view.start - 160),
        object.mention.start - view.start,
      );
      // "with Japanese Defence Minister X": a nationality and an office before the person.
      const lead = /(?:(?:the|de|het|his|her|zijn|haar)\s+)?(?:[\p{L}-]+\s+){0,3}$/u.exec(before);
      let m: RegExpExecArray | null = null;
      for (const cut of [0, lead ? lead[0].length : 0]) {
        m = SIGNED_WITH.exec(before.slice(0, before.length - cut));
        if (m) {
          const skipped = before.slice(before.length - cut);
          // Only modifiers, a nationality or a rank may be skipped, and only before a person.
          if (cut > 0 && object.mention.type !== "Person") m = null;
          if (cut > 0 && /(?:^|\s)(?:and|en|or|of)\s/u.test(` ${skipped}`)) m = null;
        }
        if (m) break;
      }
      if (!m) continue;
      const verbStart = object.mention.start - before.length + m.index;
      const subject = actorBefore(view, verbStart, object.clause);
      if (!subject) continue;
      const persons =
        registry.get(subject.mention.key)?.type === "Person" &&
        registry.get(object.mention.key)?.type === "Person";
      const finding: Finding = {
        type: "COOPERATES_WITH",
        source: subject.mention.key,
        target: object.mention.key,
        rule: "cooperates.signed-with",
        confidence: 0.65,
        sentence: view.index,
        properties: { kind: persons ? "meeting" : "agreement" },
      };
      if (finding.source !== finding.target) ctx.findings.push(finding);
    }
  }
}

/** "toetreding van X tot Y", "the accession of X to Y", "membership of X in Y" (folded). */
const ACCESSION_OF =
  /(?<![\p{L}])(?:toetreding|lidmaatschap|accession|admission|membership)\s+(?:van|of)\s+(?:(?:the|de|het)\s+)?$/u;
/** Before the noun: the accession happened ("Sinds de toetreding van", "after the accession of"). */
const ACCESSION_DONE =
  /(?:sinds|since|na|after|following|met)\s+(?:(?:the|de|het|its|hun|zijn)\s+)?[\p{L}-]+\s+(?:van|of)\s+(?:(?:the|de|het)\s+)?$/u;
/** A sentence that names the alliance by its noun ("het bondgenootschap", "the Alliance"). */
const ALLIANCE_NOUN = /bondgenootschap|alliantie|alliance|bondgenoten|allies/u;
const ACCESSION_HINT = /toetreding|lidmaatschap|accession|admission|membership/u;

/**
 * `accessions`: "de toetreding van Finland (in 2023) en Zweden (in 2024) tot de NAVO", "the
 * accession of Sweden to NATO": the states after "van"/"of" are MEMBER_OF the organisation after
 * "tot"/"to"/"in"; with no organisation after them, the one alliance or union the article names.
 */
export function accessions(ctx: RuleContext, registry: EntityRegistry): void {
  if (!ACCESSION_HINT.test(ctx.doc.folded)) return;
  // Without an organisation after the members: the one alliance or union the article names.
  const unions = new Set<string>();
  const alliances = new Set<string>();
  for (const view of ctx.views)
    for (const a of view.args) {
      const kind = registry.get(a.mention.key)?.kb?.kind;
      if (kind === "alliance" || kind === "union") unions.add(a.mention.key);
      if (kind === "alliance") alliances.add(a.mention.key);
    }
  const only = (set: Set<string>) => (set.size === 1 ? [...set][0] : undefined);
  for (const view of ctx.views) {
    if (!ACCESSION_HINT.test(view.folded)) continue;
    const args = view.args;
    for (let i = 0; i < args.length; i++) {
      const first = args[i]!;
      if (first.mention.type !== "Country" || first.mention.via === "adjective") continue;
      const before = view.folded.slice(
        Math.max(0, first.mention.start - view.start - 40),
        first.mention.start - view.start,
      );
      if (!ACCESSION_OF.test(before)) continue;
      const members: Arg[] = [first];
      let j = i + 1;
      for (; j < args.length; j++) {
        const a = args[j]!;
        const between = gap(view, args[j - 1]!.mention.end, a.mention.start);
        if (
          a.mention.type === "Country" &&
          a.mention.via !== "adjective" &&
          /^(?:\s+in\s+\d{4})?\s*(?:,|\s(?:en|and))\s+$/u.test(between)
        ) {
          members.push(a);
          continue;
        }
        break;
      }
      const next = args[j];
      const between = next ? gap(view, members.at(-1)!.mention.end, next.mention.start) : "";
      const named =
        next?.mention.type === "Organisation" &&
        /^(?:\s+in\s+\d{4})?\s+(?:tot|to|in|of|van)\s+(?:(?:the|de|het)\s+)?$/u.test(between)
          ? next.mention.key
          : undefined;
      // An accession only prepared or asked for ("de toetreding … voorbereiden") is no
      // membership yet: without a named organisation, only one that happened ("sinds", "after").
      const happened = ACCESSION_DONE.test(before);
      const fallback = ALLIANCE_NOUN.test(view.folded) ? only(alliances) : only(unions);
      const target = named ?? (happened ? fallback : undefined);
      if (!target) continue;
      for (const member of members)
        push(
          ctx,
          view,
          "MEMBER_OF",
          member.mention.key,
          target,
          "member.accession",
          named ? 0.75 : 0.6,
        );
    }
  }
}

/**
 * `own-deterrence`: "de afschrikking van de NAVO", "NATO's deterrence": an alliance or union after
 * a noun of deterring is the one that deters, not the one deterred — no state or member opposes
 * it for that.
 */
export function ownDeterrence(ctx: RuleContext, registry: EntityRegistry): void {
  const kept = ctx.findings.filter((f) => {
    if (f.type !== "OPPOSES" || f.properties?.kind !== "deterrence") return true;
    const kind = registry.get(f.target)?.kb?.kind;
    return kind !== "alliance" && kind !== "union";
  });
  if (kept.length === ctx.findings.length) return;
  ctx.findings.length = 0;
  ctx.findings.push(...kept);
}

/** "calls Russia a (direct) threat", "noemt Rusland een langdurige dreiging" (folded, after the object). */
const A_THREAT =
  /^\s+(?:(?:in|op|at|during|tijdens)\s+(?:[\p{L}-]+\s+){1,3})?(?:a|an|the|een|de|het)\s+(?:[\p{L}-]+\s+){0,4}(?:threat|threats|danger|adversary|enemy|dreiging|bedreiging|gevaar|tegenstander|vijand)(?![\p{L}])/u;
const CALLS =
  /(?<![\p{L}])(?:calls|called|call|calling|noemt|noemen|noemde|noemden|described|describes|describe|beschouwt|beschouwen|ziet|zien)\s+(?:(?:in|op|at)\s+[^,]{0,40}?\s)?$/u;
/** A subject that names the allies by a noun ("De bondgenoten", "the Allies"). */
const ALLIES_SUBJECT =
  /(?:^|\s)(?:de\s+)?(?:bondgenoten|navo-landen|lidstaten|allies|the alliance|het bondgenootschap)\s/u;
const THREAT_HINT = /threat|danger|adversary|enemy|dreiging|gevaar|tegenstander|vijand/u;

/**
 * `named-threats`: "De bondgenoten noemen Rusland een langdurige dreiging", "NATO calls Russia the
 * most significant threat": the one who calls a state or group a threat, an adversary or an enemy
 * OPPOSES it. The subject is the nearest actor before the verb in the clause.
 */
export function namedThreats(ctx: RuleContext, registry: EntityRegistry): void {
  if (!THREAT_HINT.test(ctx.doc.folded)) return;
  // "De bondgenoten noemen …": the allies are the one alliance the article names.
  const alliances = new Set<string>();
  for (const view of ctx.views)
    for (const a of view.args)
      if (registry.get(a.mention.key)?.kb?.kind === "alliance") alliances.add(a.mention.key);
  const alliance = alliances.size === 1 ? [...alliances][0] : undefined;
  for (const view of ctx.views) {
    if (!THREAT_HINT.test(view.folded)) continue;
    for (const object of view.args) {
      const t = object.mention.type;
      if ((t !== "Country" && t !== "Organisation") || object.mention.via === "adjective") continue;
      const after = view.folded.slice(
        object.mention.end - view.start,
        object.mention.end - view.start + 80,
      );
      if (!A_THREAT.test(after)) continue;
      const before = view.folded.slice(
        Math.max(0, object.mention.start - view.start - 60),
        object.mention.start - view.start,
      );
      const verb = CALLS.exec(before);
      if (!verb) continue;
      const verbStart = object.mention.start - before.length + verb.index;
      const subject = actorBefore(view, verbStart, object.clause);
      const clauseStart = view.start + (view.clauseStarts[object.clause] ?? 0);
      const allies =
        !subject && alliance && ALLIES_SUBJECT.test(gap(view, clauseStart, verbStart))
          ? alliance
          : undefined;
      const source = subject?.mention.key ?? allies;
      if (!source || source === object.mention.key) continue;
      ctx.findings.push({
        type: "OPPOSES",
        source,
        target: object.mention.key,
        rule: "opposes.named-threat",
        confidence: 0.65,
        sentence: view.index,
        properties: { kind: "threat" },
      });
    }
  }
}

/** ", the security partnership between", ", een samenwerkingsverband van" (folded, after the name). */
const GROUPING_APPOSITION =
  /^\s*,\s*(?:the|a|an|de|het|een)\s+(?:[\p{L}-]+\s+){0,3}(?:partnership|alliance|pact|coalition|grouping|bloc|group|forum|partnerschap|alliantie|bondgenootschap|verbond|coalitie|samenwerking|samenwerkingsverband|groep)\s+(?:of|between|among|van|tussen)\s+(?:(?:the|de|het)\s+)?$/u;
const GROUPING_HINT =
  /partnership|alliance|pact|coalition|bloc|group|forum|partnerschap|alliantie|bondgenootschap|verbond|coalitie|samenwerking/u;

/**
 * `grouping-appositions`: "AUKUS, the security partnership between Australia, the United Kingdom
 * and the United States", "de JEF, een samenwerkingsverband van tien landen": the states listed
 * in an apposition that calls an organisation a partnership, alliance or coalition of them are its
 * members.
 */
export function groupingAppositions(ctx: RuleContext): void {
  if (!GROUPING_HINT.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!GROUPING_HINT.test(view.folded)) continue;
    const args = view.args;
    for (let i = 0; i + 1 < args.length; i++) {
      const org = args[i]!;
      if (org.mention.type !== "Organisation" || org.mention.via === "adjective") continue;
      let k = i + 1;
      while (k < args.length && args[k]!.mention.via === "adjective") k++;
      const first = args[k];
      if (first?.mention.type !== "Country") continue;
      if (!GROUPING_APPOSITION.test(gap(view, org.mention.end, first.mention.start))) continue;
      const members: Arg[] = [first];
      for (let j = k + 1; j < args.length; j++) {
        const a = args[j]!;
        const between = gap(view, members.at(-1)!.mention.end, a.mention.start);
        if (a.mention.type !== "Country" || a.mention.via === "adjective") break;
        if (!/^\s*(?:,|,?\s+(?:and|en))\s+(?:(?:the|de|het)\s+)?$/u.test(between)) break;
        members.push(a);
      }
      if (members.length < 2) continue;
      for (const member of members)
        push(ctx, view, "MEMBER_OF", member.mention.key, org.mention.key, "member.grouping", 0.7);
    }
  }
}
