import type { EntityType, RelationType } from "../../../domain/vocabulary.ts";
import type { RuleContext } from "./engine.ts";

/**
 * The last resort, after every rule: a few kinds of pair whose bare co-mention in one sentence
 * states the relation often enough to be worth saying, at a low confidence. Measured on the
 * written and real gold sets (docs/extraction.md, "Sentence defaults"): a person named in the
 * sentence of a meeting or exercise attends it, an asset named before a mission serves in it, a
 * mission named before a place works there, a body named with an occasion takes part. Every other
 * kind of pair was right less than a quarter of the time, and stays unsaid.
 */
interface Default {
  subject: EntityType;
  object: EntityType;
  type: RelationType;
  /** Whether the subject must come first in the sentence. */
  ordered: boolean;
  rule: string;
}

const DEFAULTS: readonly Default[] = [
  {
    subject: "Person",
    object: "Event",
    type: "PARTICIPATES_IN",
    ordered: true,
    rule: "default.person-event",
  },
  {
    subject: "Asset",
    object: "Mission",
    type: "ASSIGNED_TO",
    ordered: true,
    rule: "default.asset-mission",
  },
  {
    subject: "Mission",
    object: "Location",
    type: "OPERATES_IN",
    ordered: true,
    rule: "default.mission-place",
  },
  {
    subject: "Organisation",
    object: "Event",
    type: "PARTICIPATES_IN",
    ordered: false,
    rule: "default.body-event",
  },
];

const CONFIDENCE = 0.4;

export function sentenceDefaults(ctx: RuleContext): void {
  let related: Set<string> | undefined;
  let stated: Set<string> | undefined;
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const view of ctx.views) {
    if (view.args.length < 2) continue;
    for (const s of view.args) {
      if (s.aside) continue;
      for (const o of view.args) {
        if (o.aside || o.mention.key === s.mention.key) continue;
        const rule = DEFAULTS.find(
          (d) =>
            d.subject === s.mention.type &&
            d.object === o.mention.type &&
            (!d.ordered || s.mention.start < o.mention.start),
        );
        if (!rule) continue;
        if (!related || !stated) {
          related = new Set();
          stated = new Set();
          for (const f of ctx.findings) {
            related.add(pairKey(f.source, f.target));
            stated.add(`${f.sentence}\u0000${f.type}\u0000${f.source}`);
          }
        }
        const key = pairKey(s.mention.key, o.mention.key);
        if (related.has(key)) continue;
        // A rule already said where this mission works (whom this person meets, …) in this
        // sentence: another name of that kind there is someone else's ("de missie in Irak en …
        // hervormingen in de Koerdistan Autonome Regio").
        if (stated.has(`${view.index}\u0000${rule.type}\u0000${s.mention.key}`)) continue;
        related.add(key);
        ctx.findings.push({
          type: rule.type,
          source: s.mention.key,
          target: o.mention.key,
          rule: rule.rule,
          confidence: CONFIDENCE,
          sentence: view.index,
        });
      }
    }
  }
}
