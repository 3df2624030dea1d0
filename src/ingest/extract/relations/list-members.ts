import type { EntityRegistry, Finding, Mention } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Relations a sentence states once for a coordinated list ("Canada, Hungary and Estonia took part
 * in X", "samen met Zweden, Finland en Noorwegen", "operations in Estonia, Latvia and Poland")
 * hold for every member. The engine reads a coordination where a frame's subject or object is
 * found right there; other passes (and frames whose object is found past an inserted phrase) read
 * one member only. `listMembers` gives each member of the same type in the same coordination what
 * was found for one of them in that sentence.
 *
 * A coordination here is stricter than the engine's group: members of one type, joined only by
 * commas and one closing conjunction ("and", "en", "&", "as well as", "evenals"; not "or"/"of"),
 * a determiner at most between them. A comma and a conjunction joining two names ("Nederland steunt
 * Oekraïne, en Polen levert …") and a second conjunction after the closing one start a new clause,
 * as do "together with"/"samen met" after a list ("A and B, together with C"): C is no member.
 * A name named twice in the sentence, once outside the list, is left alone: the finding may be
 * about that other mention.
 */

/**
 * What a list states for each member: taking part, being or working somewhere, serving in, and
 * stances. Offices, leadership and membership are each person's or body's own ("Mattis and Payne
 * … of Australia"), as is ownership (PROVIDES of an asset).
 */
const SHARED = new Set<Finding["type"]>([
  "PARTICIPATES_IN",
  "OPERATES_IN",
  "LOCATED_IN",
  "ASSIGNED_TO",
  "COOPERATES_WITH",
  "SUPPORTS",
  "OPPOSES",
]);
const SKIPPED_RULE = /^(?:default\.|kb\.|asset\.|ship\.|knowledge\.|lists\.)/u;

const JOIN = /^\s*(?:,|,?\s*(?:and|en|&|as well as|evenals|alsmede))\s+(?:(?:the|de|het)\s+)?$/u;
/** Between two named ships, a class noun and its modifiers ("and the Canadian frigate HMCS X"). */
const JOIN_SHIPS =
  /^\s*(?:,|,?\s*(?:and|en|&|as well as|evenals|alsmede))\s+(?:(?:the|de|het)\s+)?(?:(?:[\p{L}\d-]+\s+){0,3}(?:aircraft carrier|carrier|cruiser|destroyer|frigate|corvette|submarine|minehunter|patrol vessel|patrol ship|support ship|supply ship|replenishment ship|amphibious ship|landing ship|warship|vessel|ship|fregat|korvet|onderzeeboot|mijnenjager|patrouilleschip|bevoorradingsschip|ondersteuningsschip|landingsschip|oorlogsschip|marineschip|schip)\s+)?$/u;
const COMMA_ONLY = /^\s*,\s*(?:(?:the|de|het)\s+)?$/u;
const COMMA_CONJ = /^\s*,\s*(?:and|en|&)\s/u;

/** The lists of a sentence: runs of arguments of one type joined as above, two or more long. */
export function coordinatedLists(view: SentenceView): Mention[][] {
  const lists: Mention[][] = [];
  let run: Arg[] = [];
  let closed = false;
  const flush = () => {
    // A comma-only run is no list ("to Ukraine, Dutch minister X said"): a conjunction closes it.
    if (run.length >= 2 && closed) lists.push(run.map((a) => a.mention));
    run = [];
    closed = false;
  };
  for (const arg of view.args) {
    const prev = run[run.length - 1];
    if (prev) {
      const gap = view.folded.slice(prev.mention.end - view.start, arg.mention.start - view.start);
      const ships = arg.mention.via === "ship" && prev.mention.via === "ship";
      const joined =
        (JOIN.test(gap) || (ships && JOIN_SHIPS.test(gap))) &&
        !closed &&
        arg.mention.type === prev.mention.type &&
        arg.mention.type !== "Person" &&
        arg.clause === prev.clause &&
        arg.aside === prev.aside &&
        arg.mention.key !== prev.mention.key &&
        // "X steunt A, en B levert": a comma and a conjunction between two names are two clauses.
        !(run.length === 1 && COMMA_CONJ.test(gap));
      if (joined) {
        if (!COMMA_ONLY.test(gap)) closed = true;
        run.push(arg);
        continue;
      }
      flush();
    }
    run.push(arg);
  }
  flush();
  return lists;
}

export function listMembers(ctx: RuleContext, registry: EntityRegistry): void {
  const found = ctx.findings.length;
  if (found === 0) return;
  // Members by sentence: sentence → key → the other members of its list.
  // Only sentences holding a relation a list may share are read.
  const stated = new Set<number>();
  for (let i = 0; i < found; i++) {
    const f = ctx.findings[i]!;
    if (SHARED.has(f.type) && !SKIPPED_RULE.test(f.rule)) stated.add(f.sentence);
  }
  const siblings = new Map<number, Map<string, Mention[]>>();
  for (const index of stated) {
    const view = ctx.views[index];
    if (!view || view.args.length < 3) continue;
    const lists = coordinatedLists(view);
    if (lists.length === 0) continue;
    const counts = new Map<string, number>();
    for (const arg of view.args)
      counts.set(arg.mention.key, (counts.get(arg.mention.key) ?? 0) + 1);
    const bySentence = new Map<string, Mention[]>();
    for (const list of lists) {
      for (const member of list) {
        if (counts.get(member.key) !== 1) continue;
        bySentence.set(
          member.key,
          list.filter((m) => m.key !== member.key),
        );
      }
    }
    if (bySentence.size > 0) siblings.set(view.index, bySentence);
  }
  if (siblings.size === 0) return;
  const seen = new Set<string>();
  for (let i = 0; i < found; i++) {
    const f = ctx.findings[i]!;
    seen.add(`${f.type}|${f.source}|${f.target}`);
  }
  /** A ship or contingent does not cooperate with, support or sit in its own state. */
  const owned = (asset: string, state: string) => {
    const owner = registry.get(asset)?.properties.owner;
    return owner !== undefined && owner === registry.get(state)?.name;
  };
  const add = (f: Finding, source: string, target: string) => {
    if (source === target || owned(source, target) || owned(target, source)) return;
    const key = `${f.type}|${source}|${target}`;
    if (seen.has(key)) return;
    seen.add(key);
    ctx.findings.push({
      ...f,
      source,
      target,
      rule: `lists.${f.rule.split(".")[0]}`,
      confidence: Math.min(f.confidence, 0.6),
    });
  };
  for (let i = 0; i < found; i++) {
    const f = ctx.findings[i]!;
    if (!SHARED.has(f.type) || SKIPPED_RULE.test(f.rule)) continue;
    const members = siblings.get(f.sentence);
    if (!members) continue;
    const ofSource = members.get(f.source);
    const ofTarget = members.get(f.target);
    // Both ends in one list ("between A and B") is a relation inside the list, not one to copy.
    if (ofSource?.some((m) => m.key === f.target)) continue;
    for (const m of ofSource ?? []) add(f, m.key, f.target);
    for (const m of ofTarget ?? []) add(f, f.source, m.key);
  }
}
