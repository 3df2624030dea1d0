import type { KbPerson } from "../../../kb/types.ts";
import { foldKey } from "../fold.ts";
import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/**
 * `office-roles` (passes.ts): a known office holder the article names without a title that says
 * whom they act for ("Admiral Sir X", "General Y", "NAVO-secretaris-generaal Z", or the bare name)
 * REPRESENTS the state or body of their office in the knowledge base, when the article names that
 * state or body. The office held at the article's date counts; without a date, the office held
 * now (no end), else the latest. A person who already represents someone in the article is left
 * as the text says.
 */
export function officeRoles(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
  publishedAt: string | undefined,
): void {
  const represented = new Set<string>();
  for (const f of ctx.findings) if (f.type === "REPRESENTS") represented.add(f.source);
  const seen = new Set<string>();
  let outer: Map<string, string> | undefined;
  for (const m of mentions) {
    if (m.type !== "Person" || m.nested || seen.has(m.key) || represented.has(m.key)) continue;
    seen.add(m.key);
    const person = registry.get(m.key)?.kb as KbPerson | undefined;
    const role = person?.roles ? roleAt(person.roles, publishedAt) : undefined;
    if (!role) continue;
    if (!outer) {
      outer = new Map();
      for (const o of mentions)
        if (!o.nested && (o.type === "Country" || o.type === "Organisation")) {
          const record = registry.get(o.key);
          if (record) outer.set(foldKey(record.name), record.key);
        }
    }
    const target = outer.get(foldKey(role.of));
    if (!target || target === m.key) continue;
    ctx.findings.push({
      type: "REPRESENTS",
      source: m.key,
      target,
      rule: "represents.kb-office",
      confidence: 0.6,
      sentence: sentenceIndexAt(ctx.doc, m.start),
      properties: { role: role.role },
    });
  }
}

type Role = KbPerson["roles"][number];

/** The office held at `date` (ISO), else the one held now, else the latest one. */
function roleAt(roles: readonly Role[], date: string | undefined): Role | undefined {
  if (roles.length === 0) return undefined;
  if (date) {
    const day = date.slice(0, 10);
    const held = roles.filter(
      (r) => (!r.from || r.from.slice(0, day.length) <= day) && (!r.until || day <= r.until),
    );
    return held.length === 1 ? held[0] : undefined;
  }
  const current = roles.filter((r) => !r.until);
  if (current.length === 1) return current[0];
  if (current.length > 1) return undefined;
  return [...roles].sort((a, b) => (b.until ?? "").localeCompare(a.until ?? ""))[0];
}
