import type { MentionSet } from "../mention-set.ts";
import type { EntityRegistry, Finding, Mention } from "../model.ts";
import type { Arg, RuleContext } from "./engine.ts";
import { ownerInName } from "./ownership.ts";

/**
 * General constructions of Dutch defence news that the frames alone do not resolve, one pass
 * each (passes.ts). Each reads the findings and sentence views so far.
 */

/** Country and Organisation records of the article by name (built once, when a pass needs it). */
function actorsByName(registry: EntityRegistry): Map<string, string> {
  const byName = new Map<string, string>();
  for (const record of registry.records.values())
    if (record.type === "Country" || record.type === "Organisation")
      byName.set(record.name, record.key);
  return byName;
}

/** The Country or Organisation that owns an asset (its `owner`, or the name's bracket). */
function ownerKey(
  registry: EntityRegistry,
  byName: Map<string, string>,
  assetKey: string,
): string | undefined {
  const asset = registry.get(assetKey);
  if (asset?.type !== "Asset") return undefined;
  const owner = asset.properties.owner ?? ownerInName(asset.name);
  return typeof owner === "string" ? byName.get(owner) : undefined;
}

/**
 * `asset-actors`: "De Nederlandse vliegers werken nauw samen met de Noorse luchtmacht", "Zij werken
 * in Slowakije samen met Duitse eenheden" (zij: the contingent of the sentence before), "Eerder
 * nam de Van Speijk deel aan de oefening X". Personnel, a unit or a ship acting with a state or a
 * force, or taking part in an event, act for their owner: the owner COOPERATES_WITH or
 * PARTICIPATES_IN. Only the frames named `*.asset-actor` are re-read; without a known owner an
 * asset keeps a cooperation and takes part in nothing, and no owner cooperates with itself.
 */
export function assetActors(ctx: RuleContext, registry: EntityRegistry): void {
  if (!ctx.findings.some((f) => f.rule.endsWith(".asset-actor"))) return;
  const byName = actorsByName(registry);
  const out: Finding[] = [];
  for (const f of ctx.findings) {
    if (!f.rule.endsWith(".asset-actor")) {
      out.push(f);
      continue;
    }
    // The asset itself serves in the event it takes part in (ASSIGNED_TO, as in a mission).
    if (f.type === "PARTICIPATES_IN" && registry.get(f.target)?.type === "Event")
      out.push({ ...f, type: "ASSIGNED_TO", rule: "assigned.event-asset-actor" });
    const owner = ownerKey(registry, byName, f.source);
    if (!owner) {
      // An asset cooperates, but only its owner takes part in something.
      if (f.type === "COOPERATES_WITH") out.push(f);
      continue;
    }
    if (owner === f.target) continue;
    out.push({ ...f, source: owner, rule: `${f.rule}+owner` });
  }
  ctx.findings.length = 0;
  ctx.findings.push(...out);
}

/** Kinds of organisation a ship or unit serves in: groups, fleets, task forces, formations. */
const GROUP_KINDS: ReadonlySet<string> = new Set(["force", "fleet", "unit", "command"]);

/**
 * `asset-groups` (eleventh round): "HMS X will join Standing NATO Maritime Group 1", "USS Y and
 * USS Z joined the Wasp Expeditionary Strike Group", "have been part of SNMG2" — the frame
 * `supports.asset-group` says a ship or unit works for the group it joins or serves in. Only a
 * group, fleet, task force or formation is so served: a ship joining a navy or an alliance ("HMS
 * X joined the Royal Navy in 1998", "exercised with the Indian Navy") is no such support.
 */
export function assetGroups(ctx: RuleContext, registry: EntityRegistry): void {
  if (!ctx.findings.some((f) => f.rule === "supports.asset-group")) return;
  const kept = ctx.findings.filter((f) => {
    if (f.rule !== "supports.asset-group") return true;
    const record = registry.get(f.target);
    const kind = record?.kb?.kind ?? record?.properties.kind;
    return typeof kind === "string" && GROUP_KINDS.has(kind);
  });
  ctx.findings.length = 0;
  ctx.findings.push(...kept);
}

/**
 * A knowledge-base armed force that is a navy, by its name ("Royal Navy", "German Navy", "Royal
 * Netherlands Navy"); not a marine corps ("Netherlands Marine Corps" fights ashore).
 */
const NAVY_NAME = /(?:navy|naval force|marine)\b/iu;

/**
 * `navy-ships` (eleventh round): a ship of a state's navy prefix ("HMS X", "Zr.Ms. Y") is
 * provided by its state (`ship.flag`) and, when the article names that state's navy, by the navy
 * too — "Royal Navy warships HMS A and B", "De Koninklijke Marine heeft Zr.Ms. X in dienst
 * gesteld": releases of a navy credit the ship to the navy. Only a navy of the ship's own state
 * (the knowledge base's `country`), never an army or an air force, never another state's navy.
 */
export function navyShips(ctx: RuleContext, registry: EntityRegistry): void {
  const flags = ctx.findings.filter((f) => f.type === "PROVIDES" && f.rule === "ship.flag");
  if (flags.length === 0) return;
  const navies = new Map<string, string>();
  for (const record of registry.records.values())
    if (
      record.type === "Organisation" &&
      record.kb?.kind === "armed-forces" &&
      record.kb.country &&
      NAVY_NAME.test(record.kb.name) &&
      !/corps/iu.test(record.kb.name)
    )
      navies.set(record.kb.country, record.key);
  if (navies.size === 0) return;
  for (const f of flags) {
    const iso2 = registry.get(f.source)?.kb?.country;
    const navy = iso2 ? navies.get(iso2) : undefined;
    if (!navy) continue;
    ctx.findings.push({ ...f, source: navy, rule: "provides.navy", confidence: 0.6 });
  }
}

/** The Netherlands' own commanders, by office: "Commandant Zeestrijdkrachten, vice-admiraal X". */
const DUTCH_COMMAND_OFFICE =
  /(?<![\p{L}])commandant(?:\s+der\s+strijdkrachten|\s+(?:der\s+)?(?:zee|land|lucht)strijdkrachten|\s+zeemacht(?:\s+caribisch\s+gebied|\s+nederland)?|\s+(?:van\s+)?de\s+koninklijke\s+(?:marechaussee|marine|landmacht|luchtmacht))(?![\p{L}])/gu;
const DUTCH_COMMAND_HINT = /commandant/u;

/** The service a Dutch command office heads (knowledge-base names). */
function dutchServiceOf(office: string): string {
  if (/zee|marine/u.test(office))
    return /caribisch/u.test(office)
      ? "Netherlands Forces in the Caribbean"
      : "Royal Netherlands Navy";
  if (/land/u.test(office)) return "Royal Netherlands Army";
  if (/lucht/u.test(office)) return "Royal Netherlands Air and Space Force";
  if (/marechaussee/u.test(office)) return "Royal Netherlands Marechaussee";
  return "Netherlands Armed Forces";
}

/** "Commandant van het fregat, kapitein-ter-zee X", "Commandant van het detachement is …". */
const COMMANDER_OF =
  /(?<![\p{L}])commandant\s+van\s+(?:het|de|dit|deze)\s+(?:[\p{Ll}-]+\s+)??(fregat|schip|patrouilleschip|mijnenjager|onderzeeboot|detachement|contingent|compagnie|eenheid|taakgroep|bataljon|squadron)?/gu;

/**
 * "zegt commandant kapitein-ter-zee X", "Commandant luitenant-kolonel Y": the office with no
 * complement, then a rank. In a report on a ship it is that ship's commander.
 */
const BARE_COMMANDER = /(?<![\p{L}-])commandant\s/gu;
const NOT_RANK_WORD =
  /^(?:van|der|de|den|het|een|in|op|bij|voor|met|is|was|wordt|werd|en|of|die|dat|zegt|zei)$/u;

/** "Operatiecommandant is de Spaanse vice-admiraal X": the commander of the mission just named. */
const MISSION_COMMANDER =
  /(?<![\p{L}])(?:operatiecommandant|missiecommandant|commandant\s+van\s+de\s+(?:missie|operatie))\s+(?:is|was|wordt|werd)\s+(?:de|het)?/gu;

/** A person right before an apposition: "X, commandant van het Nederlandse detachement". */
const PERSON_BEFORE_OFFICE = /^\s*,\s*(?:de\s+)?$/u;

/** Between the office and the person: a comma or a copula, then a rank of up to four words. */
const OFFICE_TO_PERSON = /^\s*(?:,\s*|\s(?:is|was|wordt|werd)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;
const PERSONNEL_NOUN =
  /^(?:detachement|contingent|compagnie|eenheid|taakgroep|bataljon|squadron)$/u;

/**
 * `commanders`: "Commandant Zeestrijdkrachten, vice-admiraal René Tas" — an office only the
 * Netherlands has — and "Commandant van het fregat, kapitein-ter-zee X" / "Commandant van het
 * detachement is luitenant-kolonel Y": the commander of a state's ship or contingent acts for that
 * state (REPRESENTS, role "commander"). The ship is the asset named there (a reference to the ship
 * named before, ships.ts); a contingent noun without a recognised asset is the contingent of the
 * one state whose personnel the article provides. Only a person right after the office (a rank
 * and a comma or "is" between) is read; nothing when the state is not named in the article.
 */
export function commanders(ctx: RuleContext, registry: EntityRegistry): void {
  if (!DUTCH_COMMAND_HINT.test(ctx.doc.folded)) return;
  const byName = actorsByName(registry);
  const netherlands = byName.get("Netherlands");
  let personnelOwner: string | undefined | null = null;
  const onlyPersonnelOwner = (): string | undefined => {
    if (personnelOwner !== null) return personnelOwner;
    const owners = new Set<string>();
    for (const f of ctx.findings) {
      if (f.type !== "PROVIDES") continue;
      const asset = registry.get(f.target);
      if (asset?.properties.category === "PERSONNEL" && registry.get(f.source)?.type === "Country")
        owners.add(f.source);
    }
    personnelOwner = owners.size === 1 ? [...owners][0] : undefined;
    return personnelOwner;
  };
  for (const view of ctx.views) {
    if (!DUTCH_COMMAND_HINT.test(view.folded)) continue;
    const personAfter = (end: number) =>
      view.args.find(
        (a) =>
          a.mention.type === "Person" &&
          a.mention.start >= end &&
          OFFICE_TO_PERSON.test(view.folded.slice(end - view.start, a.mention.start - view.start)),
      );
    const represent = (person: Arg, state: string, role: string) =>
      ctx.findings.push({
        type: "REPRESENTS",
        source: person.mention.key,
        target: state,
        rule: "represents.commander",
        confidence: 0.7,
        sentence: view.index,
        properties: { role },
      });
    DUTCH_COMMAND_OFFICE.lastIndex = 0;
    for (
      let m = DUTCH_COMMAND_OFFICE.exec(view.folded);
      m;
      m = DUTCH_COMMAND_OFFICE.exec(view.folded)
    ) {
      const person = personAfter(view.start + m.index + m[0].length);
      if (person && netherlands)
        represent(person, netherlands, view.text.slice(m.index, m.index + m[0].length));
      // The office heads its service: LEADS it when the article names the service.
      const service = person && byName.get(dutchServiceOf(m[0]));
      if (person && service)
        ctx.findings.push({
          type: "LEADS",
          source: person.mention.key,
          target: service,
          rule: "leads.service-commander",
          confidence: 0.7,
          sentence: view.index,
          properties: { role: view.text.slice(m.index, m.index + m[0].length) },
        });
    }
    COMMANDER_OF.lastIndex = 0;
    for (let m = COMMANDER_OF.exec(view.folded); m; m = COMMANDER_OF.exec(view.folded)) {
      const nounEnd = view.start + m.index + m[0].length;
      const nounStart = nounEnd - (m[1]?.length ?? 0);
      const asset = view.args.find(
        (a) =>
          a.mention.type === "Asset" && a.mention.start <= nounStart && a.mention.end >= nounStart,
      );
      const end = asset ? Math.max(asset.mention.end, nounEnd) : nounEnd;
      const person =
        personAfter(end) ??
        view.args.find(
          (a) =>
            a.mention.type === "Person" &&
            a.mention.end <= view.start + m!.index &&
            PERSON_BEFORE_OFFICE.test(view.folded.slice(a.mention.end - view.start, m!.index)),
        );
      if (!person) continue;
      let state = asset ? ownerKey(registry, byName, asset.mention.key) : undefined;
      if (!state && !asset && m[1] && PERSONNEL_NOUN.test(m[1])) state = onlyPersonnelOwner();
      if (state) represent(person, state, "commander");
    }
    BARE_COMMANDER.lastIndex = 0;
    for (let m = BARE_COMMANDER.exec(view.folded); m; m = BARE_COMMANDER.exec(view.folded)) {
      const at = view.start + m.index + m[0].length;
      const person = view.args.find((a) => a.mention.start >= at);
      if (person?.mention.type !== "Person") continue;
      // Only a rank of up to four words between the office and the name.
      const rank = view.folded.slice(at - view.start, person.mention.start - view.start).trim();
      const rankWords = rank ? rank.split(/\s+/) : [];
      if (
        rankWords.length > 4 ||
        rankWords.some((w) => !/^[\p{Ll}-]+$/u.test(w) || NOT_RANK_WORD.test(w))
      )
        continue;
      const ship = person && lastShipBefore(ctx, view.index, person.mention.start);
      const state = ship && ownerKey(registry, byName, ship);
      if (person && state) represent(person, state, "commander");
    }
    MISSION_COMMANDER.lastIndex = 0;
    for (let m = MISSION_COMMANDER.exec(view.folded); m; m = MISSION_COMMANDER.exec(view.folded)) {
      const office = view.start + m.index;
      const person = view.args.find(
        (a) =>
          a.mention.type === "Person" &&
          a.mention.start >= office + m![0].length &&
          /^\s*(?:[\p{Ll}-]+\s+){0,4}$/u.test(
            view.folded.slice(m!.index + m![0].length, a.mention.start - view.start),
          ),
      );
      const mission = person && missionJustNamed(ctx, view.index, office);
      if (!person || !mission) continue;
      ctx.findings.push({
        type: "LEADS",
        source: person.mention.key,
        target: mission,
        rule: "leads.mission-commander",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * The ship a bare "commandant" commands: the one the headline names (the report's ship), else the
 * ship named last before `offset`, by its name or by a reference to it ("het fregat", ships.ts).
 */
function lastShipBefore(ctx: RuleContext, index: number, offset: number): string | undefined {
  const headline = ctx.views[0]?.args.find((a) => a.mention.via === "ship");
  if (headline && ctx.doc.text.indexOf("\n") > headline.mention.end) return headline.mention.key;
  const ships = new Set<string>();
  for (let i = 0; i <= index; i++)
    for (const a of ctx.views[i]!.args) if (a.mention.via === "ship") ships.add(a.mention.key);
  for (let i = index; i >= 0; i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--) {
      const a = args[j]!;
      if (ships.has(a.mention.key) && a.mention.end <= offset) return a.mention.key;
    }
  }
  return undefined;
}

/** The mission named before `offset` in this sentence or the one before, else the topic's. */
function missionJustNamed(ctx: RuleContext, index: number, offset: number): string | undefined {
  for (let i = index; i >= Math.max(0, index - 1); i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--) {
      const a = args[j]!;
      if (a.mention.type === "Mission" && a.mention.end <= offset) return a.mention.key;
    }
  }
  return ctx.topicMission;
}

/** A noun that types a place, between a nationality and the place's name. */
const PLACE_TYPED_BY_NATIONALITY =
  /(?:^|\s)(?:stad|havenstad|hoofdstad|dorp|plaats|provincie|regio|eiland|oefenterrein|luchthaven|marinehaven|havenplaats|vliegbasis|marinebasis|legerbasis|basis|kazerne|steden|havensteden|provincies|vliegbases|marinebases|legerbases|kazernes|town|city|port|port city|village|province|region|island|base|air base|naval base|army base|towns|cities|ports|provinces|bases|air bases|naval bases|air stations)\s+(?:(?:of|at)\s+)?$/u;
/** "in het Duitse Uedem": a Dutch nationality between "het" and a place's name places it. */
const NEUTER_NATIONALITY = /(?:^|\s)het\s+$/u;
/** ", Schleswig-Jagel en Lechfeld": a list goes on with the same nationality. */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|en)\s+)?|\s(?:and|en)\s+)$/u;

/** A noun that types a company, between a nationality and its name: "het Israëlische bedrijf X". */
const COMPANY_TYPED_BY_NATIONALITY =
  /(?:^|\s)(?:bedrijf|defensiebedrijf|concern|defensieconcern|wapenfabrikant|fabrikant|producent|scheepsbouwer|scheepswerf|werf|(?:defence|defense|arms|aerospace|technology|drone|missile)\s+(?:company|firm|group|contractor|manufacturer|maker|giant)|company|firm|contractor|manufacturer|shipbuilder|shipyard|arms maker|conglomerate)\s+$/u;

/**
 * `places-of-nationality`: "de Japanse havenstad Yokosuka", "de Poolse vliegbasis Łask": a
 * nationality, a noun that types a place, and the place's name — the place is in that state
 * (LOCATED_IN), unless the knowledge base puts it in another. The same for a company: "het
 * Israëlische bedrijf Elbit Systems", "de Franse scheepsbouwer Naval Group" (LOCATED_IN the state).
 */
export function placesOfNationality(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: MentionSet,
): void {
  for (const view of ctx.views) {
    let listed: { end: number; nationality: Mention } | undefined;
    for (const arg of view.args) {
      const place = arg.mention;
      if (place.type !== "Location" && place.type !== "Organisation") continue;
      const before = view.folded.slice(
        Math.max(0, place.start - view.start - 24),
        place.start - view.start,
      );
      const typed = (
        place.type === "Location" ? PLACE_TYPED_BY_NATIONALITY : COMPANY_TYPED_BY_NATIONALITY
      ).exec(before);
      let nationality: Mention | undefined;
      if (typed) {
        // The nationality ends one space before the typing noun (named, but no argument).
        const nounStart =
          place.start -
          before.length +
          typed.index +
          (typed[0].length - typed[0].trimStart().length);
        nationality = mentions
          .overlapping(nounStart - 2, nounStart - 1)
          .find((x) => x.type === "Country" && x.via === "adjective" && x.end === nounStart - 1);
      } else if (place.type === "Location") {
        // "in het Duitse Uedem"; or the next name of a list typed so ("… Wunstorf, Lechfeld").
        nationality = mentions
          .overlapping(place.start - 2, place.start - 1)
          .find(
            (x) =>
              x.type === "Country" &&
              x.via === "adjective" &&
              x.end === place.start - 1 &&
              NEUTER_NATIONALITY.test(view.folded.slice(0, x.start - view.start)),
          );
        if (!nationality && listed && LIST_JOIN.test(ctx.doc.folded.slice(listed.end, place.start)))
          nationality = listed.nationality;
      }
      listed = undefined;
      if (!nationality) continue;
      if (place.type === "Location") listed = { end: place.end, nationality };
      const known = registry.get(place.key)?.kb?.country;
      const state = registry.get(nationality.key)?.kb as { iso2?: string } | undefined;
      if (known && state?.iso2 && known !== state.iso2) continue;
      ctx.findings.push({
        type: "LOCATED_IN",
        source: place.key,
        target: nationality.key,
        rule: "located.nationality-typed",
        confidence: 0.75,
        sentence: view.index,
      });
    }
  }
}

/**
 * "Daarna neemt Zr.Ms. Tromp de taak over", "Zr.Ms. Tromp neemt de taak van de De Ruyter over",
 * "neemt het stokje over van": the separable verb with a task, role or place as its object. The
 * asset that takes over serves where the one it relieves served (its ASSIGNED_TO), else in the
 * mission named in this or the previous sentence, else in the article's mission. A state that
 * takes over ("neemt Italië de bewaking van het luchtruim over") takes part in that mission.
 */
const TAKES_OVER =
  /(?<![\p{L}])(?:neemt|nemen|nam|namen)\s(?:[^;:]{0,60}?\s)?(?:de\s+taak|de\s+taken|het\s+stokje|de\s+plaats|de\s+rol|de\s+positie|de\s+inzet|de\s+bewaking|de\s+beveiliging|de\s+verdediging|het\s+toezicht)\s(?:[^;:]{0,60}?\s)?over(?![\p{L}])|(?<![\p{L}])(?:lost\s+[^;:]{0,60}?\saf|aflossen|afgelost)(?![\p{L}])/u;

export function takeovers(ctx: RuleContext): void {
  if (!/(?:over|los)/u.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    const verb = TAKES_OVER.exec(view.folded);
    if (!verb) continue;
    const assets = view.args.filter((a) => a.mention.type === "Asset" && !a.prep && !a.aside);
    // "Na de Nederlandse rotatie neemt Italië de bewaking … over": a state takes part instead.
    const state = view.args.find(
      (a) => a.mention.type === "Country" && !a.prep && !a.aside && a.mention.via !== "adjective",
    );
    const taker = assets[0] ?? state;
    if (!taker) continue;
    // The one relieved: another asset of the sentence; its mission is the taker's.
    const relieved = view.args.find(
      (a) => a.mention.type === "Asset" && a.mention.key !== taker.mention.key,
    );
    let mission = relieved
      ? ctx.findings.find((f) => f.type === "ASSIGNED_TO" && f.source === relieved.mention.key)
          ?.target
      : undefined;
    mission ??= missionJustNamed(ctx, view.index, view.end) ?? lastAssignment(ctx, view.index);
    if (!mission) continue;
    ctx.findings.push({
      type: taker.mention.type === "Asset" ? "ASSIGNED_TO" : "PARTICIPATES_IN",
      source: taker.mention.key,
      target: mission,
      rule: "assigned.takes-over",
      confidence: 0.65,
      sentence: view.index,
    });
  }
}

/** The mission an asset was last assigned to before sentence `index`. */
function lastAssignment(ctx: RuleContext, index: number): string | undefined {
  let best: { sentence: number; target: string } | undefined;
  for (const f of ctx.findings)
    if (f.type === "ASSIGNED_TO" && f.sentence < index && (!best || f.sentence > best.sentence))
      best = { sentence: f.sentence, target: f.target };
  return best?.target;
}

/** ", waar 322 Squadron is gestationeerd", ", where the 1st Brigade is based". */
const WHERE_BASED =
  /,\s+(?:waar|where)\s+([^,;:]{1,80}?)\s(?:(?:is|zijn|was|waren|are|were|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:permanently|now|also|nog\s+steeds|sinds\s+\d{4}|ook|permanent)\s+)?(?:gestationeerd|gelegerd|gevestigd|based|stationed)(?![\p{L}])/gu;

/**
 * `where-based`: "Zij komen van vliegbasis Leeuwarden, waar 322 Squadron is gestationeerd", "RAAF
 * Base Tindal, where the bombers are stationed": the unit or asset the relative clause names is
 * based at the place before the comma (LOCATED_IN). Places only, and only the first name of the
 * clause (with its coordinated names).
 */
export function whereBased(ctx: RuleContext): void {
  if (!/(?:waar|where)\s/u.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    WHERE_BASED.lastIndex = 0;
    for (let m = WHERE_BASED.exec(view.folded); m; m = WHERE_BASED.exec(view.folded)) {
      const comma = view.start + m.index;
      const place = view.args.findLast(
        (a) =>
          a.mention.end <= comma &&
          a.mention.type === "Location" &&
          /^\s*$/u.test(view.folded.slice(a.mention.end - view.start, m!.index)),
      );
      if (!place) continue;
      const clauseStart = comma + m[0].length - m[0].trimStart().length;
      const clauseEnd = view.start + m.index + m[0].length;
      const inside = view.args.filter(
        (a) => a.mention.start > clauseStart && a.mention.end <= clauseEnd,
      );
      const first = inside[0];
      if (!first || (first.mention.type !== "Organisation" && first.mention.type !== "Asset"))
        continue;
      for (const a of inside) {
        if (a.group !== first.group || a.mention.type !== first.mention.type) continue;
        ctx.findings.push({
          type: "LOCATED_IN",
          source: a.mention.key,
          target: place.mention.key,
          rule: "located.where-based",
          confidence: 0.7,
          sentence: view.index,
        });
      }
    }
  }
}
