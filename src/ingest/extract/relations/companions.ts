import type { Finding } from "../model.ts";
import type { Arg, RuleContext } from "./engine.ts";

/**
 * Twelfth round (docs/extraction.md, "Twelfth round", Frames): `companions` — a party named after
 * "samen met", "together with", "along with" or "alongside" acts with the clause's subject, and
 * what the clause says the subject does, the companion does too:
 *
 * - "Nederland is samen met Denemarken en de VS trekker van de F-16-coalitie", "België steunt
 *   samen met Frankrijk Oekraïne": the frame took the companion nearest the trigger as its
 *   subject; the clause's own subject states it as well;
 * - "Canada, together with Germany, supports Ukraine", "The Netherlands leads the coalition
 *   together with Denmark": the frame took the subject; each companion states it as well;
 * - "The Netherlands leads the F-16 coalition together with Denmark": the cooperation frame of
 *   "together with" took the object right before it as Denmark's partner; the partner is the
 *   clause's subject.
 *
 * The subject is the first party of the companion's clause before the marker that no preposition
 * governs; people go with people, states and bodies with each other. Only stances, leading,
 * taking part, membership and where one works are shared — never what a party owns or sends.
 */
const COMPANION =
  /(?:^|[\s,(])(?:together with|along with|alongside|samen met|tezamen met)\s+(?:(?:the|de|het)\s+)?$/u;
const RELATIVE = /[,;:]\s*(?:where|which|who|whose|when|waar|die|dat|wat|toen)\s|;/u;
const COMPANION_HINT = /together with|along with|alongside|samen met|tezamen met/u;
const PARTY_TYPES = new Set(["Country", "Organisation", "Person"]);
const SHARED = new Set([
  "SUPPORTS",
  "LEADS",
  "OPPOSES",
  "OPERATES_IN",
  "PARTICIPATES_IN",
  "MEMBER_OF",
]);

export function companions(ctx: RuleContext): void {
  let bySentence: Map<number, Finding[]> | undefined;
  for (const view of ctx.views) {
    if (!COMPANION_HINT.test(view.folded)) continue;
    const seenGroups = new Set<number>();
    for (const a of view.args) {
      if (seenGroups.has(a.group) || a.aside || !PARTY_TYPES.has(a.mention.type)) continue;
      // "alongside French and Danish soldiers": a nationality qualifies people, no state acts.
      if (a.mention.via === "adjective") continue;
      const at = a.mention.start - view.start;
      if (!COMPANION.test(view.folded.slice(Math.max(0, at - 40), at))) continue;
      seenGroups.add(a.group);
      const subject = view.args.find(
        (b) =>
          b.clause === a.clause &&
          b.group !== a.group &&
          b.mention.start < a.mention.start &&
          !b.prep &&
          !b.aside &&
          PARTY_TYPES.has(b.mention.type),
      );
      if (!subject) continue;
      // A relative clause between them ("…, where troops serve alongside X") has its own subject.
      if (
        RELATIVE.test(
          view.folded.slice(subject.mention.end - view.start, a.mention.start - view.start),
        )
      )
        continue;
      const personal = subject.mention.type === "Person";
      const sameSort = (b: Arg) =>
        PARTY_TYPES.has(b.mention.type) && (b.mention.type === "Person") === personal;
      const subjects = view.args.filter((b) => b.group === subject.group && sameSort(b));
      const mates = view.args.filter(
        (b) => b.group === a.group && sameSort(b) && b.mention.via !== "adjective",
      );
      if (mates.length === 0) continue;
      const sKeys = new Set(subjects.map((b) => b.mention.key));
      const cKeys = new Set(mates.map((b) => b.mention.key));
      if (!bySentence) {
        bySentence = new Map();
        for (const f of ctx.findings) {
          const list = bySentence.get(f.sentence);
          if (list) list.push(f);
          else bySentence.set(f.sentence, [f]);
        }
      }
      const here = bySentence.get(view.index) ?? [];
      const has = (type: string, source: string, target: string) =>
        here.some((f) => f.type === type && f.source === source && f.target === target);
      const add = (f: Finding, source: string, rule: string) => {
        if (source === f.target || has(f.type, source, f.target)) return;
        const found: Finding = {
          type: f.type,
          source,
          target: f.target,
          rule,
          confidence: 0.55,
          sentence: view.index,
          ...(f.properties ? { properties: f.properties } : {}),
        };
        here.push(found);
        ctx.findings.push(found);
      };
      const markerEnd = a.mention.start;
      const argAt = (key: string) => view.args.find((b) => b.mention.key === key);
      const dropped = new Set<Finding>();
      for (const f of [...here]) {
        if (f.type === "COOPERATES_WITH") {
          // "X leads Y together with Z": Z's partner is the subject X, not the object Y.
          const [mate, other] = cKeys.has(f.source)
            ? [f.source, f.target]
            : cKeys.has(f.target)
              ? [f.target, f.source]
              : [undefined, undefined];
          if (!mate || !other || sKeys.has(other) || cKeys.has(other)) continue;
          const o = argAt(other);
          if (!o || o.mention.start < subject.mention.start || o.mention.start > markerEnd)
            continue;
          dropped.add(f);
          for (const s of sKeys)
            if (!has("COOPERATES_WITH", mate, s) && !has("COOPERATES_WITH", s, mate))
              add({ ...f, target: s }, mate, "cooperates.companion");
          continue;
        }
        if (!SHARED.has(f.type) || sKeys.has(f.target) || cKeys.has(f.target)) continue;
        if (cKeys.has(f.source)) {
          // The frame took a companion as subject: the clause's subject states it too, when
          // what it states comes after the companions.
          const t = argAt(f.target);
          if (!t || t.mention.start <= markerEnd) continue;
          for (const s of sKeys) add(f, s, "companions.subject");
        } else if (sKeys.has(f.source)) {
          for (const c of cKeys) add(f, c, "companions.shared");
        }
      }
      if (dropped.size > 0) {
        const kept = ctx.findings.filter((f) => !dropped.has(f));
        ctx.findings.length = 0;
        ctx.findings.push(...kept);
        bySentence = undefined;
      }
    }
  }
}
