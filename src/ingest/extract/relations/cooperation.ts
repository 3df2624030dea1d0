import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry, Finding } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/**
 * Cooperation said in two more shapes than a frame reads (sixth round; docs/extraction.md).
 */

/** ", and with", "en met", "as well as with": a second partner of the same "with". */
const REPEATED_WITH =
  /(?:,\s*|\s)(?:and|as well as|en|alsook|evenals|maar ook)\s+(?:also\s+|ook\s+)?(?:with|met)\s+$/u;
const REPEATED_WITH_HINT =
  /(?:and|as well as|en|alsook|evenals|ook)\s+(?:also\s+|ook\s+)?(?:with|met)\s/u;

/**
 * `repeated-partners`: "EUMAM Ukraine will cooperate with the United Kingdom, which has trained
 * recruits since the summer, and with the United States" — the preposition repeated after an
 * inserted clause names a second partner of the same cooperation. The first partner is the one
 * a finding of this sentence already joins to someone ("with" before it); the second takes the
 * same partner.
 */
export function repeatedPartners(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (!REPEATED_WITH_HINT.test(view.folded)) continue;
    const here = ctx.findings.filter(
      (f) => f.type === "COOPERATES_WITH" && f.sentence === view.index,
    );
    if (here.length === 0) continue;
    for (const second of view.args) {
      const before = view.folded.slice(
        Math.max(0, second.mention.start - view.start - 30),
        second.mention.start - view.start,
      );
      const joined = REPEATED_WITH.exec(before.replace(/(?:the|de|het)\s+$/u, ""));
      if (!joined) continue;
      if (second.mention.type !== "Country" && second.mention.type !== "Organisation") continue;
      // The first partner: an earlier argument after "with"/"met" that a finding here joins.
      const first = view.args.find(
        (a) =>
          a.mention.end <= second.mention.start &&
          a.mention.key !== second.mention.key &&
          /(?:with|met)\s+(?:(?:the|de|het)\s+)?$/u.test(
            view.folded.slice(
              Math.max(0, a.mention.start - view.start - 12),
              a.mention.start - view.start,
            ),
          ) &&
          here.some((f) => f.target === a.mention.key || f.source === a.mention.key),
      );
      if (!first) continue;
      const f = here.find(
        (x) => x.target === first.mention.key || x.source === first.mention.key,
      ) as Finding;
      const partner = f.source === first.mention.key ? f.target : f.source;
      if (partner === second.mention.key) continue;
      ctx.findings.push({
        ...f,
        source: partner,
        target: second.mention.key,
        rule: "cooperates.repeated-with",
        confidence: 0.65,
      });
    }
  }
}

/** "samen met onze Poolse en Duitse bondgenoten", "alongside our British and French partners". */
const OUR_ALLIES =
  /(?<![\p{L}])(?:together with|alongside|along with|with|samen met|met|naast)\s+(?:our|onze)\s+([^.;:!?]{3,80}?)\s*(?:allies|partners|counterparts|friends|colleagues|bondgenoten|partners|partnerlanden|collega's|vrienden)(?![\p{L}])/gu;
const OUR_HINT = /(?:our|onze)\s/u;
const SPEAKING = /(?<![\p{L}])(?:said|says|told|added|zei|zegt|aldus|stelde|vertelde)(?![\p{L}])/u;

/**
 * `our-allies`: "Samen met onze Poolse en Duitse bondgenoten zorgen we …", said by a minister:
 * the state the speaker represents cooperates with each state named by its nationality there.
 * The speaker is the one person of the sentence, or of the sentence before, who is quoted ("zei
 * X", "X said") and represents exactly one state.
 */
export function ourAllies(ctx: RuleContext, registry: EntityRegistry, mentions: MentionSet): void {
  if (!OUR_HINT.test(ctx.doc.folded)) return;
  let represents: Map<string, Set<string>> | undefined;
  for (const view of ctx.views) {
    if (!OUR_HINT.test(view.folded)) continue;
    OUR_ALLIES.lastIndex = 0;
    for (let m = OUR_ALLIES.exec(view.folded); m; m = OUR_ALLIES.exec(view.folded)) {
      const from = view.start + m.index;
      const to = from + m[0].length;
      const states = mentions
        .overlapping(from, to)
        .filter((x) => x.type === "Country" && x.via === "adjective" && !x.nested);
      if (states.length === 0) continue;
      if (!represents) {
        represents = new Map();
        for (const f of ctx.findings) {
          if (f.type !== "REPRESENTS" || registry.get(f.target)?.type !== "Country") continue;
          const set = represents.get(f.source) ?? new Set<string>();
          set.add(f.target);
          represents.set(f.source, set);
        }
      }
      const speaker = speakerState(ctx, view.index, represents);
      if (!speaker) continue;
      for (const state of states) {
        if (state.key === speaker) continue;
        ctx.findings.push({
          type: "COOPERATES_WITH",
          source: speaker,
          target: state.key,
          rule: "cooperates.our-allies",
          confidence: 0.65,
          sentence: view.index,
          properties: { kind: "cooperation" },
        });
      }
    }
  }
}

function speakerState(
  ctx: RuleContext,
  index: number,
  represents: Map<string, Set<string>>,
): string | undefined {
  for (const i of [index, index - 1]) {
    const view = ctx.views[i];
    if (!view || !SPEAKING.test(view.folded)) continue;
    const people = new Set(
      view.args.filter((a) => a.mention.type === "Person").map((a) => a.mention.key),
    );
    if (people.size !== 1) continue;
    const states = represents.get([...people][0]!);
    if (states?.size === 1) return [...states][0];
    return undefined;
  }
  return undefined;
}
