import type { RuleContext } from "./engine.ts";

const BACKERS = new Set(["Person", "Country", "Organisation"]);
const BACKED = new Set(["Organisation", "Country", "Mission"]);
/** "Iran-backed Houthi rebels", "Russian-backed separatist forces", "a U.S.-funded programme". */
const ENGLISH =
  /^-(?:backed|supported|sponsored|funded|armed|trained|equipped)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** "de door Iran gesteunde Houthi's", "door Rusland bewapende milities". */
const DUTCH =
  /^\s+(?:gesteunde|gefinancierde|bewapende|getrainde|gesponsorde)\s+(?:[\p{Ll}-]+\s+)?$/u;

/**
 * `backed-compounds`: an actor named in a compound of backing before another — "Iran-backed
 * Houthi rebels", "de door Iran gesteunde Houthi's" — SUPPORTS it, as `led-compounds` reads
 * "the German-led battlegroup" as leading. Only the name right after the participle (with at most
 * one word between) is backed.
 */
export function backedCompounds(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (
      !/backed|supported|sponsored|funded|armed|trained|equipped|gesteunde|gefinancierde|bewapende|getrainde|gesponsorde/u.test(
        view.folded,
      )
    )
      continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const a = view.args[i]!;
      const b = view.args[i + 1]!;
      if (!BACKERS.has(a.mention.type) || !BACKED.has(b.mention.type)) continue;
      if (a.mention.key === b.mention.key) continue;
      const gap = view.folded.slice(a.mention.end - view.start, b.mention.start - view.start);
      if (!ENGLISH.test(gap) && !(a.prep === "door" && DUTCH.test(gap))) continue;
      ctx.findings.push({
        type: "SUPPORTS",
        source: a.mention.key,
        target: b.mention.key,
        rule: "supports.backed-compound",
        confidence: 0.8,
        sentence: view.index,
      });
    }
  }
}
