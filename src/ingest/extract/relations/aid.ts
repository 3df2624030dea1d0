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

/**
 * A national unit's name (folded): a numbered or named wing, squadron, commando, regiment,
 * brigade, battalion, division or guard. A multinational formation ("battle group", "task force",
 * a standing maritime group) is not one: soldiers "from the battle group" are their states'.
 */
const NATIONAL_UNIT =
  /(?<![\p{L}])(?:wing|wings|squadron|squadrons|commando|regiment|brigade|battalion|division|national guard|air national guard)(?![\p{L}])/u;
const MULTINATIONAL_UNIT =
  /(?<![\p{L}])(?:battle ?group|task force|task group|maritime group|countermeasures group|multinational|nato|combined|joint)(?![\p{L}])/u;
/** "from the", right before the unit. */
const FROM_UNIT = /^\s+from\s+(?:the\s+)?$/u;
/** An asset and the next one (or an unrecognised noun phrase) of the same list: ", ", " and ". */
const LIST_JOIN =
  /^\s*(?:,|and|,\s*and)\s+(?:(?:about|around|nearly|almost|some|over|more than|up to|roughly|approximately)\s+)?(?:[\d,]+\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const COUNTED_NOUN_FROM =
  /^\s*(?:,|and|,\s*and)\s+(?:(?:about|around|nearly|almost|some|over|more than|up to|roughly|approximately)\s+)?[\d,]+\s+(?:[\p{L}-]+\s+){1,2}from\s+(?:the\s+)?$/u;

const COUNT =
  /(?<![\p{L}])(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens?|hundreds?|several)(?![\p{L}])/u;

/**
 * `unit-sources`: "Eighteen F-16s and more than 260 Airmen from the 52nd Fighter Wing", "Eight
 * F-16s and nearly 210 personnel from the 419th and 388th Fighter Wings": the national unit the
 * assets come from provides them (the real releases' gold: the wing provides its aircraft and
 * airmen). Each asset of the list before "from" counts, a counted noun the asset pass did not
 * recognise passed over; a unit of a known state provides only that state's assets.
 */
export function unitSources(ctx: RuleContext, registry: EntityRegistry): void {
  if (ctx.doc.language !== "en") return;
  for (const view of ctx.views) {
    if (!/\sfrom\s/u.test(view.folded)) continue;
    const args = view.args;
    for (let i = 1; i < args.length; i++) {
      const unit = args[i]!;
      if (unit.mention.type !== "Organisation") continue;
      const unitName = registry.get(unit.mention.key)?.name.toLowerCase() ?? "";
      if (!NATIONAL_UNIT.test(unitName) || MULTINATIONAL_UNIT.test(unitName)) continue;
      const before = args[i - 1]!;
      // The first unit of a group ("the 419th and 388th Fighter Wings") follows "from".
      const gapToUnit = view.folded.slice(
        before.mention.end - view.start,
        unit.mention.start - view.start,
      );
      let last: number;
      if (before.mention.type === "Asset" && FROM_UNIT.test(gapToUnit)) last = i - 1;
      else if (before.mention.type === "Asset" && COUNTED_NOUN_FROM.test(gapToUnit)) last = i - 1;
      else continue;
      const assets = [args[last]!];
      for (let j = last - 1; j >= 0; j--) {
        const a = args[j]!;
        if (a.mention.type !== "Asset") break;
        const gap = view.folded.slice(
          a.mention.end - view.start,
          assets[0]!.mention.start - view.start,
        );
        if (!LIST_JOIN.test(gap)) break;
        assets.unshift(a);
      }
      // A deployment counts what it sends ("Eighteen F-16s and more than 260 Airmen from …");
      // "Airmen from the 48th Fighter Wing" only says whose they are.
      const first = assets[0]!;
      const counted = view.folded.slice(
        Math.max(0, first.mention.start - view.start - 25),
        first.mention.end - view.start,
      );
      if (!COUNT.test(counted)) continue;
      const units = args.filter(
        (a) =>
          a.group === unit.group &&
          a.mention.type === "Organisation" &&
          a.mention.start >= unit.mention.start,
      );
      for (const u of units) {
        const state = registry.get(u.mention.key)?.kb?.country;
        for (const asset of assets) {
          const record = registry.get(asset.mention.key);
          const ownerName = record?.properties.owner;
          if (state && typeof ownerName === "string") {
            const owner = [...registry.records.values()].find(
              (r) => r.type === "Country" && r.name === ownerName,
            );
            const iso = (owner?.kb as { iso2?: string } | undefined)?.iso2;
            if (iso && iso !== state) continue;
          }
          ctx.findings.push({
            type: "PROVIDES",
            source: u.mention.key,
            target: asset.mention.key,
            rule: "provides.unit-source",
            confidence: 0.6,
            sentence: view.index,
          });
        }
      }
    }
  }
}
