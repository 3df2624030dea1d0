import type { AssetMention } from "../assets.ts";
import type { Finding } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/** What an asset does or where it is, which a phrase naming several owners' assets states once. */
const SHARED = new Set<Finding["type"]>(["ASSIGNED_TO", "OPERATES_IN", "LOCATED_IN"]);

/**
 * "Portuguese and Polish fighter jets carry out the Baltic Air Policing mission", "Duitse en
 * Nederlandse Patriots staan in Slowakije": one phrase names an asset of each state; a frame reads
 * one of them as its subject, and what it states holds for each. Assets share a phrase when their
 * mentions end where the noun ends and overlap. Linear: one map of the article's assets, one look
 * per finding.
 */
export function sharedPhraseAssets(ctx: RuleContext, assets: readonly AssetMention[]): void {
  if (assets.length < 2) return;
  const byEnd = new Map<number, AssetMention[]>();
  for (const a of assets) {
    const list = byEnd.get(a.mention.end);
    if (list) list.push(a);
    else byEnd.set(a.mention.end, [a]);
  }
  const siblings = new Map<string, Set<string>>();
  for (const list of byEnd.values()) {
    const keys = new Set(list.map((a) => a.record.key));
    if (keys.size < 2) continue;
    for (const key of keys) {
      const others = siblings.get(key) ?? new Set<string>();
      for (const other of keys) if (other !== key) others.add(other);
      siblings.set(key, others);
    }
  }
  if (siblings.size === 0) return;
  const found = ctx.findings.length;
  const seen = new Set<string>();
  for (let i = 0; i < found; i++) {
    const f = ctx.findings[i]!;
    if (SHARED.has(f.type)) seen.add(`${f.type}|${f.source}|${f.target}`);
  }
  for (let i = 0; i < found; i++) {
    const f = ctx.findings[i]!;
    if (!SHARED.has(f.type)) continue;
    const others = siblings.get(f.source);
    if (!others) continue;
    for (const other of others) {
      const key = `${f.type}|${other}|${f.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The copy keeps the family of the rule that read the phrase ("assigned.shared-phrase").
      ctx.findings.push({ ...f, source: other, rule: `${f.rule.split(".")[0]}.shared-phrase` });
    }
  }
}
