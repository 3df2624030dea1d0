import type { EntityRegistry, Finding } from "../model.ts";
import type { RuleContext } from "./engine.ts";
import { ownerInName } from "./ownership.ts";

/**
 * General constructions of Dutch defence news that the frames alone do not resolve, one pass
 * each (passes.ts). Each reads the findings and sentence views so far.
 */

/** Country and Organisation records of the article by name (built once, when a pass needs it). */
function actorsByName(registry: EntityRegistry): Map<string, string> {
  const byName = new Map<string, string>();
  for (const record of registry.records.values())
    if (record.type === "Country" || record.type === "Organisation")
      byName.set(record.name, record.key);
  return byName;
}

/** The Country or Organisation that owns an asset (its `owner`, or the name's bracket). */
function ownerKey(
  registry: EntityRegistry,
  byName: Map<string, string>,
  assetKey: string,
): string | undefined {
  const asset = registry.get(assetKey);
  if (asset?.type !== "Asset") return undefined;
  const owner = asset.properties.owner ?? ownerInName(asset.name);
  return typeof owner === "string" ? byName.get(owner) : undefined;
}

/**
 * `asset-actors`: "De Nederlandse vliegers werken nauw samen met de Noorse luchtmacht", "Zij werken
 * in Slowakije samen met Duitse eenheden" (zij: the contingent of the sentence before), "Eerder
 * nam de Van Speijk deel aan de oefening X". Personnel, a unit or a ship acting with a state or a
 * force, or taking part in an event, act for their owner: the owner COOPERATES_WITH or
 * PARTICIPATES_IN. Only the frames named `*.asset-actor` are re-read; without a known owner an
 * asset keeps a cooperation and takes part in nothing, and no owner cooperates with itself.
 */
export function assetActors(ctx: RuleContext, registry: EntityRegistry): void {
  if (!ctx.findings.some((f) => f.rule.endsWith(".asset-actor"))) return;
  const byName = actorsByName(registry);
  const out: Finding[] = [];
  for (const f of ctx.findings) {
    if (!f.rule.endsWith(".asset-actor")) {
      out.push(f);
      continue;
    }
    const owner = ownerKey(registry, byName, f.source);
    if (!owner) {
      // An asset cooperates, but only its owner takes part in something.
      if (f.type === "COOPERATES_WITH") out.push(f);
      continue;
    }
    if (owner === f.target) continue;
    out.push({ ...f, source: owner, rule: `${f.rule}+owner` });
  }
  ctx.findings.length = 0;
  ctx.findings.push(...out);
}
