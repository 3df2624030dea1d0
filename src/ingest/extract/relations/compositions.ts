import type { EntityRegistry, Finding } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * `compositions` (fourteenth round): an alliance, force or mission and the states it is made of,
 * listed after a verb of composition — "the JEF, made up of A, B and C", "the force, which
 * comprises nine nations including A, B and C", "de taakgroep bestaat uit schepen uit A en B".
 * Each listed state is a MEMBER_OF the organisation (PARTICIPATES_IN a mission). The frame
 * `participates.composition` reads only a list right after the verb; this pass reads a counted or
 * classed noun between ("nine nations including", "ships from", "troops of") and an
 * organisation named right before the verb or in a relative clause after it, or a definite
 * "the force"/"the alliance"/"het bondgenootschap" naming the last alliance, coalition or force
 * the article named. Only a strict list of states (one group) that begins within a few words of
 * the verb; a state the organisation is named after is not listed.
 */
const COMPOSED =
  /(?<![\p{L}])(?:comprises|comprised|comprising|consists of|consisted of|consisting of|(?:is |are |was |were )?made up of|(?:is |was )?composed of|brings together|brought together|bringing together|bestaat uit|bestaan uit|bestond uit|bestonden uit|bestaande uit|is samengesteld uit)(?![\p{L}])/gu;

/** What may stand between the verb and the list (folded): a count, a class noun, a hedge. */
const FILLER =
  /^\s*(?:(?:the|de|het)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|several|diverse|verschillende)\s+)?(?:(?:allied|partner|member|like-minded|european|nordic|nato|navo|northern)\s+)?(?:(?:nations|countries|states|member states|members|allies|partners|navies|landen|lidstaten|bondgenoten|naties|partnerlanden|ships|vessels|warships|schepen|troops|forces|militairen|eenheden|units)\s*)?(?:,\s*)?(?:(?:including|namely|such as|waaronder|zoals|te weten|from|of|uit|van)\s+|:\s*)?(?:(?:the|de|het)\s+)?$/u;

/** Between the organisation and the verb (folded): a comma, a relative pronoun, a copula, a time. */
const ORG_GAP =
  /^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:which|that|die|dat)\s+)?(?:(?:currently|now|today|momenteel|nu|thans|op dit moment)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:currently|now|momenteel|nu)\s+)?$/u;

/** A definite reference to a composed body, right before the verb's gap (folded). */
const BODY_REFERENCE =
  /(?:^|[\s,])(?:the|this|de|het|dit|deze)\s+(?:(?:military|multinational|maritime|naval|joint|new|international|multinationale|militaire|nieuwe)\s+)?(?:force|alliance|coalition|partnership|grouping|bondgenootschap|coalitie|alliantie|samenwerkingsverband|macht)\s*$/u;

const BODY_KINDS: ReadonlySet<string> = new Set(["alliance", "coalition", "force"]);

export function compositions(ctx: RuleContext, registry: EntityRegistry): void {
  const related = new Set<string>();
  for (const f of ctx.findings) related.add(`${f.source}\u0000${f.target}`);
  const out: Finding[] = [];
  /** The last alliance, coalition or force the article named before this sentence. */
  let lastBody: string | undefined;
  const kindOf = (key: string): unknown =>
    registry.get(key)?.kb?.kind ?? registry.get(key)?.properties.kind;
  for (const view of ctx.views) {
    COMPOSED.lastIndex = 0;
    if (COMPOSED.test(view.folded)) {
      COMPOSED.lastIndex = 0;
      for (let m = COMPOSED.exec(view.folded); m; m = COMPOSED.exec(view.folded)) {
        const verbStart = view.start + m.index;
        const verbEnd = verbStart + m[0].length;
        const members = listAfter(view, verbEnd);
        if (members.length === 0) continue;
        const body =
          bodyBefore(view, verbStart, registry, kindOf) ?? referenceBefore(view, m.index);
        const target = body === "reference" ? lastBody : body;
        if (!target) continue;
        const record = registry.get(target);
        if (!record) continue;
        const type = record.type === "Mission" ? "PARTICIPATES_IN" : "MEMBER_OF";
        for (const member of members) {
          const key = member.mention.key;
          if (key === target || related.has(`${key}\u0000${target}`)) continue;
          related.add(`${key}\u0000${target}`);
          out.push({
            type,
            source: key,
            target,
            rule: "member.composition",
            confidence: 0.65,
            sentence: view.index,
          });
        }
      }
    }
    for (const a of view.args) {
      const kind = kindOf(a.mention.key);
      if (a.mention.type === "Organisation" && typeof kind === "string" && BODY_KINDS.has(kind))
        lastBody = a.mention.key;
    }
  }
  ctx.findings.push(...out);
}

/** The strict list of states that begins within the filler after the verb (one group). */
function listAfter(view: SentenceView, verbEnd: number): Arg[] {
  const first = view.args.find((a) => a.mention.start >= verbEnd);
  if (first?.mention.type !== "Country") return [];
  const gap = view.folded.slice(verbEnd - view.start, first.mention.start - view.start);
  if (gap.length > 90 || !FILLER.test(gap)) return [];
  const members = view.args.filter((a) => a.group === first.group && a.mention.start >= verbEnd);
  return members.every((a) => a.mention.type === "Country") ? members : [];
}

/**
 * The alliance, force or mission named right before the verb ("the JEF, made up of", "X, which
 * comprises", "X is made up of"); "reference" when a definite "the force" stands there instead.
 */
function bodyBefore(
  view: SentenceView,
  verbStart: number,
  registry: EntityRegistry,
  kindOf: (key: string) => unknown,
): string | undefined {
  let last: Arg | undefined;
  for (const a of view.args) if (a.mention.end <= verbStart) last = a;
  if (!last) return undefined;
  const record = registry.get(last.mention.key);
  if (!record) return undefined;
  const kind = kindOf(last.mention.key);
  const composed =
    record.type === "Mission" ||
    (record.type === "Organisation" && typeof kind === "string" && BODY_KINDS.has(kind));
  if (!composed) return undefined;
  const gap = view.folded.slice(last.mention.end - view.start, verbStart - view.start);
  return ORG_GAP.test(gap) ? last.mention.key : undefined;
}

/** "reference" when "the force, which"/"het bondgenootschap" stands right before the verb. */
function referenceBefore(view: SentenceView, verbIndex: number): "reference" | undefined {
  const before = view.folded.slice(Math.max(0, verbIndex - 80), verbIndex);
  const gap = /\s*(?:,\s*)?(?:(?:which|that|die|dat)\s+)?(?:(?:is|are|was|were)\s+)?$/u.exec(
    before,
  );
  const head = before.slice(0, before.length - (gap?.[0].length ?? 0));
  return BODY_REFERENCE.test(head) ? "reference" : undefined;
}
