import type { KbPerson } from "../../../kb/types.ts";
import { foldKey } from "../fold.ts";
import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry } from "../model.ts";
import { sentenceIndexAt } from "../model.ts";
import type { TitledPerson } from "../people.ts";
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

/** Title words as written in either language, and the word the knowledge base's roles use. */
const TITLE_WORDS: readonly [RegExp, string][] = [
  [/premier|minister-president|prime minister/u, "prime minister"],
  [/secretaris-generaal|secretary[- ]general/u, "secretary general"],
  [/voorzitter|chair/u, "chair"],
  [/defensiechef|commandant der strijdkrachten|chief of (?:the )?defen[cs]e/u, "chief of defence"],
  [/opperbevelhebber|supreme allied commander/u, "supreme allied commander"],
  [/commandant|commander/u, "commander"],
  [/staatssecretaris|state secretary/u, "state secretary"],
  [/minister|secretary/u, "minister|secretary"],
  [/president/u, "president"],
  [/koning|king/u, "king"],
];

/** Whether a role of the knowledge base is the office a title in the text names. */
function titleNames(title: string, role: string): boolean {
  const t = title.toLowerCase();
  const r = role.toLowerCase();
  for (const [pattern, word] of TITLE_WORDS) {
    if (pattern.test(t)) return word.split("|").some((w) => r.includes(w));
  }
  return false;
}

/**
 * A person's roles in the order a title in the text (when there is one) and the article's date
 * choose between them: the office the title names, then offices held on that date (or held now,
 * without a date), then the rest as the knowledge base lists them. "Secretaris-generaal Mark
 * Rutte" in 2025 is NATO's, "premier Mark Rutte" the Netherlands'.
 */
export function rolesInOrder(
  roles: readonly Role[],
  date: string | undefined,
  title?: string,
): Role[] {
  const day = date?.slice(0, 10);
  const heldThen = (r: Role) =>
    day
      ? (!r.from || r.from.slice(0, day.length) <= day) && (!r.until || day <= r.until)
      : !r.until;
  const rank = (r: Role) => (title && titleNames(title, r.role) ? 0 : 2) + (heldThen(r) ? 0 : 1);
  return roles
    .map((role, i) => ({ role, i, rank: rank(role) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.role);
}

/** "His foreign minister, X", "zijn minister van Defensie X": an office owned by a pronoun. */
const POSSESSIVE_BEFORE_OFFICE = /(?:^|[^\p{L}])(?:his|her|zijn|haar)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * `possessive-offices`: "Haitian Prime Minister Ariel Henry … His foreign minister, Jean Victor
 * Généus, thanked …": an office held by a possessive pronoun's referent is held for the state the
 * referent represents — the nearest person before it, in that sentence or the one before, who
 * represents exactly one state. A counterpart ("his Ukrainian counterpart") is named by its own
 * nationality and is not read here.
 */
export function possessiveOffices(
  ctx: RuleContext,
  registry: EntityRegistry,
  titled: readonly TitledPerson[],
  mentions: MentionSet,
): void {
  const candidates = titled.filter(
    (t) =>
      t.office &&
      !t.counterpart &&
      POSSESSIVE_BEFORE_OFFICE.test(
        ctx.doc.folded.slice(Math.max(0, t.titleStart - 30), t.titleStart),
      ),
  );
  if (candidates.length === 0) return;
  const states = new Map<string, Set<string>>();
  for (const f of ctx.findings) {
    if (f.type !== "REPRESENTS" || registry.get(f.target)?.type !== "Country") continue;
    const set = states.get(f.source) ?? new Set<string>();
    set.add(f.target);
    states.set(f.source, set);
  }
  for (const t of candidates) {
    const person = t.mention.key;
    if (states.has(person)) continue;
    const sentence = sentenceIndexAt(ctx.doc, t.titleStart);
    const from = ctx.doc.sentences[Math.max(0, sentence - 1)]!.start;
    const before = mentions
      .overlapping(from, t.titleStart)
      .filter((m) => m.type === "Person" && !m.nested && m.end <= t.titleStart && m.key !== person)
      .sort((a, b) => b.end - a.end)[0];
    const state = before && states.get(before.key);
    if (state?.size !== 1) continue;
    ctx.findings.push({
      type: "REPRESENTS",
      source: person,
      target: [...state][0]!,
      rule: "represents.possessive-office",
      confidence: 0.65,
      sentence,
      properties: { role: ctx.doc.text.slice(t.titleStart, t.titleStart + t.title.length) },
    });
  }
}

/**
 * Offices that head a body (general knowledge): the body the holder leads, by the knowledge
 * base's role name; `null` for a state's chief of defence, who leads that state's armed forces.
 */
const HEADED_BODIES: Readonly<Record<string, readonly string[] | null>> = {
  "secretary general": [],
  "supreme allied commander transformation": ["Allied Command Transformation"],
  "supreme allied commander europe": [
    "Allied Command Operations",
    "Supreme Headquarters Allied Powers Europe",
  ],
  "chair of the nato military committee": ["NATO Military Committee"],
  "chairman of the joint chiefs of staff": ["Joint Chiefs of Staff"],
  "president of the european commission": ["European Commission"],
  "president of the european council": ["European Council"],
  "director general": [],
  "first sea lord": ["Royal Navy"],
  "chief of defence": null,
  "chief of the defence staff": null,
  "chief of the general staff": null,
};

/**
 * `head-offices` (ninth round): a known person whose office at the article's date heads a body
 * the article names LEADS it — "Secretary-General Stoltenberg" leads NATO, "Supreme Allied
 * Commander Transformation, General X" leads Allied Command Transformation, the chief of defence
 * of a state leads its armed forces, "Commander of U.S. Africa Command" leads that command. The
 * office comes from the knowledge base (people.json roles), so a bare name is enough; an office
 * held before or after the article's date leads nothing. A "Secretary General" or "Director
 * General" heads the body of the role (`of`); "Commander of X" heads X. An article without a
 * date names nobody's office this way.
 */
export function headOffices(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
  publishedAt: string | undefined,
): void {
  // Only the article's date says which office a person holds in it ("X succeeds Y in October").
  if (!publishedAt) return;
  const led = new Set<string>();
  for (const f of ctx.findings) if (f.type === "LEADS") led.add(`${f.source}\u0000${f.target}`);
  const seen = new Set<string>();
  let bodies: Map<string, string> | undefined;
  let forces: Map<string, string> | undefined;
  for (const m of mentions) {
    if (m.type !== "Person" || m.nested || seen.has(m.key)) continue;
    seen.add(m.key);
    const person = registry.get(m.key)?.kb as KbPerson | undefined;
    const role = person?.roles ? roleAt(person.roles, publishedAt) : undefined;
    if (!role) continue;
    const office = foldKey(role.role);
    const commander = /^commander of (?:the )?(.+)$/u.exec(office);
    const headed = commander ? [commander[1]!] : HEADED_BODIES[office];
    if (headed === undefined) continue;
    if (!bodies || !forces) {
      bodies = new Map();
      forces = new Map();
      for (const o of mentions) {
        if (o.nested || (o.type !== "Organisation" && o.type !== "Mission")) continue;
        const record = registry.get(o.key);
        if (!record) continue;
        for (const name of [record.name, ...(record.kb?.aliases ?? [])])
          bodies.set(foldKey(name), record.key);
        if (
          record.kb?.kind === "armed-forces" &&
          record.kb.country &&
          !forces.has(record.kb.country)
        )
          forces.set(record.kb.country, record.key);
      }
    }
    let target: string | undefined;
    if (headed === null) {
      // A state's chief of defence: its armed forces (the one body of that kind the article names).
      const state = [...registry.records.values()].find(
        (r) => r.type === "Country" && foldKey(r.name) === foldKey(role.of),
      );
      const iso = (state?.kb as { iso2?: string } | undefined)?.iso2;
      target = iso ? forces.get(iso) : undefined;
    } else {
      const names = headed.length > 0 ? headed : [role.of];
      for (const name of names) {
        target = bodies.get(foldKey(name));
        if (target) break;
      }
    }
    if (!target || led.has(`${m.key}\u0000${target}`)) continue;
    led.add(`${m.key}\u0000${target}`);
    ctx.findings.push({
      type: "LEADS",
      source: m.key,
      target,
      rule: "leads.kb-head-office",
      confidence: 0.6,
      sentence: sentenceIndexAt(ctx.doc, m.start),
      properties: { role: role.role },
    });
  }
}
