import type { KbCountry } from "../../../kb/types.ts";
import type { Gazetteer } from "../gazetteer.ts";
import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/** Kinds of a state's own organs: its armed forces and services, ministries, staffs. */
const ORGAN_KINDS = new Set(["armed-forces", "ministry", "staff"]);

/**
 * `state-organs`: "the German Bundeswehr", "de Oekraïense strijdkrachten", "Ukraine's armed
 * forces": a known organ of a state (the knowledge base's armed forces, services, ministries and
 * staffs, with their country) named together with that state's nationality or possessive is
 * PART_OF the state. The text must say the state right there — inside the name or right before
 * it — so a body the knowledge base places in a state is not tied to it by the article naming
 * the state somewhere else. A service under another organ of the knowledge base ("Netherlands
 * Marine Corps" under the navy) is left to `kb.part-of`.
 */
export function stateOrgans(
  ctx: RuleContext,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "Organisation" || m.nested || seen.has(m.key)) continue;
    const kb = registry.get(m.key)?.kb;
    if (!kb?.country || typeof kb.country !== "string" || !ORGAN_KINDS.has(kb.kind ?? "")) continue;
    if (kb.partOf && !isNationalForces(gazetteer, kb.partOf)) continue;
    const state = mentions.overlapping(Math.max(0, m.start - 12), m.end).find(
      (x) =>
        x.type === "Country" &&
        (registry.get(x.key)?.kb as KbCountry | undefined)?.iso2 === kb.country &&
        // inside the name ("Oekraïense strijdkrachten"), or right before it ("German
        // Bundeswehr", "Ukraine's armed forces")
        ((x.start >= m.start && x.end <= m.end) ||
          (x.end <= m.start &&
            /^(?:['’]s?)?\s+(?:(?:the|de|het)\s+)?$/u.test(ctx.doc.text.slice(x.end, m.start)))),
    );
    if (!state) continue;
    seen.add(m.key);
    ctx.findings.push({
      type: "PART_OF",
      source: m.key,
      target: state.key,
      rule: "part-of.state-organ",
      confidence: 0.7,
      sentence: sentenceIndexAt(ctx.doc, m.start),
    });
  }
}

/** Whether `name` is the knowledge base's armed forces of a state (a service is part of them). */
function isNationalForces(gazetteer: Gazetteer, name: string): boolean {
  return gazetteer
    .lookup(name)
    .some((c) => c.ref.kind === "entity" && c.ref.entity.portfolio === "armed-forces");
}
