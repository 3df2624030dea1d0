import type { EntityRegistry } from "../model.ts";
import type { RuleContext } from "./engine.ts";

/**
 * Support, aid and cooperation said by noun phrases that name no partner (fourteenth round;
 * docs/extraction.md, "Support, aid and opposition").
 */

/**
 * "the bilateral security partnership", "our long-standing alliance", "the long-standing defense
 * relationship", "de bilaterale defensiesamenwerking": a relationship named without its parties
 * (folded). One named with "with" or "between" is read by the frames and `pair-relationships`.
 */
const UNNAMED_RELATIONSHIP =
  /(?<![\p{L}])(?:(?:the|our|their|this|de|het|onze|hun)\s+)(?:(?:strong|close|enduring|deep|important|excellent|long-standing|longstanding|historic|special|bilateral|two-way|defen[cs]e|security|strategic|military|sterke|nauwe|goede|hechte|langdurige|bilaterale|militaire|strategische)\s+){1,3}(?:relationship|relations|partnership|alliance|ties|cooperation|co-operation|relatie|betrekkingen|banden|samenwerking|defensiesamenwerking|partnerschap|bondgenootschap)(?![\p{L}])(?!\s+(?:with|between|among|met|tussen|van)\s)/u;
/** What each such phrase contains: most sentences have none. */
const RELATIONSHIP_HINT =
  /relation|partnership|alliance|ties|cooperation|co-operation|relatie|betrekkingen|banden|samenwerking|partnerschap|bondgenootschap/u;
/** The pair the sentence is about: both parties speak or are spoken of together. */
const PAIR_SUBJECT =
  /(?<![\p{L}])(?:bilateral|bilaterale|our|onze|the two|both|the leaders|the ministers|the secretaries|the sides|they|de twee|beide|beiden|de bewindslieden|de ministers)(?![\p{L}])/u;

/** A title that announces a meeting, call or visit. */
const MEETING_TITLE =
  /(?<![\p{L}])(?:meets?|meeting|met|call|calls|visit|visits|talks|readout|ontmoet|ontmoeting|bezoek|bezoekt|gesprek|overleg)(?![\p{L}])/u;

/**
 * `leaders-relationship`: a readout of two office holders of two states ("Secretary Mattis met
 * Prime Minister Turnbull") that speaks of their relationship without naming its parties ("The two
 * leaders discussed the bilateral security partnership", "to further strengthen our long-standing
 * alliance"): the two states cooperate. Only when the article's people represent exactly two
 * states, so "the relationship" has one reading.
 */
export function leadersRelationship(ctx: RuleContext, registry: EntityRegistry): void {
  if (!RELATIONSHIP_HINT.test(ctx.doc.folded)) return;
  const view = ctx.views.find(
    (v) =>
      RELATIONSHIP_HINT.test(v.folded) &&
      UNNAMED_RELATIONSHIP.test(v.folded) &&
      PAIR_SUBJECT.test(v.folded),
  );
  if (!view) return;
  const states = new Set<string>();
  for (const f of ctx.findings) {
    if (f.type !== "REPRESENTS") continue;
    if (registry.get(f.source)?.type !== "Person" || registry.get(f.target)?.type !== "Country")
      continue;
    states.add(f.target);
  }
  // "Readout of Secretary X's Meeting with Minister of Defense of the Republic of Iraq Y": the
  // states a meeting's title names are its parties too.
  const title = ctx.views[0];
  if (title && MEETING_TITLE.test(title.folded))
    for (const a of title.args) if (a.mention.type === "Country") states.add(a.mention.key);
  if (states.size !== 2) return;
  const [a, b] = [...states] as [string, string];
  ctx.findings.push({
    type: "COOPERATES_WITH",
    source: a,
    target: b,
    rule: "cooperates.leaders-relationship",
    confidence: 0.6,
    sentence: view.index,
    properties: { kind: "cooperation" },
  });
}
