import type { EntityType, RelationType } from "../../../domain/vocabulary.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Dutch puts the agent of a passive before its participle: "De missie wordt door Italië geleid",
 * "Oekraïne werd door Nederland gesteund", "de oefening, die door de VS wordt georganiseerd". The
 * frames read the English order ("geleid door Italië"); this reads "door <agent(s)> <participle>"
 * at the end of the clause, with the patient the plain name before it whose clause has a passive
 * auxiliary or a relative pronoun between patient and "door".
 */
interface PassiveVerb {
  relation: RelationType;
  agent: readonly EntityType[];
  patient: readonly EntityType[];
}

const ACTORS: readonly EntityType[] = ["Person", "Country", "Organisation"];
const SUPPORT: PassiveVerb = {
  relation: "SUPPORTS",
  agent: ["Person", "Country", "Organisation", "Mission"],
  patient: ["Person", "Country", "Organisation", "Mission", "Event"],
};
const LEAD: PassiveVerb = {
  relation: "LEADS",
  agent: ACTORS,
  patient: ["Organisation", "Mission", "Event"],
};
const OPPOSE: PassiveVerb = { relation: "OPPOSES", agent: ACTORS, patient: ACTORS };
const PROVIDE: PassiveVerb = {
  relation: "PROVIDES",
  agent: ["Country", "Organisation"],
  patient: ["Asset"],
};

/** Participles (folded) and what their agent does to the patient. */
const PARTICIPLES: Readonly<Record<string, PassiveVerb>> = {
  gesteund: SUPPORT,
  ondersteund: SUPPORT,
  getraind: SUPPORT,
  opgeleid: SUPPORT,
  bijgestaan: SUPPORT,
  geholpen: SUPPORT,
  geleid: LEAD,
  aangevoerd: LEAD,
  aangestuurd: LEAD,
  gecommandeerd: LEAD,
  voorgezeten: LEAD,
  georganiseerd: LEAD,
  aangevallen: OPPOSE,
  bestreden: OPPOSE,
  beschoten: OPPOSE,
  bestookt: OPPOSE,
  geleverd: PROVIDE,
  geschonken: PROVIDE,
  gedoneerd: PROVIDE,
};

const DOOR = /(?<![\p{L}])door\s+/gu;
/** After the agent: at most one adverb, the participle, then the clause ends. */
const PARTICIPLE_AFTER =
  /^\s+(?:(?:al|ook|nog|mede|deels|vooral|actief|nauw|intensief|gezamenlijk|samen)\s+)?(\p{L}+)(?=\s*(?:[,.;:!?)"”]|$)|\s+(?:en|of|om|omdat|maar|sinds|tot|in|op|bij|tijdens|vanuit|vanaf|wordt|worden|werd|werden|is|zijn|was|waren)(?![\p{L}]))/u;
/** Between patient and "door": a passive auxiliary or a relative pronoun, a few words. */
const PASSIVE_LINK =
  /(?:^|[\s,])(?:wordt|worden|werd|werden|is|zijn|was|waren|die|dat)(?![\p{L}])/u;
const DENIAL = /(?<![\p{L}])(?:niet|geen|nooit)(?![\p{L}])/u;

export function dutchPassives(ctx: RuleContext): void {
  if (ctx.doc.language !== "nl") return;
  for (const view of ctx.views) {
    DOOR.lastIndex = 0;
    for (let m = DOOR.exec(view.folded); m !== null; m = DOOR.exec(view.folded)) {
      const at = view.start + m.index;
      const afterDoor = at + m[0].length;
      readPassive(ctx, view, at, afterDoor);
    }
  }
}

function readPassive(ctx: RuleContext, view: SentenceView, door: number, afterDoor: number): void {
  const first = view.args.find((a) => a.mention.start >= afterDoor);
  if (!first || first.aside) return;
  // The agent follows "door" right away, with at most a determiner.
  if (
    !/^(?:(?:de|het|een)\s+)?$/u.test(
      view.folded.slice(afterDoor - view.start, first.mention.start - view.start),
    )
  )
    return;
  const agents: Arg[] = view.args.filter(
    (a) => a.group === first.group && a.mention.start >= first.mention.start && !a.aside,
  );
  const last = agents[agents.length - 1]!;
  const tail = PARTICIPLE_AFTER.exec(view.folded.slice(last.mention.end - view.start));
  const verb = tail ? PARTICIPLES[tail[1]!] : undefined;
  if (!verb) return;
  // The patient: the nearest plain name before "door" (and its list).
  const before = view.args.filter((a) => a.mention.end <= door && !a.aside);
  const patient = before[before.length - 1];
  if (!patient) return;
  const link = view.folded.slice(patient.mention.end - view.start, door - view.start);
  // A relative pronoun's antecedent may be governed ("neemt deel aan BALTOPS, dat door …").
  const relative = /^\s*,?\s*(?:die|dat)\s/u.test(link);
  if (patient.prep && !relative) return;
  if (link.split(/\s+/u).filter(Boolean).length > 8) return;
  if (!PASSIVE_LINK.test(link) || DENIAL.test(link) || /[;:()]/u.test(link)) return;
  // A relative clause's verb may follow: "die door Italië geleid wordt" (read above); any other
  // clause boundary between patient and agent breaks the link, but a relative pronoun's comma.
  if (/,/u.test(link) && !/,\s*(?:die|dat)\s/u.test(link)) return;
  const patients = view.args.filter((a) => a.group === patient.group && a.mention.end <= door);
  for (const p of patients) {
    if (p.prep && !relative) continue;
    if (!verb.patient.includes(p.mention.type)) continue;
    for (const a of agents) {
      if (!verb.agent.includes(a.mention.type) || a.mention.key === p.mention.key) continue;
      ctx.findings.push({
        type: verb.relation,
        source: a.mention.key,
        target: p.mention.key,
        rule: "dutch.agent-before-participle",
        confidence: 0.75,
        sentence: view.index,
      });
    }
  }
}
