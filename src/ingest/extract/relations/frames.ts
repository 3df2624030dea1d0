import type { Language } from "../../../domain/vocabulary.ts";
import { loadKnowledgeBase } from "../../../kb/index.ts";
import type { KbRelationFrame, KnowledgeBase } from "../../../kb/types.ts";
import { mentionsNear } from "../mention-set.ts";
import type { Finding, Mention } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { PatternRule, RuleContext } from "./engine.ts";
import { applyPatternRules, separableTriggers, triggerOf } from "./engine.ts";

/**
 * Relation frames are data (src/kb/data/relation-frames.<language>.json and the user's own
 * files): this turns each into the `PatternRule` the generic matcher of engine.ts applies. Only
 * the frames of the article's language are applied.
 */
export function compileFrame(frame: KbRelationFrame): PatternRule {
  // "valt ... aan": a separable verb's head, counted only with its particle later in the clause.
  const { plain, particles } = separableTriggers(frame.triggers);
  const rule: PatternRule = {
    name: frame.name,
    relation: frame.relation,
    trigger: triggerOf(particles.size > 0 ? [...plain, ...particles.keys()] : plain),
    subject: frame.subject,
    object: frame.object,
    confidence: frame.confidence,
  };
  if (particles.size > 0) rule.particles = particles;
  if (frame.objectPreps) rule.objectPreps = frame.objectPreps;
  if (frame.adjacent !== undefined) rule.adjacent = frame.adjacent;
  if (frame.passive) rule.passive = true;
  if (frame.subjectAdjacent) rule.subjectAdjacent = true;
  if (frame.subjectAfter) rule.subjectAfter = true;
  if (frame.subjectNotAdjective) rule.subjectNotAdjective = true;
  if (frame.objectFromContext) rule.objectFromContext = true;
  if (frame.objectBefore) rule.objectBefore = true;
  if (frame.subjectFromTopic) rule.subjectFromTopic = true;
  if (frame.objectThroughTheme) rule.objectThroughTheme = true;
  if (frame.properties) rule.properties = { ...frame.properties };
  if (frame.fallbackObject) {
    rule.fallbackObject = { types: frame.fallbackObject.types, preps: frame.fallbackObject.preps };
    if (frame.fallbackObject.properties)
      rule.fallbackObject.properties = { ...frame.fallbackObject.properties };
  }
  if (frame.notAfter && frame.notAfter.length > 0) rule.notAfter = notAfterPattern(frame.notAfter);
  return rule;
}

/**
 * "steun*", "stem* tegen": words that cancel the trigger when they come right before it, with at
 * most a determiner and one more word in between ("steunt de deelname aan", "support in the
 * fight against"). Tested on the clause up to the trigger.
 */
export function notAfterPattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .trim()
        .split(/\s+/)
        .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "\\p{L}*" : `\\${c}`)))
        .join("\\s+"),
    );
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${alternatives.join("|")})\\s+(?:(?:de|het|een|the|an?)\\s+)?(?:[\\p{L}'-]+\\s+)?$`,
    "u",
  );
}

const compiled = new WeakMap<KnowledgeBase, Record<Language, readonly PatternRule[]>>();

/** The pattern rules of a language, compiled once per knowledge base. */
export function patternRulesFor(kb: KnowledgeBase, language: Language): readonly PatternRule[] {
  let rules = compiled.get(kb);
  if (!rules) {
    // A hand-made knowledge base without frames (tests, embedders) reads with the shipped ones.
    const frames = kb.relationFrames ?? loadKnowledgeBase().relationFrames;
    rules = {
      nl: (frames?.nl ?? []).map(compileFrame),
      en: (frames?.en ?? []).map(compileFrame),
    };
    compiled.set(kb, rules);
  }
  return rules[language];
}

/**
 * Every frame of the article's language, then the frames stated inside a name: "the Russian
 * invasion of Ukraine" is a known mission, and its name still says that Russia attacks Ukraine.
 */
export function applyFrames(
  ctx: RuleContext,
  kb: KnowledgeBase,
  mentions: readonly Mention[],
): void {
  const rules = patternRulesFor(kb, ctx.doc.language);
  applyPatternRules(ctx, rules);
  framesInNames(ctx, rules, mentions);
  // "joined the alliance" is membership; the same verb with a mission is taking part.
  const members = new Set(
    ctx.findings.filter((f) => f.type === "MEMBER_OF").map((f) => `${f.source}|${f.target}`),
  );
  const kept = ctx.findings.filter(
    (f) => f.type !== "PARTICIPATES_IN" || !members.has(`${f.source}|${f.target}`),
  );
  ctx.findings.length = 0;
  ctx.findings.push(...kept);
}

function framesInNames(
  ctx: RuleContext,
  rules: readonly PatternRule[],
  mentions: readonly Mention[],
): void {
  const outer = mentions.filter((m) => !m.nested && (m.type === "Mission" || m.type === "Event"));
  for (const name of outer) {
    const inside = mentionsNear(mentions, name.start, name.end)
      .filter((m) => m.nested && m.start >= name.start && m.end <= name.end && m.key !== name.key)
      .sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < inside.length; i++) {
      const a = inside[i]!;
      const b = inside[i + 1]!;
      const between = ctx.doc.folded
        .slice(a.end, b.start)
        .replace(/^['’]s?\s*/u, " ")
        .replace(/\s+(?:the|de|het)\s*$/u, " ")
        .trim();
      for (const rule of rules) {
        if (!rule.subjectAdjacent || rule.relation === "REPRESENTS") continue;
        if (!rule.trigger.phrases.includes(between)) continue;
        if (!rule.subject.includes(a.type) || !rule.object.includes(b.type)) continue;
        const finding: Finding = {
          type: rule.relation,
          source: a.key,
          target: b.key,
          rule: `${rule.name}+in-name`,
          confidence: rule.confidence * 0.9,
          sentence: sentenceIndexAt(ctx.doc, name.start),
        };
        if (rule.properties) finding.properties = { ...rule.properties };
        ctx.findings.push(finding);
      }
    }
  }
}
