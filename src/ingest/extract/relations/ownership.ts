import type { KbCountry } from "../../../kb/types.ts";
import type { EntityRecord, EntityRegistry, Finding, Mention } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/** Ship prefixes that name the navy's state: "HNLMS De Ruyter", "Zr.Ms. Holland", "USS Bunker Hill". */
const SHIP_PREFIXES: readonly [RegExp, string][] = [
  [/^(?:HNLMS|Zr\.?\s?Ms\.?|Hr\.?\s?Ms\.?)\s/u, "Netherlands"],
  [/^HMS\s/u, "United Kingdom"],
  [/^HMAS\s/u, "Australia"],
  [/^HMCS\s/u, "Canada"],
  [/^HMNZS\s/u, "New Zealand"],
  [/^(?:USS|USNS|USCGC)\s/u, "United States"],
  [/^HDMS\s/u, "Denmark"],
  [/^HNoMS\s/u, "Norway"],
  [/^ORP\s/u, "Poland"],
  [/^TCG\s/u, "Turkey"],
  [/^ESPS\s/u, "Spain"],
  [/^FGS\s/u, "Germany"],
];

/**
 * The owner an asset's name states: "HMS Sutherland (United Kingdom)", "F-16 (Netherlands)"; a
 * ship prefix names its navy's state.
 */
export function ownerInName(name: string): string | undefined {
  const bracket = /\(([^()]+)\)\s*$/u.exec(name);
  if (bracket) return bracket[1]!.trim();
  for (const [prefix, state] of SHIP_PREFIXES) if (prefix.test(name)) return state;
  return undefined;
}

/**
 * Relations that follow from what an asset is (ONTOLOGY.md: an Asset is a capability its owner
 * contributes, identified by owner and kind): its owner provides it, another state does not, and
 * the owner of an asset serving in a mission takes part in that mission.
 */
export function ownershipRelations(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: readonly Mention[],
): void {
  const firstMention = new Map<string, Mention>();
  // (Outer mentions only, in order of start; `filter` is cheap on a MentionSet, a spread is not.)
  for (const m of mentions.filter((x) => !x.nested).sort((a, b) => a.start - b.start))
    if (!firstMention.has(m.key)) firstMention.set(m.key, m);
  // An owner named only inside the asset's phrase ("4 Nederlandse F-16's") is named too.
  const byName = new Map<string, EntityRecord>();
  for (const key of new Set(mentions.map((m) => m.key))) {
    const record = registry.get(key);
    if (record && (record.type === "Country" || record.type === "Organisation"))
      byName.set(record.name, record);
  }
  const ownerOf = (assetKey: string): EntityRecord | undefined => {
    const asset = registry.get(assetKey);
    if (!asset) return undefined;
    const owner = asset.properties.owner ?? ownerInName(asset.name);
    return typeof owner === "string" ? byName.get(owner) : undefined;
  };

  // The sender the asset pass read for an asset in a sentence ("Finland, which joined NATO in
  // 2023, sent a battalion": Finland, not the name inside the relative clause).
  const sentBy = new Map<string, string>();
  for (const f of ctx.findings)
    if (f.type === "PROVIDES" && f.rule === "asset.owner-subject")
      sentBy.set(`${f.target}|${f.sentence}`, f.source);
  // A frame's "X deploys/sends Y" with another state's asset as Y is a misreading (the subject
  // hosts or receives it); the asset phrase's own owner stands.
  // "patrol aircraft of the American coast guard": the service after "of" provides them, not the
  // nationality naming the service.
  const byService = new Set<string>();
  for (const f of ctx.findings)
    if (f.type === "PROVIDES" && registry.get(f.source)?.type === "Organisation")
      byService.add(`${f.target}|${f.sentence}`);
  const kept = ctx.findings.filter((f) => {
    if (f.type !== "PROVIDES" || !f.rule.startsWith("provides.")) return true;
    if (
      f.rule === "provides.of" &&
      registry.get(f.source)?.type === "Country" &&
      byService.has(`${f.target}|${f.sentence}`)
    )
      return false;
    const sender = sentBy.get(`${f.target}|${f.sentence}`);
    if (sender !== undefined && sender !== f.source) return false;
    const asset = registry.get(f.target);
    const owner = asset?.properties.owner ?? (asset ? ownerInName(asset.name) : undefined);
    if (typeof owner !== "string") return true;
    const source = registry.get(f.source);
    if (!source || source.name === owner) return true;
    if (source.type === "Country") return false;
    // An organisation provides its own state's assets ("de Koninklijke Marine zet Zr.Ms. Holland in").
    const ownerRecord = byName.get(owner);
    const ownerIso = (ownerRecord?.kb as KbCountry | undefined)?.iso2;
    if (source.kb?.country && ownerIso) return source.kb.country === ownerIso;
    // A unit the assets come from ("soldiers from the battle group") does not provide them; an
    // organisation of unknown state that sends them does.
    return f.rule !== "provides.of";
  });
  ctx.findings.length = 0;
  ctx.findings.push(...kept);

  const provided = new Set(
    ctx.findings.filter((f) => f.type === "PROVIDES").map((f) => `${f.source}|${f.target}`),
  );
  const providedAssets = new Set(
    ctx.findings.filter((f) => f.type === "PROVIDES").map((f) => f.target),
  );
  for (const [key, mention] of firstMention) {
    // Quantity phrases (via "asset") already state their contribution, or deliberately do not
    // ("De 4 F-16's … keren terug": an owner guessed from the article provides nothing).
    if (mention.type !== "Asset" || mention.via === "asset" || providedAssets.has(key)) continue;
    const owner = ownerOf(key);
    if (!owner || provided.has(`${owner.key}|${key}`)) continue;
    ctx.findings.push({
      type: "PROVIDES",
      source: owner.key,
      target: key,
      rule: "provides.owner",
      confidence: 0.6,
      sentence: sentenceIndexAt(ctx.doc, mention.start),
    });
  }

  const participations: Finding[] = [];
  for (const f of ctx.findings) {
    if (f.type !== "ASSIGNED_TO" || !f.rule.startsWith("assigned.")) continue;
    const owner = ownerOf(f.source);
    if (!owner) continue;
    participations.push({
      type: "PARTICIPATES_IN",
      source: owner.key,
      target: f.target,
      rule: "participates.asset-owner",
      confidence: Math.min(f.confidence, 0.65),
      sentence: f.sentence,
    });
  }
  ctx.findings.push(...participations);

  // "troops … in support of the mission" serve in it; they do not back it from outside.
  const assigned = new Set(
    ctx.findings.filter((f) => f.type === "ASSIGNED_TO").map((f) => `${f.source}|${f.target}`),
  );
  const rest = ctx.findings.filter(
    (f) => f.type !== "SUPPORTS" || !assigned.has(`${f.source}|${f.target}`),
  );
  ctx.findings.length = 0;
  ctx.findings.push(...rest);
}
