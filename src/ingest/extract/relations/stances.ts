import type { KbCountry } from "../../../kb/types.ts";
import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry, Mention } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Stances the frames do not attach (passes.ts, `war-references`): a war named by its aggressor
 * without its victim ("de Russische invasie in februari 2022", "since the start of Russia's
 * full-scale invasion"), a war named by a possessive pronoun ("to support its war against
 * Ukraine"), and the Dutch separable "valt … aan" ("Rusland valt Oekraïne dagelijks aan").
 */

/** Nouns of waging a war (folded), with the words that may come before them. */
const WAR_NOUN =
  /^(?:['’]s)?\s+(?:(?:full-scale|large-scale|unprovoked|illegal|brutal|ongoing|continued|grootschalige|volledige|voortdurende|illegale|nietsontziende)\s+)?(?:invasion|invasie|inval|war of aggression|aanvalsoorlog|aggression|agressie|war|oorlog)(?![\p{L}-])/u;
/** What names the victim right after the noun: then the frames read it. */
const VICTIM_NAMED =
  /^\s+(?:of|in|into|on|against|van|tegen|op)\s+(?:(?:the|de|het)\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))\p{Lu}/u;

/**
 * Wars of the years the extractor reads, by ISO code of the aggressor: the victim of an invasion
 * or a war that the text names by its aggressor alone. Only a victim the article names counts.
 */
const KNOWN_WARS: Record<string, string> = { RU: "UA" };
/** States a known war is waged against (ISO codes): equipment sent there is handed over. */
export const WAR_VICTIMS: ReadonlySet<string> = new Set(Object.values(KNOWN_WARS));

const POSSESSIVE_WAR =
  /(?:^|\s)(?:its|their|zijn|haar|hun)\s+(?:(?:full-scale|illegal|brutal|ongoing|illegale|voortdurende)\s+)?(?:war|invasion|aggression|oorlog|invasie|agressie)\s+(?:against|on|of|in|tegen|op|van|in)\s+(?:(?:the|de|het)\s+)?$/u;

/** What every sentence these rules read contains (a war noun or "valt/viel"): most have none. */
const WAR_CUE =
  /(?<![\p{L}])(?:war|oorlog|aanvalsoorlog|invas|inval|aggress|agressie|valt|vallen|viel)/u;

const SEPARABLE_ATTACK = /^\s+(?:valt|vallen|viel|vielen)\s+$/u;
/** The particle a few words on; "valt Oekraïne niet aan" is denied. */
const ATTACK_PARTICLE =
  /^\s+(?:(?!(?:niet|geen|nooit)\s)[\p{Ll}\d.-]+\s+){0,6}aan(?=[\s.,;:!?]|$)/u;

function isoOf(registry: EntityRegistry, key: string): string | undefined {
  const record = registry.get(key);
  return record?.type === "Country" ? (record.kb as KbCountry | undefined)?.iso2 : undefined;
}

function opposes(
  ctx: RuleContext,
  view: SentenceView,
  source: string,
  target: string,
  rule: string,
) {
  if (source === target) return;
  ctx.findings.push({
    type: "OPPOSES",
    source,
    target,
    rule,
    confidence: 0.7,
    sentence: view.index,
    properties: { kind: "armed" },
  });
}

export function warReferences(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  // The victims the article names, by ISO code.
  let named: Map<string, string> | undefined;
  const namedStates = () => {
    if (named) return named;
    named = new Map();
    for (const m of mentions) {
      if (m.type !== "Country") continue;
      const iso = isoOf(registry, m.key);
      if (iso && !named.has(iso)) named.set(iso, m.key);
    }
    return named;
  };
  for (const view of ctx.views) {
    if (!WAR_CUE.test(view.folded)) continue;
    // Every state the sentence names, a qualifying one ("Russia's invasion") included.
    const states: Mention[] = mentions
      .overlapping(view.start, view.end)
      .filter((m) => m.type === "Country" && !m.nested && m.start >= view.start);
    for (const m of states) {
      const rel = m.end - view.start;
      const after = view.folded.slice(rel, rel + 60);
      // "the Russian invasion", "Russia's full-scale invasion", "de Russische agressie".
      const victimIso = KNOWN_WARS[isoOf(registry, m.key) ?? ""];
      if (!victimIso) continue;
      const war = WAR_NOUN.exec(after);
      if (!war || VICTIM_NAMED.test(view.text.slice(rel + war[0].length, rel + war[0].length + 30)))
        continue;
      const victim = namedStates().get(victimIso);
      if (victim) opposes(ctx, view, m.key, victim, "opposes.known-war");
    }
    const countries = view.args.filter((a) => a.mention.type === "Country");
    for (const a of countries) {
      const rel = a.mention.end - view.start;
      // "Rusland valt Oekraïne dagelijks aan met raketten".
      const next = view.args[view.args.indexOf(a) + 1];
      if (
        ctx.doc.language === "nl" &&
        next?.mention.type === "Country" &&
        SEPARABLE_ATTACK.test(view.folded.slice(rel, next.mention.start - view.start)) &&
        ATTACK_PARTICLE.test(view.folded.slice(next.mention.end - view.start))
      )
        opposes(ctx, view, a.mention.key, next.mention.key, "opposes.separable-attack");
    }
    // "to support its war against Ukraine": the state named last before the pronoun.
    for (const object of countries) {
      const before = view.folded.slice(
        Math.max(0, object.mention.start - view.start - 60),
        object.mention.start - view.start,
      );
      const pronoun = POSSESSIVE_WAR.exec(before);
      if (!pronoun) continue;
      const pronounAt = object.mention.start - before.length + pronoun.index;
      let aggressor: Arg | undefined;
      for (const c of countries) {
        if (c.mention.end > pronounAt) break;
        if (c.mention.key !== object.mention.key) aggressor = c;
      }
      if (aggressor)
        opposes(ctx, view, aggressor.mention.key, object.mention.key, "opposes.possessive-war");
    }
  }
}

/**
 * Acts of war (folded): what a sentence naming the aggressor of a known war says when it speaks
 * of that war ("the Russian intervention in the Ukraine", "Russische raketaanvallen", "de terreur
 * van Rusland", "nadat Rusland … was binnengevallen", "against Russian air strikes").
 */
const ACT_OF_WAR =
  /(?<![\p{L}])(?:invas|inval|binnengevallen|binnenvallen|oorlog|war(?:s|fare)?(?![\p{L}])|aggress|agressie|attack|aanval|aanvallen|strikes?(?![\p{L}])|bombard|shelling|beschiet|offensi|intervention|interventie|occup|bezet|annex|terreur|terror|missiles?(?![\p{L}])|raket|drones?(?![\p{L}])|fighting|gevecht|conflict|strijd(?![\p{L}]))/u;

/**
 * `known-wars` (ninth round): a war the knowledge base knows (`KNOWN_WARS`, Russia against
 * Ukraine) is an opposition in every article that names both sides and, in some sentence, the
 * aggressor together with an act of war — the way releases refer to it in passing ("in light of
 * the Russian intervention in the Ukraine", "to defend itself against Russian air strikes", "de
 * terreur van Rusland in Oekraïne", "na de inval van de Russen"), with or without the victim in
 * that sentence. An article naming both without any act of war ("Russia and Ukraine signed a
 * grain deal") says nothing. Runs after the sentence rules, which name the same relation where a
 * sentence states it; the first sentence with the aggressor and an act of war is the evidence.
 */
export function knownWars(ctx: RuleContext, registry: EntityRegistry, mentions: MentionSet): void {
  const byIso = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "Country") continue;
    const iso = isoOf(registry, m.key);
    if (iso && !byIso.has(iso)) byIso.set(iso, m.key);
  }
  for (const [aggressorIso, victimIso] of Object.entries(KNOWN_WARS)) {
    const aggressor = byIso.get(aggressorIso);
    const victim = byIso.get(victimIso);
    if (!aggressor || !victim) continue;
    if (
      ctx.findings.some(
        (f) => f.type === "OPPOSES" && f.source === aggressor && f.target === victim,
      )
    )
      continue;
    const starts: number[] = [];
    for (const m of mentions) if (m.key === aggressor) starts.push(m.start);
    // A sentence whose act of war a rule gave another victim ("the Russian invasion of Georgia")
    // is about that war.
    const otherWar = new Set<number>();
    for (const f of ctx.findings)
      if (f.type === "OPPOSES" && f.source === aggressor && f.target !== victim)
        otherWar.add(f.sentence);
    const view = ctx.views.find(
      (v) =>
        !otherWar.has(v.index) &&
        starts.some((at) => at >= v.start && at < v.end) &&
        ACT_OF_WAR.test(v.folded),
    );
    if (view) opposes(ctx, view, aggressor, victim, "opposes.known-war-article");
  }
}

const WORKS_IN =
  /^\s+(?:(?:also|closely|has|have|had|will|already|now)\s+)*(?:works?|worked|working|cooperates?|cooperated|operates?|operated|partners?|partnered|trains?|trained|exercises?|exercised|coordinates?|coordinated)\s+(?:closely\s+)?(?:on|in|within|at|during|for)\s+(?:(?:the|an?)\s+)?$/u;
const WITH_AFTER =
  /^\s*(?:\([^()]{1,20}\)\s*)?(?:closely\s+)?(?:together\s+)?with\s+(?:(?:the)\s+)?$/u;
const ACTORS = ["Country", "Organisation"];

/**
 * `separated-cooperation`: "Canada works on Operation X with Australia, France and Japan", "The
 * Navy operates in the Gulf with the U.S. Navy": a verb of working, the thing or place worked on,
 * then "with" and the partners: the subject cooperates with each.
 */
export function separatedCooperation(ctx: RuleContext): void {
  if (ctx.doc.language !== "en") return;
  for (const view of ctx.views) {
    if (!/\swith\s/u.test(view.folded)) continue;
    const args = view.args;
    for (let i = 0; i + 2 < args.length; i++) {
      const subject = args[i]!;
      if (!ACTORS.includes(subject.mention.type) || subject.prep || subject.aside) continue;
      const between = args[i + 1]!;
      if (between.clause !== subject.clause) continue;
      const gap = view.folded.slice(
        subject.mention.end - view.start,
        between.mention.start - view.start,
      );
      if (!WORKS_IN.test(gap)) continue;
      const first = args.find(
        (a) => a.mention.start >= between.mention.end && a.group !== between.group,
      );
      if (!first || first.clause !== subject.clause || !ACTORS.includes(first.mention.type))
        continue;
      const tail = view.args.filter((a) => a.group === between.group).at(-1)!;
      if (
        !WITH_AFTER.test(
          view.folded.slice(tail.mention.end - view.start, first.mention.start - view.start),
        )
      )
        continue;
      for (const partner of view.args) {
        if (partner.group !== first.group || !ACTORS.includes(partner.mention.type)) continue;
        if (partner.mention.key === subject.mention.key) continue;
        ctx.findings.push({
          type: "COOPERATES_WITH",
          source: subject.mention.key,
          target: partner.mention.key,
          rule: "cooperates.separated",
          confidence: 0.65,
          sentence: view.index,
          properties: { kind: "cooperation" },
        });
      }
    }
  }
}

/**
 * `fight-beneficiaries` (twelfth round): where the frame `opposes.fight-beneficiary` found the
 * party right before "in the fight against" / "in de strijd tegen" ("advisers for the Kurdish
 * forces in the fight against ISIS", "the deployment of F-16s in the fight against ISIS"), the
 * subject `opposes.fight` took further left for the same foe (the advisers, the tanker aircraft
 * that played a role in it) is not the fighter.
 */
/** Prepositions of place: a name they govern is where the fight is, not who fights. */
const PLACE_PREPS: ReadonlySet<string> = new Set([
  "in",
  "at",
  "over",
  "above",
  "across",
  "near",
  "around",
  "from",
  "to",
  "into",
  "boven",
  "op",
  "bij",
  "nabij",
  "rond",
  "vanuit",
  "vanaf",
  "uit",
  "naar",
  "te",
]);

export function fightBeneficiaries(ctx: RuleContext): void {
  if (!ctx.findings.some((f) => f.rule === "opposes.fight-beneficiary")) return;
  // "flew missions over Iraq and Syria in the fight against ISIS": a place is no fighter (a
  // body is: "training to the Peshmerga in the fight against ISIS").
  const placed = (f: { sentence: number; source: string }) => {
    const view = ctx.views[f.sentence];
    const arg = view?.args.findLast((a) => a.mention.key === f.source);
    if (!view || !arg || (arg.mention.type !== "Country" && arg.mention.type !== "Location"))
      return false;
    const first = view.args.find((a) => a.group === arg.group);
    return first?.prep !== undefined && PLACE_PREPS.has(first.prep);
  };
  const fighters = ctx.findings.filter((f) => f.rule === "opposes.fight-beneficiary" && !placed(f));
  const kept = ctx.findings.filter((f) => {
    if (f.rule === "opposes.fight-beneficiary") return fighters.includes(f);
    return (
      f.rule !== "opposes.fight" ||
      !fighters.some(
        (b) => b.sentence === f.sentence && b.target === f.target && b.source !== f.source,
      )
    );
  });
  ctx.findings.length = 0;
  ctx.findings.push(...kept);
}
