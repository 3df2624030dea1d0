import type { MentionSet } from "../mention-set.ts";
import { type EntityRegistry, type Mention, sentenceIndexAt } from "../model.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";

/**
 * Habits of real government releases (U.S. Navy and DoD, UK MOD, NATO commands, Defensie) that
 * the written sets lacked: where a ship is homeported or forward-deployed, British "on Operation
 * X", and a unit described as another's component in apposition. Each pass gives up on a
 * sentence without its cue word before reading any argument.
 */

const HOME_CUE =
  /home[- ]?port|forward[- ]deployed|thuishaven|home (?:of|to)|thuisbasis van|-based\s/u;

/** "RAF Brize Norton, home of the Voyager fleet", "Leeuwarden, de thuisbasis van de F-35's". */
const HOME_OF_AFTER_PLACE =
  /^,\s+(?:(?:the|de|het)\s+)?(?:home\s+(?:of|to)|thuisbasis\s+van)\s+(?:(?:the|de|het)\s+)?$/u;

/**
 * Between the cue and the place: "homeported in", "home-ported at", "its home port of",
 * "forward-deployed to", "met als thuishaven", "thuishaven is". A determiner and a base noun may
 * follow ("homeported at Naval Station Rota" is read as the station when the dictionary knows it).
 */
const HOME_BEFORE_PLACE =
  /(?:home[- ]?ported\s+(?:in|at|out\s+of)|home[- ]?port\s+(?:of|in|at|is|was)|home[- ]?port\s*[,:]?|forward[- ]deployed\s+(?:to|in|at)|thuishaven(?:\s+(?:is|was|in|van))?|als\s+thuishaven)\s+(?:(?:the|de|het)\s+)?$/u;

/**
 * "a Norfolk-homeported destroyer", "the Portsmouth-based frigate" (eleventh round): a place
 * joined to the participle, a class of the asset.
 */
const HOMEPORTED_COMPOUND = /-(?:home[- ]?ported|based)\s+((?:[\p{L}-]+\s+){0,4})/gu;

function push(
  ctx: RuleContext,
  view: SentenceView,
  type: "LOCATED_IN" | "ASSIGNED_TO" | "PART_OF",
  source: Arg,
  target: Arg,
  rule: string,
  confidence: number,
): void {
  if (source.mention.key === target.mention.key) return;
  ctx.findings.push({
    type,
    source: source.mention.key,
    target: target.mention.key,
    rule,
    confidence,
    sentence: view.index,
  });
}

/**
 * `home-ports`: a ship or unit and where it is homeported or forward-deployed — "USS Porter,
 * forward-deployed to Rota, Spain", "far from its home port of Naval Base San Diego", "the
 * Norfolk-homeported destroyer USS X", "Zr.Ms. Y, met als thuishaven Den Helder" — is located
 * there (LOCATED_IN). The asset is the nearest one before the cue in the sentence (a possessive
 * "its" refers to it); places only, not states ("forward-deployed to Spain" says no base).
 */
export function homePorts(ctx: RuleContext, mentions: MentionSet): void {
  if (!HOME_CUE.test(ctx.doc.folded)) return;
  homeportedCompounds(ctx, mentions);
  for (const view of ctx.views) {
    if (!HOME_CUE.test(view.folded)) continue;
    for (let i = 0; i < view.args.length; i++) {
      const place = view.args[i]!;
      if (place.mention.type !== "Location") continue;
      const from = place.mention.start - view.start;
      const before = view.folded.slice(Math.max(0, from - 40), from);
      if (HOME_BEFORE_PLACE.test(before)) {
        const cue = from - before.length + before.search(HOME_CUE);
        const asset = view.args.findLast(
          (a) => a.mention.type === "Asset" && a.mention.end - view.start <= cue,
        );
        if (asset) push(ctx, view, "LOCATED_IN", asset, place, "located.home-port", 0.75);
        continue;
      }
      const next = view.args[i + 1];
      if (
        next?.mention.type === "Asset" &&
        HOME_OF_AFTER_PLACE.test(
          view.folded.slice(place.mention.end - view.start, next.mention.start - view.start),
        )
      )
        push(ctx, view, "LOCATED_IN", next, place, "located.home-port", 0.75);
    }
  }
}

/** "the Norfolk-homeported destroyer USS X": the place qualifies the asset after the class. */
function homeportedCompounds(ctx: RuleContext, mentions: MentionSet): void {
  const text = ctx.doc.folded;
  HOMEPORTED_COMPOUND.lastIndex = 0;
  for (let m = HOMEPORTED_COMPOUND.exec(text); m; m = HOMEPORTED_COMPOUND.exec(text)) {
    let place = mentions
      .overlapping(m.index - 1, m.index)
      .find((x) => x.end === m!.index && x.type === "Location");
    if (!place) continue;
    // "the Fort Hood, Texas-based brigade": the town before the comma, not its state.
    const comma = place.start - 2;
    if (text.slice(comma, place.start) === ", ")
      place = mentions.overlapping(comma - 1, comma).find((x) => x.end === comma) ?? place;
    if (place.type !== "Location") continue;
    // The asset right after the participle, or after up to four words of its class.
    let asset: Mention | undefined;
    let at = m.index + m[0].length - m[1]!.length;
    for (const word of `${m[1]}`.split(/\s+/u)) {
      asset = mentions.startingAt(at).find((x) => !x.nested && x.type === "Asset");
      if (asset || !word) break;
      at += word.length + 1;
    }
    if (!asset) continue;
    ctx.findings.push({
      type: "LOCATED_IN",
      source: asset.key,
      target: place.key,
      rule: "located.home-port",
      confidence: 0.75,
      sentence: sentenceIndexAt(ctx.doc, asset.start),
    });
  }
}

/**
 * Between an asset and "on Operation X": a copula, a hedge of time, or a noun of the asset's kind
 * ("HMS X is among the vessels on Operation Y", "HMS X, currently deployed on Operation Y,").
 */
const ON_OPERATION_GAP =
  /^,?\s+(?:(?:is|are|was|were|has|have|been|remains?|remained|currently|now|still|already|also|deployed|serving|operating|among|one|of|the|vessels|ships|warships|units|aircraft|jets|assets|forces|troops)\s+)*on\s+$/u;

/**
 * `on-operation`: British releases put ships and contingents "on Operation X" ("HMS Richmond is
 * among the vessels on Operation Prosperity Guardian", "RAF Typhoons, currently on Operation
 * Shader, …"): the asset serves in the operation (ASSIGNED_TO). Only a named operation right after
 * "on", and only an asset before it with nothing but a copula or its kind between ("reported on
 * Operation X", "a briefing on Operation X" name no asset).
 */
export function onOperation(ctx: RuleContext): void {
  if (!/\bon\s+operation\s/u.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!/\bon\s+operation\s/u.test(view.folded)) continue;
    for (const mission of view.args) {
      if (mission.mention.type !== "Mission" || mission.prep !== "on") continue;
      if (!/^operation\s/u.test(view.folded.slice(mission.mention.start - view.start))) continue;
      const asset = view.args.findLast(
        (a) =>
          a.mention.type === "Asset" &&
          a.mention.end <= mission.mention.start &&
          ON_OPERATION_GAP.test(
            view.folded.slice(a.mention.end - view.start, mission.mention.start - view.start),
          ),
      );
      if (asset) push(ctx, view, "ASSIGNED_TO", asset, mission, "assigned.on-operation", 0.75);
    }
  }
}

/** A component's noun after a possessive: "the Navy's largest destroyer squadron". */
const COMPONENT_AFTER_POSSESSIVE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,4}?(?:force|forces|fleet|squadron|group|command|component|unit|brigade|division|battalion|regiment|wing|flotilla|headquarters|formation|desron|task force|strike group)(?![\p{L}])/u;

/** Between the unit and the possessor: the apposition's comma, or its first member and "and the". */
const APPOSITION_TO_POSSESSOR =
  /^,\s+(?:the\s+)?(?:[\p{L}\d'’ -]{1,60}?\s(?:and|as well as)\s+(?:the\s+)?)?$/u;

/**
 * `component-appositions`: "Destroyer Squadron 15, the U.S. 7th Fleet's principal surface force",
 * "Task Force 61, the fleet's amphibious force and … , the 6th Fleet's …": a unit described in
 * apposition as another organisation's force, squadron, group or component is PART_OF it. The
 * possessor must be an organisation named right in the apposition; a state's possession ("the
 * country's largest brigade") names no organisation and is left to the other rules.
 */
export function componentAppositions(ctx: RuleContext): void {
  if (!/['’]s\s/u.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!/,\s/u.test(view.folded) || !/['’]s\s/u.test(view.folded)) continue;
    for (let i = 1; i < view.args.length; i++) {
      const owner = view.args[i]!;
      if (owner.mention.type !== "Organisation") continue;
      const tail = view.folded.slice(
        owner.mention.end - view.start,
        owner.mention.end - view.start + 80,
      );
      if (!COMPONENT_AFTER_POSSESSIVE.test(tail)) continue;
      for (let j = i - 1; j >= 0; j--) {
        const unit = view.args[j]!;
        const gap = view.folded.slice(
          unit.mention.end - view.start,
          owner.mention.start - view.start,
        );
        if (unit.mention.type !== "Organisation" && unit.mention.type !== "Asset") continue;
        if (APPOSITION_TO_POSSESSOR.test(gap))
          push(ctx, view, "PART_OF", unit, owner, "part-of.component-apposition", 0.7);
        break;
      }
    }
  }
}

const AIR_CUE = /\bover\s|\bboven\s|skies|\bsky\b|airspace|luchtruim/u;

/** "the airspace of Estonia", "het luchtruim boven Oost-Europa", "the skies over Romania". */
const AIRSPACE_OF =
  /(?:airspace|skies|sky|luchtruim)\s+(?:of|over|above|van|boven)\s+(?:(?:the|de|het)\s+)?$/u;

/** "Polish skies", "the Black Sea skies", "het Poolse luchtruim": the area named before the noun. */
const AIRSPACE_AFTER = /^[\s-]+(?:skies|sky|airspace|luchtruim)(?![\p{L}])/u;

/** A verb of guarding or flying before "Polish skies" ("bedreigde het Chinese luchtruim" is not). */
const GUARDING_BEFORE =
  /(?:patrol|patrols|patrolled|patrolling|police|polices|policed|policing|guard|guards|guarded|guarding|protect|protects|protected|protecting|defend|defends|defended|defending|fly|flies|flew|flying|in|over|bewaken|bewaakt|bewaakten|beschermen|beschermt|verdedigen|verdedigt|vliegen|vliegt|vlogen|boven)\s+(?:(?:the|de|het)\s+)?$/u;

/**
 * `airspace-areas`: air policing releases say where aircraft fly by the airspace they guard —
 * "Typhoons flew their first sortie over Poland", "to patrol Polish skies", "F-35's bewaken het
 * luchtruim boven Oost-Europa", "patrolling the Black Sea skies": the asset that is the clause's
 * subject (the first asset before the place, governed by no preposition) OPERATES_IN the area.
 * English "over" and Dutch "boven" only ("praten over Irak" is about Iraq); nothing without an
 * asset ("concern over Russia").
 */
export function airspaceAreas(ctx: RuleContext, mentions: MentionSet): void {
  if (!AIR_CUE.test(ctx.doc.folded)) return;
  const over = ctx.doc.language === "nl" ? "boven" : "over";
  for (const view of ctx.views) {
    if (!AIR_CUE.test(view.folded)) continue;
    const places: Arg[] = [];
    for (const a of view.args) {
      if (a.mention.type !== "Location" && a.mention.type !== "Country") continue;
      if (a.mention.via === "adjective") continue;
      const from = a.mention.start - view.start;
      if (
        a.prep === over ||
        AIRSPACE_OF.test(view.folded.slice(Math.max(0, from - 32), from)) ||
        AIRSPACE_AFTER.test(
          view.folded.slice(a.mention.end - view.start, a.mention.end - view.start + 12),
        )
      )
        places.push(a);
    }
    // "Polish skies", "het Poolse luchtruim": an adjective qualifies the noun, so it is no argument.
    for (const m of mentions.overlapping(view.start, view.end)) {
      if (m.via !== "adjective" || m.type !== "Country") continue;
      if (!AIRSPACE_AFTER.test(ctx.doc.folded.slice(m.end, m.end + 12))) continue;
      if (!GUARDING_BEFORE.test(ctx.doc.folded.slice(Math.max(view.start, m.start - 24), m.start)))
        continue;
      places.push({ mention: m, clause: 0, aside: false, group: -1 });
    }
    for (const place of places) {
      const asset = view.args.find(
        (a) =>
          a.mention.type === "Asset" &&
          a.prep === undefined &&
          !a.aside &&
          a.mention.end <= place.mention.start,
      );
      if (!asset) continue;
      ctx.findings.push({
        type: "OPERATES_IN",
        source: asset.mention.key,
        target: place.mention.key,
        rule: "operates.airspace",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

const DEPUTY_CUE = /deputy|vice|plaatsvervangend|adjunct/u;
/** "deputy commander of", "the Vice Chairman of the", "plaatsvervangend commandant van de". */
const DEPUTY_OFFICE =
  /(?:deputy|vice|assistant|plaatsvervangend|plaatsvervangende|adjunct)[\s-]+(?:(?:supreme|allied|chief|force|military|naval|air)\s+)*(?:commander|commanding general|chief|director|chairman|chairwoman|chair|head|secretary general|secretary-general|commandant|directeur|voorzitter|hoofd|bevelhebber|commandant)\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u;
/** The office's holder named before it: "Lt. Gen. X, deputy commander of Y". */
const HOLDER_BEFORE = /^\s*,\s*(?:(?:the|de|het)\s+)?$/u;
/** The holder named after the office and its organisation: "… of Y, Gen. X", "… of Y Navy Adm. X". */
const HOLDER_AFTER = /^\s*,?\s*(?:(?:\p{Lu}[\p{L}]*\.?|[\p{Ll}-]+)\s+){0,4}$/u;

/**
 * `deputy-offices`: a deputy leads nothing (leaders.ts), but holds an office of the organisation:
 * "Lt. Gen. X, deputy commander of Joint Force Command Naples", "General Y, the Deputy Commander
 * of JFC Brunssum", "Vice Chairman of the Joint Chiefs of Staff Navy Adm. Z", "plaatsvervangend
 * commandant van de landmacht generaal W": the person REPRESENTS the organisation (role the office).
 * Only an organisation or mission right after the office, and only its holder in apposition
 * before it or right after it (a rank between).
 */
export function deputyOffices(ctx: RuleContext): void {
  if (!DEPUTY_CUE.test(ctx.doc.folded)) return;
  for (const view of ctx.views) {
    if (!DEPUTY_CUE.test(view.folded)) continue;
    for (let i = 0; i < view.args.length; i++) {
      const body = view.args[i]!;
      if (body.mention.type !== "Organisation" && body.mention.type !== "Mission") continue;
      const from = body.mention.start - view.start;
      const office = DEPUTY_OFFICE.exec(view.folded.slice(Math.max(0, from - 60), from));
      if (!office) continue;
      const officeStart = body.mention.start - office[0].length;
      const before = view.args[i - 1];
      const after = view.args[i + 1];
      let holder: Arg | undefined;
      if (
        before?.mention.type === "Person" &&
        HOLDER_BEFORE.test(
          view.folded.slice(before.mention.end - view.start, officeStart - view.start),
        )
      )
        holder = before;
      else if (
        after?.mention.type === "Person" &&
        HOLDER_AFTER.test(
          view.text.slice(body.mention.end - view.start, after.mention.start - view.start),
        )
      )
        holder = after;
      if (!holder) continue;
      const role = office[0].replace(/\s+(?:of|van)\s+(?:(?:the|de|het)\s+)?$/u, "").trim();
      ctx.findings.push({
        type: "REPRESENTS",
        source: holder.mention.key,
        target: body.mention.key,
        rule: "represents.deputy-office",
        confidence: 0.7,
        sentence: view.index,
        properties: { role },
      });
    }
  }
}

/** Kinds of organisation a serviceman belongs to: a state's forces, services, commands, units. */
const FORCE_KINDS = new Set(["armed-forces", "unit", "command", "fleet", "force"]);
/** "X from the Polish Armed Forces", "Gen. Y of the French Air and Space Force", "Z van de Koninklijke Marine". */
const MEMBER_OF_FORCE = /^\s*,?\s+(?:from|of|van|uit)\s+(?:(?:the|de|het)\s+)?$/u;
/** A rank or military title right before the person: the text says who serves. */
const RANK_BEFORE =
  /(?:^|[\s(])(?:gen|general|generaal|lt|lieutenant|luitenant|col|colonel|kolonel|maj|major|majoor|brig|brigadier|capt|captain|kapitein|cmdr|cdr|commander|adm|admiral|admiraal|sgt|sergeant|cpl|corporal|korporaal|pvt|private|soldaat|commodore|commandeur|marshal|airman|sailor|seaman|marinier|luitenant-generaal|generaal-majoor|brigadegeneraal|luitenant-kolonel|kapitein-luitenant|sergeant-majoor|adjudant|ltz|kltz|vlieger|officer|officier)[.\s-]+(?:[\p{L}.-]+\s+){0,3}$/u;

/**
 * `force-members`: a serviceman named with the force he serves in — "2nd Lt. X from the Polish
 * Armed Forces said", "General Y of the French Air and Space Force took over", "sergeant Z van de
 * Koninklijke Marine" — is MEMBER_OF that force. Only a person introduced by a rank, and only a
 * state's armed forces, service, command or unit right after "from"/"of"/"van" ("X of NATO", a
 * ministry or an alliance are not forces one serves in).
 */
export function forceMembers(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const person = view.args[i]!;
      if (person.mention.type !== "Person") continue;
      const force = view.args[i + 1]!;
      if (force.mention.type !== "Organisation") continue;
      const kind =
        registry.get(force.mention.key)?.kb?.kind ??
        registry.get(force.mention.key)?.properties.kind;
      if (typeof kind !== "string" || !FORCE_KINDS.has(kind)) continue;
      const gap = view.folded.slice(
        person.mention.end - view.start,
        force.mention.start - view.start,
      );
      if (!MEMBER_OF_FORCE.test(gap)) continue;
      const from = person.mention.start - view.start;
      if (!RANK_BEFORE.test(view.folded.slice(Math.max(0, from - 40), from))) continue;
      ctx.findings.push({
        type: "MEMBER_OF",
        source: person.mention.key,
        target: force.mention.key,
        rule: "member.force",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}
