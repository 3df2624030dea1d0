import type { Properties } from "../../../domain/article.ts";
import type { KbCountry, KbPerson } from "../../../kb/types.ts";
import type { AssetMention } from "../assets.ts";
import { PROVIDE_VERBS } from "../assets.ts";
import { foldKey } from "../fold.ts";
import type { Gazetteer } from "../gazetteer.ts";
import {
  AREA_KINDS,
  alternation,
  NEXT_PHRASE_WORDS,
  OFFICES_OF_STATE,
  OFFICIALS_NOUNS,
} from "../lexicon.ts";
import type { MentionSet } from "../mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding, Mention } from "../model.ts";
import { kindOf, sentenceIndexAt } from "../model.ts";
import type { TitledPerson } from "../people.ts";
import type { Arg, RuleContext, SentenceView } from "./engine.ts";
import { pluralParties, previousSubject } from "./engine.ts";
import { rolesInOrder } from "./office-roles.ts";
import { WAR_VICTIMS } from "./stances.ts";

/**
 * The mission an article is about: one named in its title, else the one named most often (at
 * least twice). Sentences that contribute without saying to what ("Nederland levert 2
 * adviseurs") contribute to it.
 */
export function topicMission(doc: Doc, mentions: readonly Mention[]): string | undefined {
  const missions = mentions.filter((m) => m.type === "Mission");
  const inTitle = missions.filter((m) => m.end <= doc.titleEnd);
  if (new Set(inTitle.map((m) => m.key)).size === 1) return inTitle[0]!.key;
  const counts = new Map<string, number>();
  for (const m of missions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[1][1] < ranked[0][1]))
    return ranked[0][0];
  return undefined;
}

// The determiner may be a demonstrative and the noun may carry who leads it: "binnen deze door
// Frankrijk geleide missie", "within this French-led mission".
const BENEFICIARY =
  /(?<![\p{L}])(?:aan|voor|tegen|to|for|against|(?:to\s+)?(?:serve|serving|serves)\s+(?:with|in)|in support of|ter ondersteuning van|as part of|als onderdeel van|als deel van|in het kader van|under|onder|within|binnen)\s+(?:(?:de|het|the|an?|een|deze|dit|this|that)\s+)?(?:door\s+(?:de\s+)?\p{L}+(?:\s+\p{L}+)?\s+geleide\s+|[\p{L}-]+-(?:geleide|led)\s+)?(?:(?:nieuwe|new|internationale|international)\s+)?(?:[\p{L}-]*(?:missie|mission|operatie|operation)\s+)?$/u;

/**
 * Assets sent to a mission: ASSIGNED_TO the mission named as beneficiary in their sentence, else,
 * when the sentence names no beneficiary at all, to the article's topic mission; their owner then
 * PARTICIPATES_IN it.
 */
export function assignAssets(ctx: RuleContext, assets: readonly AssetMention[]): void {
  unitsSentToExercise(ctx);
  // A named ship referred to again ("het Nederlandse fregat", "the ship") in a sentence that names
  // the mission it serves in serves in that mission too.
  const byKey = new Map<string, AssetMention>();
  for (const asset of assets) if (!byKey.has(asset.record.key)) byKey.set(asset.record.key, asset);
  const listed = new Set(assets.map((a) => a.mention));
  for (const view of ctx.views) {
    for (const arg of view.args) {
      const m = arg.mention;
      if (m.type !== "Asset" || m.via !== "anaphor" || listed.has(m) || arg.aside) continue;
      const asset = byKey.get(m.key);
      const mission = asset && explicitMission(view, ctx);
      if (!asset || !mission) continue;
      for (const type of ["ASSIGNED_TO", "PARTICIPATES_IN"] as const)
        ctx.findings.push({
          type,
          source: type === "ASSIGNED_TO" ? m.key : asset.owner.key,
          target: mission,
          rule: "asset.assigned-reference",
          confidence: 0.7,
          sentence: view.index,
        });
    }
  }
  for (const asset of assets) {
    const index = sentenceIndexAt(ctx.doc, asset.mention.start);
    const view = ctx.views[index];
    if (!view) continue;
    const explicit = explicitMission(view, ctx);
    const beneficiaries = view.args.filter(
      (a) =>
        a.mention.type !== "Asset" &&
        BENEFICIARY.test(
          view.folded.slice(
            Math.max(0, a.mention.start - view.start - 48),
            a.mention.start - view.start,
          ),
        ),
    );
    let mission: string | undefined;
    let rule = "asset.assigned";
    let confidence = 0.75;
    if (explicit) mission = explicit;
    else if (
      beneficiaries.length === 0 &&
      ctx.topicMission &&
      PROVIDE_VERBS.test(view.folded) &&
      asset.ownerBy !== "article" &&
      asset.ownerBy !== "buyer" &&
      topicInScope(ctx, ctx.topicMission, index)
    ) {
      mission = ctx.topicMission;
      rule = "asset.topic-mission";
      confidence = 0.6;
    }
    if (!mission) {
      // An exercise article ("Nordic Response 2024: Allies train in the High North"): a state
      // sending forces, with no mission or beneficiary named, takes part in the exercise.
      // (Sent to a place is sent to where the exercise is; sent to support someone is not.)
      const exercise = beneficiaries.every(
        (a) => a.mention.type === "Country" || a.mention.type === "Location",
      )
        ? titleEvent(ctx)
        : undefined;
      if (
        exercise &&
        !SENT_FOR_AN_AIM.test(view.folded) &&
        PROVIDE_VERBS.test(view.folded) &&
        asset.ownerBy !== "article" &&
        asset.ownerBy !== "buyer" &&
        !view.args.some((a) => a.mention.type === "Event" && a.mention.key !== exercise)
      )
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: asset.owner.key,
          target: exercise,
          rule: "asset.topic-exercise",
          confidence: 0.55,
          sentence: index,
        });
      continue;
    }
    ctx.findings.push({
      type: "ASSIGNED_TO",
      source: asset.record.key,
      target: mission,
      rule,
      confidence,
      sentence: index,
    });
    ctx.findings.push({
      type: "PARTICIPATES_IN",
      source: asset.owner.key,
      target: mission,
      rule,
      confidence,
      sentence: index,
    });
  }
}

/**
 * "Zweden en Finland sturen ook eenheden": states sending forces named by a noun no asset kind
 * lists (an exercise article's participants).
 */
const SENDS_UNITS =
  /(?<![\p{L}])(?:stuurt|sturen|stuurde|stuurden|zendt|zenden|zond|zonden|leveren|levert|leverde|leverden|send|sends|sent)\s+(?:(?:ook|eveneens|daarnaast|also)\s+)?(?:eenheden|units|contingenten|contingents)(?![\p{L}])/u;

/**
 * In an article about one exercise (the headline's), states that send units with no other
 * beneficiary take part in it, like the owners of the assets sent (`asset.topic-exercise`).
 */
function unitsSentToExercise(ctx: RuleContext): void {
  const exercise = titleEvent(ctx);
  if (!exercise) return;
  for (const view of ctx.views) {
    const sends = SENDS_UNITS.exec(view.folded);
    if (!sends || SENT_FOR_AN_AIM.test(view.folded)) continue;
    if (view.args.some((a) => a.mention.type === "Event" && a.mention.key !== exercise)) continue;
    const verb = view.start + sends.index;
    for (const a of view.args) {
      if (a.mention.type !== "Country" || a.prep || a.aside || a.mention.end > verb) continue;
      if (a.mention.via === "adjective") continue;
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: a.mention.key,
        target: exercise,
        rule: "participates.units-to-exercise",
        confidence: 0.55,
        sentence: view.index,
      });
    }
  }
}

const SENT_FOR_AN_AIM =
  /(?<![\p{L}])(?:to|om)\s+(?:support|help|assist|aid|reinforce|protect|defend|steunen|helpen|ondersteunen|versterken|beschermen|verdedigen)(?![\p{L}])/u;

/** The one event the headline names, in an article about no mission. */
function titleEvent(ctx: RuleContext): string | undefined {
  if (ctx.topicMission) return undefined;
  const keys = new Set<string>();
  for (const view of ctx.views) {
    if (view.start >= ctx.doc.titleEnd) break;
    for (const a of view.args) if (a.mention.type === "Event") keys.add(a.mention.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * The mission a sentence names as what its assets serve in ("in NMI", "als onderdeel van de
 * NAVO-missie"), or refers to by a bare noun after such a preposition ("binnen deze door Frankrijk
 * geleide missie", "within the mission"): then the mission named last in this or the previous
 * sentence.
 */
function explicitMission(view: SentenceView, ctx?: RuleContext): string | undefined {
  const named = namedMission(view);
  if (named || !ctx) return named;
  const described = DESCRIBED_MISSION.exec(view.folded);
  if (!described) return undefined;
  const at = view.start + described.index;
  for (let i = view.index; i >= Math.max(0, view.index - 1); i--) {
    const missions = ctx.views[i]!.args.filter(
      (a) => a.mention.type === "Mission" && a.mention.end <= at,
    );
    const last = missions[missions.length - 1];
    if (last) return last.mention.key;
  }
  return undefined;
}

const DESCRIBED_MISSION = new RegExp(
  `${BENEFICIARY.source.slice(0, -1)}(?:missie|mission|operatie|operation)(?![\\p{L}-])`,
  "u",
);

function namedMission(view: SentenceView): string | undefined {
  return view.args.find(
    (a) =>
      a.mention.type === "Mission" &&
      !a.aside &&
      (BENEFICIARY.test(
        view.folded.slice(
          Math.max(0, a.mention.start - view.start - 48),
          a.mention.start - view.start,
        ),
      ) ||
        a.prep === "in"),
  )?.mention.key;
}

const CONTINUES =
  /^\s*(?:zij|ze|deze|die|they|these|those|the (?:troops|soldiers|aircraft|ships|units))(?![\p{L}])/u;

/**
 * The topic mission covers a sentence that contributes without a beneficiary only once the
 * article has named it (title or an earlier sentence), or when the next sentence continues about
 * the same contingent ("Zij gaan deel uitmaken van de NAVO-missie"). A mission first named later
 * about another contributor does not reach back.
 */
function topicInScope(ctx: RuleContext, mission: string, index: number): boolean {
  for (const view of ctx.views) {
    if (view.index > index + 1) break;
    if (!view.args.some((a) => a.mention.key === mission)) continue;
    if (view.index <= index || CONTINUES.test(view.folded)) return true;
  }
  return false;
}

const TRANSFER =
  /(?<![\p{L}])(?:lever(?:t|en|de|den)|geleverd|schenk(?:t|en)|schonk(?:en)?|geschonken|doneer(?:t|de|den)|doneren|gedoneerd|deliver(?:s|ed|ing|y|ies)?|levering(?:en)?|donat(?:es|ed|e|ing|ions?)|suppl(?:ies|ied|y|ying)|gives?|gave|given|transfer(?:s|red|ring)?|provid(?:es|ed|e|ing)|send(?:s|ing)?|sent|pledg(?:es|ed|e|ing)|promis(?:es|ed|e|ing)|belo(?:ofd|oft|ven|ofde|ofden)|toegezegd|verstrek(?:t|ken|te|ten)|overgedragen|overdr(?:aagt|agen|oeg|oegen)|hand(?:s|ed|ing)? over|lends?|lent|loan(?:s|ed)?|uitgeleend)(?![\p{L}])/u;
const DEPLOYED_CATEGORIES = new Set(["SHIP", "SUBMARINE", "UNIT", "PERSONNEL"]);
/** Platforms a state sends with their crews: sent to an ally, they are deployed there. */
const FLOWN_CATEGORIES = new Set(["AIRCRAFT", "HELICOPTER", "AIR_DEFENCE", "DRONE"]);
const SENT = /(?<![\p{L}])(?:send(?:s|ing)?|sent)(?![\p{L}])/gu;
const HANDED_OVER =
  /(?<![\p{L}])(?:schenk(?:t|en)|schonk(?:en)?|geschonken|doneer(?:t|de|den)|doneren|gedoneerd|donat(?:es|ed|e|ing)|transfer(?:s|red|ring)?|verkoopt|verkocht|sells?|sold|overgedragen|overdr(?:aagt|agen|oeg|oegen)|lends?|lent|loan(?:s|ed)?|uitgeleend)(?![\p{L}])/u;
const RECIPIENT = /(?<![\p{L}])(?:aan|to)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * Equipment handed to a country ("levert 24 F-16's aan Oekraïne", "provided Patriot systems to
 * Ukraine") is support for that country: owner SUPPORTS recipient. Deployment ("stuurt naar",
 * "deployed to") is not a transfer and is read by the location rules instead.
 */
export function transfers(
  ctx: RuleContext,
  assets: readonly AssetMention[],
  registry: EntityRegistry,
): void {
  for (const asset of assets) {
    const index = sentenceIndexAt(ctx.doc, asset.mention.start);
    const view = ctx.views[index];
    if (!view || !TRANSFER.test(view.folded)) continue;
    // "Two Belgian F-16s have been sent to Romania", "Spain will send eight Eurofighters to
    // Estonia": aircraft and air defence sent (not delivered) to an ally fly or stand there with
    // their crews; only a state at war receives them ("sent F-16s to Ukraine").
    const sentOnly = () =>
      FLOWN_CATEGORIES.has(String(asset.record.properties.category)) &&
      !HANDED_OVER.test(view.folded) &&
      !TRANSFER.test(view.folded.replace(SENT, " "));
    // Ships, units and people sent somewhere are deployed there, not handed over.
    if (
      DEPLOYED_CATEGORIES.has(String(asset.record.properties.category)) &&
      !HANDED_OVER.test(view.folded)
    )
      continue;
    if (
      /(?<![\p{L}])(?:deploy|stationed|stuurt naar|sturen naar|naar)(?![\p{L}])/u.test(view.folded)
    )
      continue;
    const recipient = view.args.find(
      (a) =>
        a.mention.start >= asset.mention.end &&
        a.mention.type === "Country" &&
        a.mention.key !== asset.owner.key &&
        RECIPIENT.test(view.folded.slice(0, a.mention.start - view.start)) &&
        // "to the French-led Operation Barkhane": the operation receives, not its leader.
        !/^-led\s/u.test(view.folded.slice(a.mention.end - view.start)),
    );
    if (!recipient) continue;
    for (const r of view.args.filter(
      (a) => a.group === recipient.group && a.mention.type === "Country",
    )) {
      if (
        sentOnly() &&
        !WAR_VICTIMS.has((registry.get(r.mention.key)?.kb as KbCountry | undefined)?.iso2 ?? "")
      )
        continue;
      ctx.findings.push({
        type: "SUPPORTS",
        source: asset.owner.key,
        target: r.mention.key,
        rule: "supports.transfer",
        confidence: 0.7,
        sentence: index,
        properties: { kind: "delivery" },
      });
    }
  }
}

const IMPERSONAL =
  /(?<![\p{L}])(?:er wordt gewerkt|er wordt getraind|er wordt opgeleid|er worden .{0,40}? opgeleid|er wordt .{0,30}? getraind|work is carried out|training takes place|training is conducted|training is provided)(?![\p{L}])/u;

/** "Er wordt gewerkt … in Basmaya en Taji": the topic mission works there. */
export function impersonalOperations(ctx: RuleContext): void {
  if (!ctx.topicMission) return;
  for (const view of ctx.views) {
    if (!IMPERSONAL.test(view.folded)) continue;
    for (const arg of view.args) {
      if (
        (arg.mention.type === "Location" || arg.mention.type === "Country") &&
        (arg.prep === "in" || arg.prep === "op" || arg.prep === "at")
      ) {
        ctx.findings.push({
          type: "OPERATES_IN",
          source: ctx.topicMission,
          target: arg.mention.key,
          rule: "operates.impersonal-topic",
          confidence: 0.55,
          sentence: view.index,
        });
      }
    }
  }
}

const PAIR_RELATIONSHIP = /^-(?:\s*)$/u;
const RELATIONSHIP_NOUN =
  /^\s*(?:(?:defen[cs]e|defensie|security|veiligheids|military|militaire|bilateral|bilaterale|strategic|strategische|economic)\s*-?\s*)?(?:relationship|relations|relation|partnership|cooperation|co-operation|alliance|ties|betrekkingen|relatie|samenwerking|partnerschap|banden)(?![\p{L}])/u;

const RELATIONSHIP_BETWEEN =
  /(?:relationship|relations|relation|partnership|cooperation|co-operation|alliance|ties|betrekkingen|relatie|samenwerking|partnerschap|banden|bondgenootschap|agreed|signed|concluded|agreements?|treaty|pact|accord|memorandum|exercises?|overeenkomsten?|verdrag|akkoord|afspraken|afgesproken|overeengekomen|gesloten|ondertekend|oefeningen?)\s+(?:tussen|between)\s+(?:(?:de|het|the)\s+)?$/u;
const PAIR_AND = /^\s*(?:en|and)\s+(?:(?:de|het|the)\s+)?$/u;
const PAIR_ACTOR = new Set(["Country", "Organisation"]);

/**
 * "the U.S.-Canada defense relationship", "de Nederlands-Belgische samenwerking", "de
 * samenwerking tussen Nederland en Polen", "the alliance between the United States and Australia".
 */
const LED_AFTER = /^-(?:led|geleide?)(?![\p{L}])/u;
const LED_BEFORE = /^-(?:led|geleide?)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

export function pairRelationships(ctx: RuleContext): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const a = view.args[i]!;
      const b = view.args[i + 1]!;
      // "between the Iraqi Security Forces and the US-led Global Coalition": the leader before
      // "-led" qualifies the partner named after it (fourteenth round).
      const led = view.args[i + 2];
      const partner =
        led &&
        PAIR_ACTOR.has(led.mention.type) &&
        LED_BEFORE.test(
          view.folded.slice(b.mention.end - view.start, led.mention.start - view.start),
        )
          ? led
          : b;
      if (
        PAIR_ACTOR.has(a.mention.type) &&
        PAIR_ACTOR.has(partner.mention.type) &&
        a.mention.key !== partner.mention.key &&
        PAIR_AND.test(view.folded.slice(a.mention.end - view.start, b.mention.start - view.start))
      ) {
        const noun = RELATIONSHIP_BETWEEN.exec(view.folded.slice(0, a.mention.start - view.start));
        if (noun) {
          ctx.findings.push({
            type: "COOPERATES_WITH",
            source: a.mention.key,
            target: partner.mention.key,
            rule: "cooperates.between",
            confidence: 0.75,
            sentence: view.index,
            properties: { kind: "cooperation" },
          });
        }
      }
      if (a.mention.type !== "Country" || b.mention.type !== "Country") continue;
      if (
        !PAIR_RELATIONSHIP.test(
          view.folded.slice(a.mention.end - view.start, b.mention.start - view.start),
        )
      )
        continue;
      const rest = view.folded.slice(b.mention.end - view.start);
      const noun = RELATIONSHIP_NOUN.exec(rest);
      if (!noun) continue;
      ctx.findings.push({
        type: "COOPERATES_WITH",
        source: a.mention.key,
        target: b.mention.key,
        rule: "cooperates.pair",
        confidence: 0.8,
        sentence: view.index,
        properties: { kind: noun[0].trim() },
      });
    }
  }
}

const HQ_OF =
  /(?:hoofdkwartier|hoofdkantoor|headquarters|hq|zetel|seat)\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u;
// The copula may be left out: "10 stafofficieren voor het hoofdkwartier van de missie in Sarajevo".
const HQ_IS_IN =
  /^\s+(?:(?:is|was|are|were|stond|staat|ligt|lag|zit|zat|bevindt zich|bevond zich)\s+(?:(?:gevestigd|located|based)\s+)?)?(?:in|te)\s+(?:(?:de|het|the)\s+)?$/u;
const HQ_ITS_IN =
  /(?:^|[\s,;])(?:its|their|zijn|haar|hun)\s+(?:headquarters|hq|hoofdkwartier|hoofdkantoor)\s+(?:is|was|are|were|stond|staat|ligt|lag|zit|zat)\s+(?:(?:gevestigd|located|based)\s+)?(?:in|te)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * "Het hoofdkwartier van de missie stond in Bamako", "the headquarters of the operation is in
 * Rome"; and "Its headquarters is in Rome" right after a sentence whose subject is the mission.
 */
export function headquartersStatements(ctx: RuleContext): void {
  for (const view of ctx.views) {
    for (let i = 0; i < view.args.length; i++) {
      const place = view.args[i]!;
      if (place.mention.type !== "Location" || place.aside) continue;
      const before = view.folded.slice(0, place.mention.start - view.start);
      let holder: string | undefined;
      const previous = view.args[i - 1];
      if (
        previous &&
        (previous.mention.type === "Mission" || previous.mention.type === "Organisation") &&
        HQ_OF.test(view.folded.slice(0, previous.mention.start - view.start)) &&
        HQ_IS_IN.test(
          view.folded.slice(previous.mention.end - view.start, place.mention.start - view.start),
        )
      ) {
        holder = previous.mention.key;
      } else if (i === 0 && HQ_ITS_IN.test(before)) {
        const subject = previousSubject(ctx, view.index, ["Mission", "Organisation"])[0];
        holder = subject?.mention.key;
      }
      if (!holder) continue;
      ctx.findings.push({
        type: "HEADQUARTERED_IN",
        source: holder,
        target: place.mention.key,
        rule: "headquartered.of",
        confidence: 0.75,
        sentence: view.index,
      });
    }
  }
}

/**
 * REPRESENTS from titles: an office holder with a nationality before the title ("De Canadese
 * minister Harjit Saijan", "U.S. Defense Secretary …") or in an apposition after the name; or,
 * with an office title but no nationality, the country of the office the knowledge base records,
 * when the article names that country.
 */
export function representation(
  ctx: RuleContext,
  registry: EntityRegistry,
  titled: readonly TitledPerson[],
  mentions: MentionSet,
  publishedAt?: string,
  home?: EntityRecord,
): void {
  const doc = ctx.doc;
  // Nothing here adds mentions: the keys named by an outer mention are collected once.
  let outerKeys: Set<string> | undefined;
  const outer = () => {
    outerKeys ??= new Set(mentions.filter((m) => !m.nested).map((m) => m.key));
    return outerKeys;
  };
  for (const t of titled) {
    if (
      !t.office &&
      !/woordvoerder|spokes|press secretary|persvoorlichter|secretaris-generaal|secretary.general|commandant|commander|representative|envoy/iu.test(
        t.title,
      )
    )
      continue;
    const index = sentenceIndexAt(doc, t.mention.start);
    // Only a name that ends one or two characters before the title can qualify it (below).
    const before = mentions
      .overlapping(t.titleStart - 4, t.titleStart)
      .filter(
        (m) =>
          (m.type === "Country" || m.type === "Organisation") && m.end <= t.titleStart && !m.nested,
      )
      .sort((a, b) => b.end - a.end)[0];
    let represented: string | undefined;
    let rule = "represents.title";
    if (
      before &&
      // "Canadian Minister X", "U.S.-Minister", "Norway's Chief of Defence X".
      // (Not across a line break: a headline ending in a state is no nationality of the title
      // that opens the next paragraph.)
      /^(?:[ \t\u00a0]{1,2}|-|['’]s?\s)$/u.test(doc.text.slice(before.end, t.titleStart)) &&
      (before.type === "Country" || !t.office)
    ) {
      represented = before.key;
    }
    if (!represented && !t.office) {
      // "woordvoerder van de NAVO", "spokesman for NATO".
      const after = mentions
        .overlapping(t.titleStart + 1, t.mention.start)
        .find(
          (m) =>
            m.type === "Organisation" &&
            m.start > t.titleStart &&
            m.start < t.mention.start &&
            !m.nested,
        );
      if (
        after &&
        /(?:van|of|for)\s+(?:de\s+|the\s+)?$/u.test(doc.folded.slice(t.titleStart, after.start))
      )
        represented = after.key;
    }
    if (!represented) {
      // Apposition: "Harjit Sajjan, de Canadese minister van Defensie,".
      const rest = doc.folded.slice(t.mention.end, t.mention.end + 80);
      const appos = /^,\s+(?:de|het|the)?\s*/u.exec(rest);
      if (appos) {
        const adjective = mentions
          .startingAt(t.mention.end + appos[0].length)
          .find((m) => m.type === "Country");
        // "X, Japanese Minister of Defense Y": a nationality that opens the next holder's title
        // is that holder's, not an apposition to X.
        const nextTitle =
          adjective &&
          titled.some(
            (o) => o !== t && o.titleStart >= adjective.end && o.titleStart <= adjective.end + 2,
          );
        if (adjective && !nextTitle) {
          represented = adjective.key;
          rule = "represents.apposition";
        }
      }
    }
    if (!represented && t.office && !t.counterpart) {
      // "Defense Minister X, Interior Minister Y and other senior Afghan government leadership".
      const list = OTHER_OFFICIALS.exec(doc.text.slice(t.mention.end, t.mention.end + 200));
      if (list) {
        const nationality = mentions
          .startingAt(t.mention.end + list[0].length)
          .find((m) => m.type === "Country" && m.via === "adjective");
        if (
          nationality &&
          OFFICIALS_AFTER.test(doc.folded.slice(nationality.end, nationality.end + 40))
        ) {
          represented = nationality.key;
          rule = "represents.other-officials";
        }
      }
    }
    if (!represented && !t.counterpart) {
      const person = registry.get(t.mention.key)?.kb as KbPerson | undefined;
      for (const role of rolesInOrder(person?.roles ?? [], publishedAt, t.title)) {
        const wanted = foldKey(role.of);
        const of = [...registry.records.values()].find(
          (r) =>
            (r.type === "Country" || r.type === "Organisation") &&
            foldKey(r.name) === wanted &&
            outer().has(r.key),
        );
        if (of) {
          represented = of.key;
          rule = "represents.kb-role";
          break;
        }
      }
    }
    if (!represented && t.office && !t.counterpart) {
      // "Celeste Wallander, assistant secretary of defense": an office only one state has
      // (after what the knowledge base says of a known person).
      const iso = OFFICES_OF_STATE[foldKey(t.title)];
      const state = iso
        ? [...registry.records.values()].find(
            (r) =>
              r.type === "Country" &&
              (r.kb as KbCountry | undefined)?.iso2 === iso &&
              outer().has(r.key),
          )
        : undefined;
      if (state) {
        represented = state.key;
        rule = "represents.office-of-state";
      }
    }
    if (!represented && t.office && !t.counterpart && home) {
      // "Minister Ruben Brekelmans", "de minister van Justitie X", "Premier Rutte" in a Dutch
      // article: Dutch news gives a foreign office holder a nationality ("de Litouwse
      // minister"), so a government office without one is the publisher's state's.
      if (HOME_GOVERNMENT_OFFICE.test(foldKey(t.title))) {
        represented = home.key;
        rule = "represents.home-office";
      }
    }
    if (!represented) continue;
    const finding: Finding = {
      type: "REPRESENTS",
      source: t.mention.key,
      target: represented,
      rule,
      confidence: rule === "represents.kb-role" ? 0.65 : 0.85,
      sentence: index,
    };
    if (!t.counterpart && t.office) finding.properties = { role: roleName(t.title) };
    ctx.findings.push(finding);
  }
}

/**
 * The government offices a Dutch article gives its own state's holders without a nationality:
 * ministers (of anything), the prime minister, state secretaries.
 */
const HOME_GOVERNMENT_OFFICE =
  /^(?:minister|premier|minister-president|staatssecretaris|bewindspersoon)(?:\s+(?:van|voor)\s+[\p{L} -]+)?$/u;

/**
 * The rest of a list of office holders up to "and other [senior]" before a nationality: more
 * holders (capitalised titles and names) joined by commas.
 */
const OTHER_OFFICIALS =
  /^(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,7})*,?\s+(?:and|en)\s+(?:other|andere)\s+(?:(?:senior|high-ranking|top|hoge|hooggeplaatste)\s+)?/u;
const OFFICIALS_AFTER = new RegExp(`^\\s+(?:${alternation(OFFICIALS_NOUNS)})(?![\\p{L}])`, "u");

function roleName(title: string): string {
  return title.replace(/\s+/g, " ").trim();
}

/**
 * Facts the knowledge base holds between two entities the article names: a place lies in its
 * country, a mission is led by its organisation and operates in its country, a body is part of
 * another. Evidence is the first sentence naming the dependent entity.
 */
export function knowledgeFacts(
  ctx: RuleContext,
  gazetteer: Gazetteer,
  registry: EntityRegistry,
  mentions: readonly Mention[],
  home?: string,
): void {
  const named = new Map<string, Mention>();
  // (`map`, not a spread: a MentionSet answers it without Array's subclass slow path.)
  for (const m of mentions.map((x) => x).sort((a, b) => a.start - b.start))
    if (!named.has(m.key)) named.set(m.key, m);
  const byIso = new Map<string, string>();
  for (const key of named.keys()) {
    const record = registry.get(key)!;
    if (record.type === "Country" && record.kb) byIso.set((record.kb as KbCountry).iso2, key);
  }
  // A name in the knowledge base's fields ("ledBy": "NATO") is looked up like any alias.
  const namedKeyOf = (name: string): string | undefined => {
    for (const candidate of gazetteer.lookup(name)) {
      if (candidate.ref.kind !== "entity") continue;
      const key = registry.keyOfKb(candidate.ref.entity);
      if (named.has(key)) return key;
    }
    return undefined;
  };
  let argSentences: ReturnType<typeof sentencesOfArgs> | undefined;
  for (const [key, mention] of named) {
    const record = registry.get(key)!;
    const kb = record.kb;
    if (!kb) continue;
    const sentence = sentenceIndexAt(ctx.doc, mention.start);
    const push = (type: Finding["type"], source: string, target: string, rule: string) => {
      if (source !== target)
        ctx.findings.push({ type, source, target, rule, confidence: 0.6, sentence });
    };
    // A mission's area is left to the text: the knowledge base's area is often wider than stated.
    // ... not for the publisher's own country: a Dutch article's Den Helder or a Pentagon
    // release's Fort Bragg is home ground the text does not place (`homeState`).
    if (kb.country && record.type === "Location" && kb.country !== home) {
      const country = byIso.get(kb.country);
      if (country) push("LOCATED_IN", key, country, "kb.location-country");
    }
    // ... except where the mission's own name states it: "EU Training Mission in Mali",
    // "European-led Maritime Awareness in the Strait of Hormuz".
    if (record.type === "Mission") {
      const area =
        areaInName(record.name, namedKeyOf, registry) ??
        areaInName(ctx.doc.text.slice(mention.start, mention.end), namedKeyOf, registry);
      if (area) push("OPERATES_IN", key, area, "kb.mission-area-in-name");
      // ... or where a sentence names the mission together with a state of its area in the
      // knowledge base (MINUSMA: Mali; Operation Shader: Iraq and Syria), outside its name.
      else if (kb.operatesIn?.length) {
        argSentences ??= sentencesOfArgs(ctx.views);
        const own = argSentences.any.get(key);
        for (const name of own ? kb.operatesIn : []) {
          const state = namedKeyOf(name);
          if (!state || registry.get(state)?.type !== "Country") continue;
          const theirs = argSentences.outer.get(state);
          const together = theirs && own!.find((index) => theirs.has(index));
          if (together !== undefined)
            ctx.findings.push({
              type: "OPERATES_IN",
              source: key,
              target: state,
              rule: "kb.mission-area",
              confidence: 0.6,
              sentence: together,
            });
        }
      }
    }
    if (kb.ledBy && record.type === "Mission") {
      const leader = namedKeyOf(kb.ledBy);
      if (leader) push("LEADS", leader, key, "kb.mission-leader");
    }
    if (kb.partOf) {
      const whole = namedKeyOf(kb.partOf);
      if (whole) {
        const wholeType = registry.get(whole)!.type;
        if (record.type === "Location") push("LOCATED_IN", key, whole, "kb.location-part-of");
        else if (record.type === "Mission" && wholeType === "Mission")
          push("PART_OF", key, whole, "kb.part-of");
        else if (record.type === "Organisation") push("PART_OF", key, whole, "kb.part-of");
      }
    }
  }
}

/**
 * The sentences (in order) where each entity is an argument (`any`), and where it is one outside
 * another name (`outer`, as sets): one pass over the sentence views instead of one per question.
 */
function sentencesOfArgs(views: readonly SentenceView[]): {
  any: Map<string, number[]>;
  outer: Map<string, Set<number>>;
} {
  const any = new Map<string, number[]>();
  const outer = new Map<string, Set<number>>();
  for (const v of views) {
    for (const a of v.args) {
      const list = any.get(a.mention.key);
      if (!list) any.set(a.mention.key, [v.index]);
      else if (list[list.length - 1] !== v.index) list.push(v.index);
      if (a.mention.nested) continue;
      const set = outer.get(a.mention.key);
      if (set) set.add(v.index);
      else outer.set(a.mention.key, new Set([v.index]));
    }
  }
  return { any, outer };
}

/**
 * The publisher's own country (ISO 3166 alpha-2): the Netherlands for a Dutch article; for an
 * English one, the state its "Source:" line names (a U.S. department or service, the British
 * Ministry of Defence, …). Undefined when the source names none (NATO, a news agency).
 */
export function homeState(language: string, source: string | null | undefined): string | undefined {
  if (language === "nl") return "NL";
  if (!source) return undefined;
  for (const [iso, pattern] of HOME_SOURCES) if (pattern.test(source)) return iso;
  return undefined;
}

const HOME_SOURCES: readonly (readonly [string, RegExp])[] = [
  [
    "GB",
    /Ministry of Defence|Royal Navy|Royal Air Force|British Army|Royal Marines|GOV\.UK|\bUK\b|United Kingdom/iu,
  ],
  ["CA", /Canad/u],
  ["AU", /Australia/u],
  [
    "US",
    /\bU\.S\.|\bUS\b|United States|Department of Defense|\bDoD\b|\bDOD\b|DVIDS|Pentagon|Defense Security Cooperation/u,
  ],
];

const SPLIT_VOTE = /(?<![\p{L}])(?:stemden|stemde|stemt|stemmen)(?![\p{L}])/gu;

/**
 * Dutch puts the voters between the verb and its particle: "In de Kamer stemden de VVD, het CDA en
 * D66 voor (het besluit)", "… stemden de PVV en FvD tegen". The stance follows the voters; what was
 * voted on is named there or is the motion of the sentences before.
 */
export function splitVotes(ctx: RuleContext): void {
  if (ctx.doc.language !== "nl") return;
  for (const view of ctx.views) {
    SPLIT_VOTE.lastIndex = 0;
    for (let m = SPLIT_VOTE.exec(view.folded); m !== null; m = SPLIT_VOTE.exec(view.folded)) {
      const verbEnd = view.start + m.index + m[0].length;
      const first = view.args.find((a) => a.mention.start >= verbEnd);
      if (!first || first.prep) continue;
      if (
        !/^\s+(?:(?:de|het)\s+)?$/u.test(
          view.folded.slice(verbEnd - view.start, first.mention.start - view.start),
        )
      )
        continue;
      const voters = view.args.filter(
        (a) =>
          a.group === first.group && ["Person", "Country", "Organisation"].includes(a.mention.type),
      );
      // "stemden F-16's": no voter after the verb (equipment is none).
      const last = voters.at(-1);
      if (!last) continue;
      const rest = view.folded.slice(last.mention.end - view.start);
      const stance = /^\s+(voor|tegen)(?![\p{L}])/u.exec(rest);
      if (!stance) continue;
      const type = stance[1] === "voor" ? "SUPPORTS" : "OPPOSES";
      const objectStart = last.mention.end + stance[0].length;
      let object = view.args.find(
        (a) =>
          a.mention.start >= objectStart &&
          /^\s+(?:(?:de|het|een)\s+)?(?:\p{Ll}+\s+(?:aan|van)\s+(?:de|het)?\s*)?$/u.test(
            view.folded.slice(objectStart - view.start, a.mention.start - view.start),
          ),
      )?.mention.key;
      let rule = "vote.split";
      if (!object) {
        // "voor het besluit", "tegen": the motion of the preceding sentences, else the topic.
        for (let i = view.index - 1; i >= Math.max(0, view.index - 2) && !object; i--) {
          object = ctx.findings.find(
            (f) => f.sentence === i && (f.type === "SUPPORTS" || f.type === "OPPOSES"),
          )?.target;
        }
        object ??= ctx.topicMission;
        rule = "vote.split-context";
      }
      if (!object) continue;
      for (const voter of voters) {
        ctx.findings.push({
          type,
          source: voter.mention.key,
          target: object,
          rule,
          confidence: 0.7,
          sentence: view.index,
          properties: { kind: "vote" },
        });
      }
    }
  }
}

const ALLY_NOUN =
  /^[\s-]*(?:ally|allies|bondgenoot|bondgenoten|lidstaat|lidstaten|lidland|lidlanden|member states?|member nations?|member countr(?:y|ies)|members?|nations?|lid|leden)(?![\p{L}])/u;
/** "Bahrain … is the first GCC nation": a copula and an article before the organisation's noun. */
const COPULA_BEFORE =
  /(?:^|\s)(?:is|was|are|were|becomes|became|wordt|werd|werden|worden)\s+(?:an?|een|the|de|het)\s+(?:(?:first|second|newest|latest|eerste|tweede|nieuwste|jongste|\d+(?:st|nd|rd|th|ste|de|e))\s+)?$/u;

/** ", a NATO ally", ", een NAVO-bondgenoot", ", a fellow EU member": right after a state. */
const APPOSITION_BEFORE =
  /,\s+(?:an?|een|the|de|het)\s+(?:(?:fellow|close|key|loyal|trusted|first|newest|latest|trouwe|belangrijke|nieuwste|jongste)\s+)?$/u;

/**
 * Membership said with a noun: "NAVO-bondgenoot Turkije", "EU member states Belgium and France",
 * "Poland's role as a NATO Ally".
 */
export function allyNouns(ctx: RuleContext): void {
  for (const view of ctx.views) {
    for (let i = 0; i < view.args.length; i++) {
      const org = view.args[i]!;
      if (org.mention.type !== "Organisation" || org.aside) continue;
      const after = view.folded.slice(org.mention.end - view.start);
      const noun = ALLY_NOUN.exec(after);
      if (!noun) continue;
      const nounEnd = org.mention.end + noun[0].length;
      const next = view.args.find((a) => a.mention.start >= nounEnd);
      let members: typeof view.args = [];
      let rule = "member.ally-noun";
      if (
        next &&
        next.mention.type === "Country" &&
        /^\s*$/u.test(view.folded.slice(nounEnd - view.start, next.mention.start - view.start))
      ) {
        members = view.args.filter((a) => a.group === next.group && a.mention.type === "Country");
      } else if (
        /(?:^|\s)(?:as|als)\s+(?:(?:an?|een)\s+)?$/u.test(
          view.folded.slice(0, org.mention.start - view.start),
        )
      ) {
        const before = view.args.filter(
          (a) =>
            a.mention.end <= org.mention.start &&
            a.clause === org.clause &&
            !a.prep &&
            (a.mention.type === "Country" || a.mention.type === "Organisation"),
        );
        // "Als NAVO-bondgenoot wil het land …", "As a NATO ally, Poland will …": opening the
        // sentence, the phrase's subject follows it.
        const opening = /^\s*(?:as|als)\s/u.test(view.folded);
        const subject = opening
          ? view.args.find(
              (a) =>
                a.mention.start >= nounEnd &&
                !a.prep &&
                !a.aside &&
                (a.mention.type === "Country" || a.mention.type === "Organisation"),
            )
          : before[before.length - 1];
        if (subject) members = [subject];
        rule = "member.as-ally";
      } else if (COPULA_BEFORE.test(view.folded.slice(0, org.mention.start - view.start))) {
        // The copula's subject opens the clause ("Bahrain took command of … and is the first
        // GCC nation").
        const subject = view.args.find(
          (a) =>
            a.clause === org.clause &&
            a.mention.end <= org.mention.start &&
            !a.prep &&
            !a.aside &&
            (a.mention.type === "Country" || a.mention.type === "Organisation"),
        );
        if (subject) members = [subject];
        rule = "member.is-ally";
      } else {
        // "Poland, a NATO ally, …", "Zweden, een NAVO-bondgenoot,": an apposition to the state
        // right before it.
        const apposition = APPOSITION_BEFORE.exec(
          view.folded.slice(
            Math.max(0, org.mention.start - view.start - 40),
            org.mention.start - view.start,
          ),
        );
        const state = apposition
          ? view.args.findLast((a) => a.mention.end <= org.mention.start - apposition[0].length)
          : undefined;
        if (
          state &&
          state.mention.type === "Country" &&
          state.mention.via !== "adjective" &&
          state.mention.end === org.mention.start - apposition![0].length
        ) {
          members = [state];
          rule = "member.apposition";
        }
      }
      for (const member of members) {
        if (member.mention.key === org.mention.key) continue;
        ctx.findings.push({
          type: "MEMBER_OF",
          source: member.mention.key,
          target: org.mention.key,
          rule,
          confidence: 0.75,
          sentence: view.index,
        });
      }
    }
  }
}

/** A noun an organisation's name qualifies: "NATO formation", "EU mission", "NAVO-eenheid". */
const QUALIFIED_FORCE_NOUN =
  /^[\s-](?:formation|force|forces|mission|battlegroup|battle group|brigade|operation|coalition|contingent|presence|deployment|troops|unit|group|division|corps|task force|missie|operatie|eenheid|troepenmacht|gevechtsgroep|formatie)(?![\p{L}])/u;

/** "de door Duitsland geleide battlegroup", "the German-led battlegroup", "a NATO-led mission". */
export function ledCompounds(ctx: RuleContext): void {
  const leaders = ["Person", "Country", "Organisation"];
  const led = ["Organisation", "Mission", "Event"];
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const a = view.args[i]!;
      const b = view.args[i + 1]!;
      if (!leaders.includes(a.mention.type) || !led.includes(b.mention.type)) continue;
      const gap = view.folded.slice(a.mention.end - view.start, b.mention.start - view.start);
      const english = /^-led\s+(?:[\p{Ll}-]+\s+)?$/u.test(gap);
      const dutch = a.prep === "door" && /^\s+geleide\s+(?:[\p{Ll}-]+\s+)?$/u.test(gap);
      if (!english && !dutch) continue;
      let target = b.mention.key;
      // "the Canadian-led NATO formation": the organisation qualifies the noun that is led; the
      // led thing is the name the phrase is in apposition to ("X, the Canadian-led NATO
      // formation,"), else nothing is said of the organisation.
      if (
        b.mention.type === "Organisation" &&
        QUALIFIED_FORCE_NOUN.test(view.folded.slice(b.mention.end - view.start))
      ) {
        const phrase = view.folded.slice(0, a.mention.start - view.start);
        const apposition = /,\s+(?:the|a|an|de|het|een)\s+$/u.exec(phrase);
        const head = apposition
          ? view.args.findLast(
              (x) =>
                x.mention.end === a.mention.start - apposition[0].length &&
                led.includes(x.mention.type),
            )
          : undefined;
        if (!head || head.mention.key === a.mention.key) continue;
        target = head.mention.key;
      }
      ctx.findings.push({
        type: "LEADS",
        source: a.mention.key,
        target,
        rule: "leads.led-compound",
        confidence: 0.8,
        sentence: view.index,
      });
    }
    ledDescriptions(ctx, view, leaders);
  }
}

const LED_NOUN =
  /^(?:-led|-geleide|\s+geleide)\s+(?:[\p{Ll}-]+\s+)?(?:missie|mission|operatie|operation|battlegroup|battle group|gevechtsgroep|task force|taskforce|coalitie|coalition|(exercise|oefening))(?![\p{L}])/u;

/**
 * "Binnen deze door Frankrijk geleide missie", "the French-led operation": a led mission named by
 * a bare noun is the mission named in this or the previous sentence, else the article's mission.
 */
function ledDescriptions(ctx: RuleContext, view: SentenceView, leaders: readonly string[]): void {
  for (const a of view.args) {
    if (!leaders.includes(a.mention.type)) continue;
    const rest = view.folded.slice(a.mention.end - view.start);
    const noun = LED_NOUN.exec(rest);
    if (!noun) continue;
    if (/^\s+geleide/u.test(rest) && a.prep !== "door") continue;
    const nounEnd = a.mention.end + noun[0].length;
    // A name right after the noun is the led thing itself (handled above).
    if (view.args.some((b) => b.mention.start >= a.mention.end && b.mention.start <= nounEnd + 2))
      continue;
    // "The Norwegian-led exercise": the exercise (an Event) named just before, else in the title.
    const type = noun[1] ? "Event" : "Mission";
    let mission: string | undefined;
    for (let i = view.index; i >= Math.max(0, view.index - 1) && !mission; i--) {
      const missions = ctx.views[i]!.args.filter(
        (b) => b.mention.type === type && b.mention.end <= nounEnd,
      );
      mission = missions[missions.length - 1]?.mention.key;
    }
    if (type === "Event")
      mission ??= ctx.views
        .find((v) => v.start < ctx.doc.titleEnd && v.args.some((b) => b.mention.type === "Event"))
        ?.args.find((b) => b.mention.type === "Event")?.mention.key;
    else mission ??= ctx.topicMission;
    if (!mission || mission === a.mention.key) continue;
    ctx.findings.push({
      type: "LEADS",
      source: a.mention.key,
      target: mission,
      rule: "leads.led-description",
      confidence: 0.65,
      sentence: view.index,
    });
  }
}

const LIFTED = new Set(["SUPPORTS", "OPPOSES", "COOPERATES_WITH"]);

/**
 * What an office holder backs, fights or works with, the state or organisation they represent
 * does: "Secretary Austin highlighted cooperation with Japan" is the United States cooperating
 * with Japan. Only for a person who represents exactly one country or organisation in the
 * article; a stance towards the represented party itself is dropped, not lifted.
 */
export function liftStatements(ctx: RuleContext, registry: EntityRegistry): void {
  const represented = new Map<string, Set<string>>();
  for (const f of ctx.findings) {
    if (f.type !== "REPRESENTS") continue;
    const set = represented.get(f.source) ?? new Set<string>();
    set.add(f.target);
    represented.set(f.source, set);
  }
  if (represented.size === 0) return;
  const principal = (key: string): string | undefined => {
    const set = represented.get(key);
    if (registry.get(key)?.type !== "Person" || !set || set.size !== 1) return undefined;
    return [...set][0];
  };
  const out: Finding[] = [];
  for (const f of ctx.findings) {
    // Officials who meet, speak or sign meet as persons ("Austin met Zelensky"): not lifted.
    if (!LIFTED.has(f.type) || f.properties?.kind === "meeting") {
      out.push(f);
      continue;
    }
    const source = principal(f.source) ?? f.source;
    const target = f.type === "COOPERATES_WITH" ? (principal(f.target) ?? f.target) : f.target;
    if (source === f.source && target === f.target) {
      out.push(f);
      continue;
    }
    if (source === target || represented.get(f.source)?.has(f.target)) continue;
    if (f.type === "COOPERATES_WITH" && stateAndBody(registry, source, target, f)) continue;
    out.push({ ...f, source, target, rule: `${f.rule}+represented` });
  }
  ctx.findings.length = 0;
  ctx.findings.push(...out);
}

/**
 * Two office holders side by side ("the minister visited the troops together with NATO Secretary
 * General X", "samen met NAVO-secretaris-generaal Y deelnam aan") are no state working with an
 * international body: a person of a state and a person of an organisation of no state are not
 * lifted to that state and that organisation (both ends were people; a state's own organisation,
 * its ministry or army, still is).
 */
function stateAndBody(registry: EntityRegistry, a: string, b: string, f: Finding): boolean {
  if (registry.get(f.source)?.type !== "Person" || registry.get(f.target)?.type !== "Person")
    return false;
  const ta = registry.get(a);
  const tb = registry.get(b);
  const body = (r: typeof ta) => r?.type === "Organisation" && !r.kb?.country;
  return (ta?.type === "Country" && body(tb)) || (tb?.type === "Country" && body(ta));
}

const GENERIC_MISSION_NOUN = /^(?:missie|mission|operatie|operation)$/u;

/**
 * "de missie", "the mission": the mission the article is about, unless another mission was named
 * in the same or the previous sentence ("Er was geen training meer zoals tijdens de ISAF-missie.
 * … Duitsland leidde de missie in deze regio." is Resolute Support, the title's mission). Only the
 * bare nouns are re-read; "de missie in Irak" keeps the mission working there.
 */
export function preferTopicMission(doc: Doc, mentions: Mention[]): void {
  const topic = topicMission(doc, mentions);
  if (!topic) return;
  const named = mentions.filter((m) => m.type === "Mission" && m.via !== "anaphor");
  for (const m of mentions) {
    if (m.via !== "anaphor" || m.type !== "Mission" || m.key === topic) continue;
    if (!GENERIC_MISSION_NOUN.test(doc.folded.slice(m.start, m.end))) continue;
    const area = /^\s+(?:in|boven|over)\s+(?:(?:de|het|the)\s+)?/u.exec(
      doc.folded.slice(m.end, m.end + 16),
    );
    if (
      area &&
      mentions.some(
        (x) =>
          x.start === m.end + area[0].length && (x.type === "Country" || x.type === "Location"),
      )
    )
      continue;
    const sentence = sentenceIndexAt(doc, m.start);
    const recent = named.some((n) => {
      const at = sentenceIndexAt(doc, n.start);
      return n.key === m.key && n.start < m.start && at >= sentence - 1;
    });
    if (!recent) m.key = topic;
  }
}

/** Words of titles, offices and ranks, and the services named in them ("U.S. Army Brig. Gen."). */
const TITLE_WORD =
  /^(?:ambassador|ambassadeur|envoy|gezant|minister|ministers|secretary|staatssecretaris|president|premier|prime|chancellor|kanselier|gen|general|generaal|lt|lieutenant|luitenant|maj|major|majoor|brig|brigadier|col|colonel|kolonel|adm|admiral|admiraal|vice|rear|cmdr|commander|commandant|capt|captain|kapitein|chief|chef|sgt|sergeant|brigadegeneraal|fregatkapitein|korvetkapitein|commodore|commandeur|schout|bij|nacht|ter|zee|adjudant|korporaal|army|navy|marine|marines|air|force|corps|landmacht|luchtmacht|marechaussee|defense|defence|defensie|foreign|affairs|buitenlandse|zaken|national|state|deputy|under|assistant|special|representative|vertegenwoordiger|ambassadeur|supreme|inspector|inspecteur|stafchef|bevelhebber|opperbevelhebber|director|directeur|head|hoofd|chairman|voorzitter)$/u;
const TITLE_LINK = /^(?:of|to|for|the|van|bij|voor|de|der|in|['’]s)$/u;
/** "The Dutch detachment commander, Lt. Col. X": the unit an office is of may stand in it. */
const UNIT_IN_TITLE =
  /^(?:detachment|contingent|task|group|battalion|brigade|squadron|company|unit|mission|wing|detachement|contingent|eenheid|missie|taakgroep|bataljon|compagnie|eskader)$/u;

/**
 * "U.S. Ambassador to NATO Julianne Smith", "Chadian Brig. Gen. Zakaria Ngobongue", "Vietnam
 * Minister of National Defense Ngo Xuan Lich": a state named right before a title acts through
 * the person the title introduces. Only title words, linking words and the complement's name
 * may stand between the state and the person.
 */
export function titleRepresentation(
  ctx: RuleContext,
  registry: EntityRegistry,
  mentions: readonly Mention[],
): void {
  const doc = ctx.doc;
  const outer = mentions.filter((m) => !m.nested).sort((a, b) => a.start - b.start);
  const countryByIso = new Map<string, string>();
  for (const m of mentions) {
    const kb = registry.get(m.key)?.kb as KbCountry | undefined;
    if (m.type === "Country" && kb?.iso2) countryByIso.set(kb.iso2, m.key);
  }
  // "U.S. Army Brig. Gen. X": a state's armed forces before the rank stand for the state.
  const stateOf = (m: Mention): string | undefined => {
    if (m.type === "Country") return m.key;
    const kb = registry.get(m.key)?.kb;
    if (m.type === "Organisation" && kb?.kind === "armed-forces" && kb.country)
      return countryByIso.get(kb.country);
    return undefined;
  };
  for (let i = 0; i < outer.length; i++) {
    const person = outer[i]!;
    if (person.type !== "Person") continue;
    const sentence = sentenceIndexAt(doc, person.start);
    for (let j = i - 1; j >= 0; j--) {
      const state = outer[j]!;
      if (sentenceIndexAt(doc, state.start) !== sentence) break;
      const gap = doc.text.slice(state.end, person.start);
      const tokens = gap.split(/[\s\u00a0]+/).filter(Boolean);
      // A name right before the person is the title's complement ("Ambassador to NATO X").
      if (tokens.length === 0) continue;
      if (tokens.length > 8) break;
      // Every token is a title word or a link, or a capitalised complement ("to NATO").
      let titles = 0;
      let ok = true;
      // "de Litouwse minister van Binnenlandse Zaken, Agnė Bilotaitė", "Sweden's Supreme
      // Commander, General X": one comma may close the office when only a rank follows it.
      const comma = gap.indexOf(",");
      let titlesBeforeComma = 0;
      for (const token of tokens) {
        const word = foldKey(token).replace(/[.,]+$/u, "");
        // "commander-in-chief", "opperbevelhebber": a hyphenated title may hold a link word.
        const parts = word.split(/[-.]/u);
        const title =
          parts.every((part) => part === "" || TITLE_WORD.test(part) || TITLE_LINK.test(part)) &&
          (word === "" || parts.some((part) => TITLE_WORD.test(part)));
        // "detachementscommandant", "brigadecommandant": a compound of a commander is a title.
        const compound = !title && /\p{L}{3,}(?:commandant|commander)$/u.test(word);
        if (compound) titles++;
        if (title) titles++;
        else if (
          !compound &&
          !TITLE_LINK.test(word) &&
          !UNIT_IN_TITLE.test(word) &&
          !/^\p{Lu}[\p{L}.-]*,?$/u.test(token)
        )
          ok = false;
        if ((title || compound) && word !== "" && comma >= 0 && gap.indexOf(token) < comma)
          titlesBeforeComma++;
      }
      if (!ok || /[;:()]/u.test(gap)) break;
      if (comma >= 0) {
        const rank = gap
          .slice(comma + 1)
          .split(/[\s\u00a0]+/)
          .filter(Boolean);
        const isRank = rank.every((t) =>
          foldKey(t)
            .replace(/[.,]+$/u, "")
            .split(/[-.]/u)
            .every((part) => part === "" || TITLE_WORD.test(part) || TITLE_LINK.test(part)),
        );
        if (gap.indexOf(",", comma + 1) >= 0 || !isRank) break;
        // "… by the next Afghan president, Hillson said": without a rank, only a full name that
        // no reporting verb follows is the office's holder.
        if (
          rank.length === 0 &&
          (!/\s/u.test(doc.text.slice(person.start, person.end).trim()) ||
            /^\s+(?:said|says|told|added|zei|zegt|aldus)(?![\p{L}])/u.test(
              doc.folded.slice(person.end, person.end + 10),
            ))
        )
          break;
        // "troops from Poland, Gen. X": no office before the comma. A service right before it
        // is the office's complement ("inspecteur van de Luftwaffe,"): the state is further left.
        if (titlesBeforeComma === 0) {
          if (state.type === "Country") break;
          continue;
        }
      }
      const represented = stateOf(state);
      if (!represented) continue;
      if (titles === 0) break;
      ctx.findings.push({
        type: "REPRESENTS",
        source: person.key,
        target: represented,
        rule: "represents.state-title",
        confidence: 0.8,
        sentence,
      });
      break;
    }
  }
}

/**
 * "CMF's Combined Task Force 151", "NATO's enhanced Forward Presence", "de NAVO haar missie": an
 * organisation's organisation is part of it; an organisation's or a state's mission, and an
 * organisation's event, is led by it.
 */
export function possessives(ctx: RuleContext): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const owner = view.args[i]!;
      const owned = view.args[i + 1]!;
      if (owner.mention.via === "adjective") continue;
      const gap = view.folded.slice(
        owner.mention.end - view.start,
        owned.mention.start - view.start,
      );
      if (!/^['’]s?\s+(?:[\p{Ll}-]+\s+)?$/u.test(gap)) continue;
      const a = owner.mention.type;
      const b = owned.mention.type;
      let type: Finding["type"] | undefined;
      if (a === "Organisation" && b === "Organisation") type = "PART_OF";
      else if ((a === "Organisation" || a === "Country") && b === "Mission") type = "LEADS";
      // "NATO's Steadfast Defender 24", "the U.S. Army's DEFENDER 24 exercise series": an
      // organisation's exercise or meeting is led by it (a state's day or feast is not).
      else if (a === "Organisation" && b === "Event") type = "LEADS";
      if (!type) continue;
      const [source, target] =
        type === "PART_OF"
          ? [owned.mention.key, owner.mention.key]
          : [owner.mention.key, owned.mention.key];
      if (source === target) continue;
      ctx.findings.push({
        type,
        source,
        target,
        rule: `possessive.${type === "PART_OF" ? "part-of" : "leads"}`,
        confidence: 0.65,
        sentence: view.index,
      });
    }
  }
}

const HEAD_NOUN =
  "(?:commander|commanding officer|director|chief|head|chairman|chairwoman|chair|leader|commandant|directeur|voorzitter|leider|hoofd)";
const OFFICE_AFTER_NAME = new RegExp(
  `^(?:['’]s)?[\\s-]+(?:(?:exercise|mission|operation|task force|force|oefening|missie|operatie)\\s+)?${HEAD_NOUN}(?![\\p{L}])`,
  "u",
);
const APPOSITION_START = /^\s*,\s*(?:the|de|het)\s+$/u;

/**
 * "Gen. X, the KFOR commander,", "Brig. Gen. Y, the Flintlock exercise director": a person in
 * apposition with a named organisation, mission or event and a head noun of leading LEADS it.
 * A state before the noun ("the U.S. commander") is whom they represent, not what they lead.
 */
export function officeAppositions(ctx: RuleContext): void {
  const led = ["Organisation", "Mission", "Event"];
  for (const view of ctx.views) {
    if (!view.folded.includes(",")) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const person = view.args[i]!;
      const named = view.args[i + 1]!;
      if (person.mention.type !== "Person" || !led.includes(named.mention.type)) continue;
      const gap = view.folded.slice(
        person.mention.end - view.start,
        named.mention.start - view.start,
      );
      if (!APPOSITION_START.test(gap)) continue;
      const after = view.folded.slice(
        named.mention.end - view.start,
        named.mention.end - view.start + 40,
      );
      if (!OFFICE_AFTER_NAME.test(after)) continue;
      ctx.findings.push({
        type: "LEADS",
        source: person.mention.key,
        target: named.mention.key,
        rule: "leads.office-apposition",
        confidence: 0.75,
        sentence: view.index,
      });
    }
  }
}

const OPERATION_OF =
  /[\p{L}-]*(?:operatie|operaties|missie|inzet|patrouille|patrouilles|operation|operations|mission|deployment|patrol|patrols)\s+(?:van|of)\s+(?:(?:de|het|the)\s+)?$/u;
const OPERATION_NOUN = /(?:operati|missie|inzet|patrouill|mission|deployment|patrol)/u;
const AREA_AFTER = /^\s+(?:in|op|boven|over|above)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * "een drugsbestrijdingsoperatie van de Koninklijke Marine in het Caribisch gebied", "the
 * deployment of Dutch troops in Lithuania": whoever an operation is of operates where it is.
 */
export function operationsOf(ctx: RuleContext): void {
  const actors = ["Organisation", "Country", "Asset"];
  const areas = ["Location", "Country"];
  for (const view of ctx.views) {
    if (!OPERATION_NOUN.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const actor = view.args[i]!;
      const area = view.args[i + 1]!;
      if (!actors.includes(actor.mention.type) || !areas.includes(area.mention.type)) continue;
      if (actor.mention.key === area.mention.key) continue;
      const from = actor.mention.start - view.start;
      if (!OPERATION_OF.test(view.folded.slice(Math.max(0, from - 48), from))) continue;
      const gap = view.folded.slice(
        actor.mention.end - view.start,
        area.mention.start - view.start,
      );
      if (!AREA_AFTER.test(gap)) continue;
      ctx.findings.push({
        type: "OPERATES_IN",
        source: actor.mention.key,
        target: area.mention.key,
        rule: "operates.operation-of",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/** The place a mission's name ends in ("… in the Strait of Hormuz"), if the article names it. */
function areaInName(
  name: string,
  namedKeyOf: (name: string) => string | undefined,
  registry: EntityRegistry,
): string | undefined {
  // Only "in …": a bare place at the end may be a mission's origin or history
  // ("Capacity Building Mission Iraq" was run from abroad as much as in Iraq).
  if (!name.includes(" in ")) return undefined;
  const after = / in (?:the )?(.+)$/u.exec(name);
  if (!after) return undefined;
  const key = namedKeyOf(after[1]!);
  const type = key ? registry.get(key)?.type : undefined;
  return key && (type === "Country" || type === "Location") ? key : undefined;
}

const DEFENCE_OF =
  /(?:verdediging|verdedigen|bescherming|beschermen|defen[cs]e|defending|protection|protecting)\s+(?:van\s+|of\s+)?(?:(?:de|het|the)\s+)?$/u;
const AGAINST = /^\s+(?:tegen|against)\s+(?:(?:de|het|the|een|an?)\s+)?$/u;
const AGGRESSION_AFTER =
  /^[\s-]+(?:agressie|aggression|invasie|invasion|inval|aanval|aanvallen|attack|attacks|oorlog|war|dreiging|threat|bezetting|occupation)(?![\p{L}])/u;

/**
 * "de verdediging van Oekraïne tegen de Russische agressie", "Ukraine's defence against Russia",
 * "defending Estonia against a Russian attack": the aggressor OPPOSES the defended. (That the
 * defender opposes the aggressor is the same conflict; the sentence states the aggression.)
 */
export function defenceAgainst(ctx: RuleContext): void {
  const actors = ["Country", "Organisation"];
  for (const view of ctx.views) {
    if (!/(?:tegen|against)/u.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const defended = view.args[i]!;
      const aggressor = view.args[i + 1]!;
      if (!actors.includes(defended.mention.type) || !actors.includes(aggressor.mention.type))
        continue;
      if (defended.mention.key === aggressor.mention.key) continue;
      const from = defended.mention.start - view.start;
      const before = view.folded.slice(Math.max(0, from - 40), from);
      // "Ukraine's defence against": the possessor is the defended.
      const possessive = /^['’]s?\s+(?:defen[cs]e|verdediging)/u.test(
        view.folded.slice(
          defended.mention.end - view.start,
          defended.mention.end - view.start + 12,
        ),
      );
      if (!DEFENCE_OF.test(before) && !possessive) continue;
      let gap = view.folded.slice(
        defended.mention.end - view.start,
        aggressor.mention.start - view.start,
      );
      if (possessive) gap = gap.replace(/^['’]s?\s+(?:defen[cs]e|verdediging)/u, "");
      if (!AGAINST.test(gap)) continue;
      // A nationality names the aggressor only with a noun of aggression ("de Russische agressie").
      const afterAggressor = view.folded.slice(
        aggressor.mention.end - view.start,
        aggressor.mention.end - view.start + 20,
      );
      if (aggressor.mention.via === "adjective" && !AGGRESSION_AFTER.test(afterAggressor)) continue;
      ctx.findings.push({
        type: "OPPOSES",
        source: aggressor.mention.key,
        target: defended.mention.key,
        rule: "opposes.defence-against",
        confidence: 0.7,
        properties: { kind: "armed" },
        sentence: view.index,
      });
    }
  }
}

/** Bodies that sit at one place (not alliances or parties, which meet anywhere). */
const SEATED_KINDS = new Set([
  "ministry",
  "government",
  "parliament",
  "department",
  "agency",
  "command",
  "staff",
  "training-centre",
  "court",
  "executive",
  "intelligence-service",
  // Units, fleets and academies "uit Oirschot", "in Yokosuka", "in Breda" are there too.
  "unit",
  "fleet",
  "academy",
  // Thirteenth round: a company "in" a town is its plant or seat there ("Lockheed Martin in Fort
  // Worth", "Airbus Defence and Space in het Spaanse Getafe").
  "company",
]);

/**
 * "het Ministry of Peshmerga Affairs in Erbil", "the Iraqi Ministry of Defence in Baghdad": a
 * ministry, command or agency (or a command or unit found by its name) directly followed by
 * "in" (or the Dutch "uit": "het Legerkorps uit Münster") and a town or base is located there.
 */
export function seatedBodies(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const body = view.args[i]!;
      // "het Luchtverdedigingscommando (DGLC) uit De Peel": the bracketed acronym is the body.
      const acronym = view.args[i + 1]!.mention.key === body.mention.key ? 1 : 0;
      const place = view.args[i + 1 + acronym];
      if (!place) continue;
      if (body.mention.type !== "Organisation" || place.mention.type !== "Location") continue;
      const record = registry.get(body.mention.key);
      // A command or unit found by its name ("het 1 Duits-Nederlands Legerkorps uit Münster",
      // "de Enforcement Coordination Cell in Yokosuka") too.
      const kind = record?.kb?.kind ?? (record?.properties.kind === "unit" ? "command" : "");
      if (!SEATED_KINDS.has(kind)) continue;
      if (AREA_KINDS.has(registry.get(place.mention.key)?.kb?.kind ?? "")) continue;
      const gap = view.folded.slice(
        (acronym ? view.args[i + 1]!.mention.end + 1 : body.mention.end) - view.start,
        place.mention.start - view.start,
      );
      // "het Defensie Grondgebonden Luchtverdedigingscommando (DGLC) uit De Peel".
      // "in het Duitse Uedem": an adjective between the article and the town qualifies the town.
      if (!/^\s+(?:in|te|at|uit)\s+(?:(?:het|the)\s+[\p{L}-]+\s+)?$/u.test(gap)) continue;
      ctx.findings.push({
        type: "LOCATED_IN",
        source: body.mention.key,
        target: place.mention.key,
        rule: "located.seated-body",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * After "<town>, <state>": punctuation, or a preposition or time word that opens the next phrase
 * ("met in Bar, Montenegro at the weekend", "in Aksaz, Turkije afgelopen week"), so the state is
 * not the first word of a longer name.
 */
const STATE_CLOSED = new RegExp(`^\\s*(?:[,.;:)]|$)|^\\s+(?:${NEXT_PHRASE_WORDS})\\s`, "u");

/**
 * "de vliegbasis Sliac in Slowakije", "the town of Orzysz, Poland,": a town or base (no area, no
 * state) directly followed by "in" and a state, or by a comma and a state that closes the phrase,
 * lies in that state.
 */
export function placesInStates(ctx: RuleContext, registry: EntityRegistry): void {
  for (const view of ctx.views) {
    for (let i = 0; i + 1 < view.args.length; i++) {
      const place = view.args[i]!;
      const state = view.args[i + 1]!;
      if (place.mention.type !== "Location" || state.mention.type !== "Country") continue;
      if (AREA_KINDS.has(kindOf(registry, place.mention.key))) continue;
      const gap = view.folded.slice(
        place.mention.end - view.start,
        state.mention.start - view.start,
      );
      const after = view.folded.slice(
        state.mention.end - view.start,
        state.mention.end - view.start + 14,
      );
      const inState = /^\s+(?:in|te)\s+$/u.test(gap);
      const commaState = /^\s*,\s*$/u.test(gap) && STATE_CLOSED.test(after);
      if (!inState && !commaState) continue;
      ctx.findings.push({
        type: "LOCATED_IN",
        source: place.mention.key,
        target: state.mention.key,
        rule: "located.place-in-state",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * "the Tampa-based Central Command", "the Bahrain-based Combined Maritime Forces": a place or
 * state with "-based" right before an organisation or mission names its seat — HEADQUARTERED_IN
 * a place, LOCATED_IN a state (a headquarters is in a town, ONTOLOGY.md). One scan of the text.
 */
export function basedCompounds(ctx: RuleContext, mentions: MentionSet): void {
  const text = ctx.doc.folded;
  const pattern = /-based\s+/gu;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const place = mentions
      .overlapping(m.index - 1, m.index)
      .find((x) => x.end === m!.index && (x.type === "Location" || x.type === "Country"));
    const at = m.index + m[0].length;
    const body = mentions
      .startingAt(at)
      .find((x) => !x.nested && (x.type === "Organisation" || x.type === "Mission"));
    if (!place || !body) continue;
    const town = place.type === "Location";
    ctx.findings.push({
      type: town ? "HEADQUARTERED_IN" : "LOCATED_IN",
      source: body.key,
      target: place.key,
      rule: "located.based-compound",
      confidence: 0.75,
      sentence: sentenceIndexAt(ctx.doc, at),
    });
  }
}

const AREA_OWNER =
  /(?:mission|task|area of operations|area of responsibility|operating area|operational area|taak|missie|werkgebied|operatiegebied|inzetgebied|verantwoordelijkheidsgebied)\s+(?:of|van)\s+(?:(?:de|het|the)\s+)?$/u;
const AREA_OWNER_POSSESSIVE =
  /^['’]s?\s+(?:(?:principal|main|primary)\s+)?(?:mission|area of operations|area of responsibility|operating area|operational area)(?![\p{L}])/u;
const AREA_LIST =
  /(?:encompassing|covering|spanning|including|stretching across|comprising|omvat|omvatten|beslaat|bestrijkt|waaronder|inclusief)\s+(?:(?:de|het|the)\s+)?$/u;

/**
 * "The principal mission of CTF 151 is … across an area … encompassing the Arabian Sea, Gulf of
 * Oman and Gulf of Aden", "Atalanta's area of operations covers …": the force or mission whose
 * mission or area it is operates in each place of the list.
 */
export function areaLists(ctx: RuleContext): void {
  const owners = ["Organisation", "Mission"];
  const places = ["Location", "Country"];
  for (const view of ctx.views) {
    if (!/(?:mission|area|gebied|missie|taak|task)/u.test(view.folded)) continue;
    const owner = view.args.find((a) => {
      if (!owners.includes(a.mention.type)) return false;
      const from = a.mention.start - view.start;
      const to = a.mention.end - view.start;
      return (
        AREA_OWNER.test(view.folded.slice(Math.max(0, from - 48), from)) ||
        AREA_OWNER_POSSESSIVE.test(view.folded.slice(to, to + 40))
      );
    });
    if (!owner) continue;
    const head = view.args.find(
      (a) =>
        a.mention.start > owner.mention.end &&
        places.includes(a.mention.type) &&
        AREA_LIST.test(
          view.folded.slice(
            Math.max(0, a.mention.start - view.start - 40),
            a.mention.start - view.start,
          ),
        ),
    );
    if (!head) continue;
    for (const place of view.args) {
      if (place.group !== head.group || !places.includes(place.mention.type)) continue;
      ctx.findings.push({
        type: "OPERATES_IN",
        source: owner.mention.key,
        target: place.mention.key,
        rule: "operates.area-list",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/**
 * Predicates that need two parties and take them as a plural subject: "Norway and Sweden signed
 * a defence cooperation agreement", "Nederland en België werken samen", "agreed to deepen
 * cooperation". Right after the coordinated subjects (adverbs and auxiliaries aside). Twelfth
 * round: any verb with "samen"/"gezamenlijk" after it ("vervangen samen hun …", "gaan samen het
 * luchtruim bewaken") or "together"/"jointly" before it and its object ("together operate the
 * …") — not being, having or delivering together ("zijn samen goed voor", "leveren samen").
 */
const RECIPROCAL =
  /^\s+(?:(?:have|has|had|will|would|also|today|on \p{L}+|long|already|now|increasingly|regularly|(?:last|this|next|vorige|deze|volgende|afgelopen)\s+(?:week|month|year|weekend|maand|jaar)|hebben|zullen|gaan|ook|vandaag|gisteren)\s+)*(?:(?:signed|sign|concluded|ondertekenden|ondertekenen|tekenden|tekenen|sloten|sluiten)\s+(?:(?:a|an|the|een|het|de)\s+)?(?:[\p{L}-]+\s+){0,3}(?:agreement|treaty|pact|accord|memorandum|partnership|overeenkomst|verdrag|akkoord|samenwerkingsverband|partnerschap|intentieverklaring)|(?:held|hold|holding|conducted|conduct|hielden|houden|voerden)\s+(?:(?:last|this|vorige|deze|afgelopen)\s+\p{L}+\s+)?(?:(?:a|an|een|their|hun)\s+)?(?:(?:first|eerste|joint|bilateral|combined|gezamenlijke|bilaterale)\s+)*(?:exercises?|drills?|patrols?|oefeningen|oefening|patrouilles?)|(?:(?:agreed|agree|decided|plan|plans|want|intend)\s+to\s+)?(?:cooperated|co-operated|collaborated|coordinate|coordinated|coordineren|coordineerden)(?!\s+(?:with|by|met|door))|(?:kopen|kochten|schaffen|ontwikkelen|ontwikkelden|bouwen|bouwden|produceren|investeren|bewaken|bewaakten|trekken|trokken|buy|bought|procure|procured|develop|developed|build|built|produce|produced|invest|guard|guarded|stand|stood)\s+(?:\p{Ll}+\s+)?(?:samen|gezamenlijk|together)(?!\s+(?:met|with))|(?:cooperate|co-operate|collaborate|work together|worked together|are working together|(?:work|worked|cooperate|cooperated)\s+closely(?:\s+together)?|(?:werken|werkten)\s+(?:(?:al|nog|ook|nauw|nauwer|sinds|jaren|jarenlang|decennia|lang|goed|intensief|steeds|vaak|regelmatig)\s+){0,3}samen|(?:werken|werkten)\s+(?:op|in|bij|voor|binnen|tijdens)\s+(?:[\p{L}-]+\s+){1,8}samen(?!\s+met)|(?:(?:nauwer|nauw|verder|intensiever|beter|meer)\s+)?samenwerken|agreed to (?:cooperate|deepen (?:their |defence |defense )*(?:cooperation|ties))|(?:(?:agreed|agree|want|wants|plan|plans|decided|are set|intend)\s+to\s+)?(?:further\s+)?(?:deepen|deepened|deepening|strengthen|strengthened|strengthening|expand|expanded|expanding|intensify|intensified|step up|stepped up|enhance|enhanced|boost|boosted|bolster|bolstered|reinforce|reinforced)\s+(?:(?:their|the|bilateral|defence|defense|military|security|industrial|close|closer|already close)\s+)*(?:cooperation|co-operation|collaboration|ties|partnership)|(?:(?:willen|gaan|zullen|besloten)\s+)?(?:hun|de)\s+(?:(?:bilaterale|militaire|defensie|nauwe)\s+)?(?:samenwerking|defensiesamenwerking|banden)\s+(?:[\p{L}-]+\s+){0,6}(?:verdiepen|versterken|uitbreiden|intensiveren|uitbouwen|verder uitbouwen)|(?:verdiepen|versterken|verstevigen|breiden|intensiveren)\s+(?:(?:hun|de)\s+)?(?:(?:bilaterale|militaire|maritieme|nauwe|onderlinge)\s+)?(?:samenwerking|defensiesamenwerking|banden)|(?:(?:would|will|to|can|could)\s+)?(?:train|trains|trained|exercise|exercises|exercised|operate|operates|operated|patrol|patrols|patrolled|sail|sails|sailed|fly|flies|flew|fight|fights|fought)(?:\s+and\s+[\p{L}]+)?\s+(?:closely\s+)?together|(?:(?:have|has)\s+)?(?:(?:announced|said|decided|agreed)\s+(?:that\s+)?(?:they\s+)?)?(?:(?:will|would|to)\s+)?jointly\s+[\p{L}]+|(?:lead|leads|led|form|forms|formed|run|runs|operate|operate|established|set up)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:joint|combined|trilateral|bilateral|multinational)|(?:oefenen|trainen|opereren|patrouilleren|varen|vliegen)\s+(?:[\p{L}]+\s+){0,3}samen|(?:(?:gaan|zullen|willen|gingen|wilden)\s+)?(?!(?:zijn|waren|is|was|hebben|hadden|staan|stonden|komen|kwamen|leveren|leverden|sturen|stuurden|zenden|geven|gaven|schenken|schonken|doneren|doneerden|stellen|stelden)\s)\p{Ll}{4,}\s+(?:nu\s+|ook\s+|voortaan\s+)?(?:samen|gezamenlijk)(?!\s+(?:met|werk|goed|verantwoordelijk))|(?:together|jointly)\s+(?:(?:will|would|to)\s+)?(?!(?:with|account|accounted|represent|represented|make|made|have|had|are|were|deliver|delivered|send|sent|give|gave|provide|provided|supply|supplied|donate|donated)\s)\p{Ll}{4,}(?:ed|s|e)?\s+(?:a|an|the|their|its)(?=\s)|(?:leiden|vormen)\s+(?:een|de|het)\s+(?:gezamenlijke?|gecombineerde?)))(?![\p{L}])/u;

const RECIPROCAL_HINT =
  /(?:sign|teken|slot|sluit|cooperat|collaborat|coordin|together|closely|samen|agreed|held|hold|conduct|hielden|houden|voerden|ties|partnership|banden|jointly|joint|combined|trilateral|bilateral|multinational|gezamenlijk|gecombineerd)/u;

/** Every two different actors of a list cooperate (COOPERATES_WITH), in the list's order. */
function cooperatingPairs(
  ctx: RuleContext,
  actors: readonly { mention: { key: string } }[],
  rule: string,
  confidence: number,
  sentence: number,
  properties?: Properties,
): void {
  for (let i = 0; i < actors.length; i++)
    for (let j = i + 1; j < actors.length; j++) {
      if (actors[i]!.mention.key === actors[j]!.mention.key) continue;
      ctx.findings.push({
        type: "COOPERATES_WITH",
        source: actors[i]!.mention.key,
        target: actors[j]!.mention.key,
        rule,
        confidence,
        sentence,
        ...(properties ? { properties } : {}),
      });
    }
}

export function reciprocalCooperation(ctx: RuleContext): void {
  const actors = ["Country", "Organisation"];
  for (const view of ctx.views) {
    if (!RECIPROCAL_HINT.test(view.folded)) continue;
    for (let i = 0; i + 1 < view.args.length; i++) {
      const first = view.args[i]!;
      if (!actors.includes(first.mention.type) || first.prep || first.aside) continue;
      // The whole coordinated subject, and what follows its last name.
      const group = view.args.filter(
        (a) => a.group === first.group && actors.includes(a.mention.type),
      );
      if (group[0] !== first || group.length < 2) continue;
      const last = group[group.length - 1]!;
      if (!RECIPROCAL.test(view.folded.slice(last.mention.end - view.start))) continue;
      cooperatingPairs(ctx, group, "cooperates.reciprocal", 0.75, view.index, {
        kind: "cooperation",
      });
    }
    // "The two ministers agreed to deepen cooperation", "Both sides signed an agreement", "The
    // three countries will strengthen their ties": the parties of the meeting or the list.
    const opening = PLURAL_PARTIES_OPENING.exec(view.folded);
    if (opening && RECIPROCAL.test(view.folded.slice(opening[0].length))) {
      const parties = pluralParties(ctx, view, view.start + opening[0].length);
      if (parties.length >= 2)
        cooperatingPairs(ctx, parties, "cooperates.reciprocal-parties", 0.7, view.index, {
          kind: "cooperation",
        });
    }
  }
}

/** A sentence opened by a plural of parties, up to the verb: "The two ministers", "Beide landen". */
const PLURAL_PARTIES_OPENING =
  /^\s*(?:(?:the|de|het|these|deze|all|alle)\s+)?(?:(?:two|both|three|four|five|twee|beide|drie|vier|vijf)\s+)?(?:leaders|ministers|defen[cs]e ministers|sides|countries|nations|states|allies|partners|leiders|bewindslieden|defensieministers|landen|staten|bondgenoten)(?=\s)/u;

const PARTICIPANTS_INCLUDE =
  /^\s*(?:(?:the|de|het|other|andere)\s+)?(?:(?:(?:participating|partner|contributing|deelnemende|andere)\s+)?(?:nations|countries|states|landen|lidstaten)|(?:(?:full|official|other|volwaardige|andere)\s+)?(?:participants|deelnemers))(?:\s+[^.;:]{0,60}?)?\s(?:include|includes|included|are|were|zijn|waren)\s+$/u;

/**
 * "Participating nations include Germany, Poland and Norway", "Countries also hosting training
 * events include Niger, …", "Full participants in Cobra Gold 2023 are Thailand, …": the listed
 * states take part in the exercise or mission the phrase names, else the article's — the one its
 * title names, else its topic mission.
 */
export function participantLists(ctx: RuleContext): void {
  let topic: string | undefined;
  for (const view of ctx.views) {
    if (view.start >= ctx.doc.titleEnd) break;
    const named = view.args.filter(
      (a) => a.mention.type === "Event" || a.mention.type === "Mission",
    );
    if (new Set(named.map((a) => a.mention.key)).size === 1) topic = named[0]!.mention.key;
  }
  topic ??= ctx.topicMission;
  for (const view of ctx.views) {
    if (!/(?:nations|countries|states|landen|lidstaten|participants|deelnemers)/u.test(view.folded))
      continue;
    const first = view.args.find((a) => a.mention.type === "Country" && !a.prep && !a.aside);
    if (!first) continue;
    if (!PARTICIPANTS_INCLUDE.test(view.folded.slice(0, first.mention.start - view.start)))
      continue;
    const named = view.args.find(
      (a) =>
        (a.mention.type === "Event" || a.mention.type === "Mission") &&
        a.mention.end <= first.mention.start,
    );
    const target = named?.mention.key ?? topic;
    if (!target) continue;
    for (const a of view.args) {
      if (a.group !== first.group || a.mention.type !== "Country") continue;
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: a.mention.key,
        target,
        rule: "participates.listed",
        confidence: 0.65,
        sentence: view.index,
      });
    }
  }
}

const UNDER_BEFORE = /(?:^|\s)(?:under|onder)\s+(?:(?:the|de|het)\s+)?$/u;
const COMMAND_AFTER =
  /^\s+(?:command|leadership|control|bevel|commando|leiding|aanvoering)(?![\p{L}])/u;

/**
 * "Battle Group Poland, a formation … under U.S. command, is serving …", "Onder Frans bevel
 * patrouilleert de missie …": the state whose command it is LEADS the sentence's force or mission
 * (its first name, else the first after the phrase).
 */
export function underCommand(ctx: RuleContext): void {
  const led = ["Organisation", "Mission"];
  for (const view of ctx.views) {
    if (!/(?:command|leadership|control|bevel|commando|leiding|aanvoering)/u.test(view.folded))
      continue;
    for (const leader of view.args) {
      if (leader.mention.type !== "Country") continue;
      const from = leader.mention.start - view.start;
      const to = leader.mention.end - view.start;
      if (!UNDER_BEFORE.test(view.folded.slice(Math.max(0, from - 12), from))) continue;
      if (!COMMAND_AFTER.test(view.folded.slice(to, to + 16))) continue;
      const first = view.args[0];
      const target =
        first && first !== leader && led.includes(first.mention.type) && !first.prep
          ? first
          : view.args.find(
              (a) =>
                a.mention.start > leader.mention.end && led.includes(a.mention.type) && !a.prep,
            );
      if (!target || target.mention.key === leader.mention.key) continue;
      ctx.findings.push({
        type: "LEADS",
        source: leader.mention.key,
        target: target.mention.key,
        rule: "leads.under-command",
        confidence: 0.7,
        sentence: view.index,
      });
    }
  }
}

/** A contingent named by where it comes from: "about 9,000 troops from", "Aircraft from the". */
const CONTINGENT_FROM =
  /(?:troops|forces|personnel|soldiers|service ?members|servicemembers|sailors|airmen|marines|aircraft|ships|warships|vessels|jets|fighters|units|instructors|trainers|contingents|teams|participants|militaries)\s+from\s+(?:(?:\d+|several|many|multiple|[a-z]+)\s+(?:allies|allied nations|nations|countries|partner nations|member states|partners)(?:,?\s+(?:including|such as|among them)|:)\s+)?(?:the\s+)?$/u;
/** Dutch: "militairen uit", "schepen uit" (thirteenth round). */
const CONTINGENT_UIT =
  /(?:militairen|troepen|soldaten|manschappen|mariniers|eenheden|schepen|marineschepen|fregatten|mijnenjagers|mijnenbestrijders|vliegtuigen|toestellen|contingenten|deelnemers|instructeurs)\s+uit\s+(?:(?:\d+|verschillende|diverse|meerdere|[a-z]+)\s+(?:landen|bondgenoten|partnerlanden|lidstaten)(?:,?\s+(?:waaronder|onder wie|namelijk)|:)\s+)?(?:de\s+|het\s+)?$/u;
/**
 * What the contingents are there for, after the list in their clause (thirteenth round): "Forces
 * from A, B and C will be in Germany for the Combined Resolve XV exercise", "… zijn in Litouwen
 * voor de oefening X". The purpose is the event or mission named right after "for"/"voor".
 */
const FOR_OCCASION =
  /^[^,;:()]{0,60}?(?<![\p{L}])(?:for|voor)\s+(?:(?:the|de|het)\s+)?(?:(?:exercise|operation|oefening|operatie)\s+)?$/u;
/** "for the exercise", "voor de oefening": the one referred to. */
const FOR_REFERRED =
  /^[^,;:()]{0,60}?(?<![\p{L}])(?:for|voor)\s+((?:the|this|de|het|deze)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})/u;
/**
 * Dutch taking part after the list: "… en Polen nemen deel aan X", "… doen mee aan de oefening",
 * or the particle of a separable verb closing the clause ("Naast de Schiedam varen in het eskader
 * schepen uit A, B en C mee."): the occasion is then the one named before the contingents.
 */
const TAKES_PART_NL =
  /^\s*(?:(?:nemen|namen|doen|deden|zullen|gaan|gingen|varen|voeren|vliegen|vlogen)\s+){0,2}(?:deel|mee)\s+(?:aan|met)\s+/u;
const PARTICLE_NL = /^\s*(?:deel|mee)\s*(?:[.;]|$)/u;
const PARTICIPATING_VERB_NL =
  /(?<![\p{L}])(?:nemen|namen|neemt|nam|doen|deden|doet|deed|varen|voeren|vaart|voer|vliegen|vlogen|vliegt|vloog|oefenen|oefenden|trainen|trainden|draaien|draaiden|lopen|liepen)(?![\p{L}])/u;

/** The event's own verb before its contingents: "Saber Strike brings together about 9,000 …". */
const GATHERS =
  /^\s*(?:(?:will|also)\s+)?(?:brings together|bring together|brought together|bringing together|involves|involved|involve|involving|includes|included|include|gathers|gathered|features|featured|unites|united|draws|drew|drawing|attracts|attracted|with)\s+(?:(?:about|some|around|more than|over|nearly|approximately|almost|up to|roughly)\s+)?(?:[\d,.]+\s+(?:thousand\s+)?)?(?:[\p{Ll}-]+(?:,\s+|\s+and\s+))?(?:[\p{Ll}-]+(?:,\s+|\s+and\s+))?(?:[\p{Ll}-]+\s+)?$/u;
/** The contingents' verb of taking part after them: "… and Sweden have joined", "supported the". */
const TAKES_PART =
  /^\s*(?:(?:have|has|had|will|also|are|were)\s+){0,2}(?:took part|take part|takes part|taking part|participated|participate|participates|participating|joined|join|joins|supported|support|supports)(?:\s+in)?\s+/u;
/** "… have joined British Army trainers on the programme": what they joined is the one referred to. */
const JOINED_ON =
  /^[^,.;]{0,60}?\s(?:on|in|for)\s+(?:the|this)\s+(?:programme|program|exercise|operation|mission|training)(?![\p{L}])/u;
// "the exercise", also with up to two modifiers: "the two-week exercise", "the annual NATO exercise".
const REFERRING_NOUN =
  /^(?:the|this|de|het|deze)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:exercise|drill|drills|operation|mission|programme|program|training|brigade|battlegroup|battle group|task force|coalition|oefening|operatie|missie)(?![\p{L}])/u;
/** A force referred to by its head noun ("the brigade"): the last organisation so named. */
const FORCE_NOUN = /(brigade|battlegroup|battle group|task force|coalition)$/u;

/**
 * The event or mission a definite "the exercise" / "the operation" refers to: the last one named
 * in this sentence before `before` or in the three sentences before it, else the one the headline
 * names. Reads at most four sentences.
 */
function referredEvent(
  ctx: RuleContext,
  index: number,
  before: number,
  noun = "",
): string | undefined {
  const force = FORCE_NOUN.exec(noun)?.[1];
  const wanted = force
    ? (a: Arg) =>
        (a.mention.type === "Organisation" || a.mention.type === "Mission") &&
        ctx.doc.folded
          .slice(a.mention.start, a.mention.end)
          .replace(/\s+/gu, "")
          .includes(force.replace(/\s+/gu, ""))
    : (a: Arg) => a.mention.type === "Event" || a.mention.type === "Mission";
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const args = ctx.views[i]!.args;
    for (let j = args.length - 1; j >= 0; j--) {
      const a = args[j]!;
      if (wanted(a) && a.mention.end <= before) return a.mention.key;
    }
  }
  for (const view of force ? [] : ctx.views) {
    if (view.start >= ctx.doc.titleEnd) break;
    const named = view.args.filter(wanted);
    if (new Set(named.map((a) => a.mention.key)).size === 1) return named[0]!.mention.key;
  }
  return undefined;
}

/**
 * `contingent-origins`: "Saber Strike 24 brings together about 9,000 troops from Lithuania,
 * Poland and Germany", "Aircraft from Australia, New Zealand and France supported the operation",
 * "Instructors from Canada and Sweden have joined the programme": the states a contingent comes
 * from take part in the event or mission that gathers it or that it joins ("the exercise", "the
 * operation": the one named last, else the headline's). Without such a verb nothing is said.
 */
export function contingentOrigins(ctx: RuleContext): void {
  for (const view of ctx.views) {
    // (A regular expression, not a string: the import scan of test/unit/compose.test.ts reads
    // a quoted "from" as an import.)
    if (!/\s(?:from|uit)\s/u.test(view.folded)) continue;
    let contingent = CONTINGENT_FROM;
    const first = view.args.find((a) => {
      if (a.mention.type !== "Country" || a.aside) return false;
      const before = view.folded.slice(
        Math.max(0, a.mention.start - view.start - 40),
        a.mention.start - view.start,
      );
      contingent = CONTINGENT_FROM.test(before) ? CONTINGENT_FROM : CONTINGENT_UIT;
      return contingent === CONTINGENT_FROM || CONTINGENT_UIT.test(before);
    });
    if (!first) continue;
    const states = view.args.filter((a) => a.group === first.group && a.mention.type === "Country");
    const head = view.folded.slice(0, first.mention.start - view.start);
    const nounStart = head.search(contingent);
    let target: string | undefined;
    // The event before the contingents, with its verb of gathering in between.
    const subject = view.args.findLast(
      (a) =>
        (a.mention.type === "Event" || a.mention.type === "Mission") &&
        !a.prep &&
        a.mention.end - view.start <= nounStart,
    );
    const lead = subject
      ? head.slice(subject.mention.end - view.start, nounStart)
      : head.slice(0, nounStart);
    if (subject && GATHERS.test(lead)) target = subject.mention.key;
    else if (!subject) {
      const reference = /(?:^|\s)((?:the|this)\s+[\p{Ll}]+)\s+(?=\S)/u.exec(lead);
      const rest = reference ? lead.slice(reference.index + reference[0].length) : "";
      if (reference && REFERRING_NOUN.test(reference[1]!) && GATHERS.test(` ${rest}`))
        target = referredEvent(ctx, view.index, view.start, reference[1]!);
    }
    // The verb of taking part after the list, and what it names.
    if (!target) {
      const last = states[states.length - 1]!;
      const tail = view.folded.slice(last.mention.end - view.start);
      const takes = TAKES_PART.exec(tail);
      if (takes) {
        const at = last.mention.end + takes[0].length;
        const rest = tail.slice(takes[0].length);
        const object = view.args.find(
          (a) =>
            (a.mention.type === "Event" || a.mention.type === "Mission") &&
            a.mention.start >= at &&
            // "take part in Exercise X" where the name starts after its noun.
            /^(?:(?:the|this)\s+)?(?:(?:exercise|operation)\s+)?$/u.test(
              view.folded.slice(at - view.start, a.mention.start - view.start),
            ),
        );
        if (object) target = object.mention.key;
        else if (REFERRING_NOUN.test(rest) || JOINED_ON.test(rest))
          target = referredEvent(ctx, view.index, last.mention.start);
      }
    }
    const last = states[states.length - 1]!;
    const tail = view.folded.slice(last.mention.end - view.start);
    // Dutch taking part after the list, or the particle of a separable verb closing the clause.
    if (!target && contingent === CONTINGENT_UIT) {
      const takes = TAKES_PART_NL.exec(tail);
      if (takes) {
        const at = last.mention.end + takes[0].length;
        const object = view.args.find(
          (a) =>
            (a.mention.type === "Event" || a.mention.type === "Mission") &&
            /^(?:(?:de|het)\s+)?(?:(?:oefening|operatie|missie)\s+)?$/u.test(
              view.folded.slice(at - view.start, a.mention.start - view.start),
            ),
        );
        if (object) target = object.mention.key;
      } else if (PARTICLE_NL.test(tail)) {
        // "Naast de Schiedam varen in het eskader schepen uit A, B en C mee": the occasion or
        // group named between the verb and the contingents.
        const clauseStart = view.clauseStarts.findLast((c) => c <= nounStart) ?? 0;
        const verb = PARTICIPATING_VERB_NL.exec(head.slice(clauseStart, nounStart));
        const occasion = verb
          ? view.args.findLast(
              (a) =>
                a.prep !== undefined &&
                a.mention.start - view.start >= clauseStart + verb.index &&
                a.mention.end - view.start <= nounStart &&
                (a.mention.type === "Event" ||
                  a.mention.type === "Mission" ||
                  (a.mention.type === "Organisation" && a.mention.via === "anaphor")),
            )
          : undefined;
        if (occasion) target = occasion.mention.key;
      }
    }
    // "Forces from A, B and C will be in Germany for the Combined Resolve XV exercise": the
    // occasion named after "for"/"voor" in the contingents' clause, or the one "for the exercise"
    // refers to (thirteenth round).
    if (!target) {
      const occasion = view.args.find(
        (a) =>
          (a.mention.type === "Event" || a.mention.type === "Mission") &&
          !a.aside &&
          a.clause === last.clause &&
          a.mention.start >= last.mention.end &&
          FOR_OCCASION.test(
            view.folded.slice(last.mention.end - view.start, a.mention.start - view.start),
          ),
      );
      if (occasion) target = occasion.mention.key;
      else {
        const referred = FOR_REFERRED.exec(tail);
        if (referred && REFERRING_NOUN.test(referred[1]!))
          target = referredEvent(ctx, view.index, last.mention.start, referred[1]!);
      }
    }
    // "… for Exercise Super Garuda Shield, alongside forces from Indonesia and Japan": forces
    // alongside whom the exercise is done take part in the exercise just named.
    if (
      !target &&
      /(?:alongside|together with|samen met|naast)\s+(?:the\s+|de\s+)?$/u.test(
        head.slice(0, nounStart),
      )
    ) {
      const event = view.args.findLast(
        (a) => a.mention.type === "Event" && a.mention.end - view.start <= nounStart,
      );
      if (event) target = event.mention.key;
    }
    if (!target) continue;
    for (const state of states) {
      if (state.mention.key === target) continue;
      ctx.findings.push({
        type: "PARTICIPATES_IN",
        source: state.mention.key,
        target,
        rule: "participates.contingent-origin",
        confidence: 0.65,
        sentence: view.index,
      });
    }
  }
}

const HOSTED = /(?<![\p{L}])(?:hosted|hosts|will host|is hosting|welcomed|welcomes)\s/gu;
/** What brings the guests: "… in Honolulu on May 2 for the second …", "to the". */
const FOR_EVENT = /(?:^|\s)(?:for|at|to)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+)?$/u;

/**
 * `hosted-guests`: "Secretary Austin hosted Minister X, Minister Y and Secretary Z in Honolulu for
 * the second … Defense Ministers' Meeting": the host leads the event, the guests named between
 * the verb and the event take part in it. Only within one clause; only people and states.
 */
export function hostedGuests(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (!/host|welcome/u.test(view.folded)) continue;
    HOSTED.lastIndex = 0;
    for (let m = HOSTED.exec(view.folded); m !== null; m = HOSTED.exec(view.folded)) {
      const at = view.start + m.index;
      const after = at + m[0].length;
      const clauseOf = (offset: number) => {
        let c = 0;
        for (let i = 0; i < view.clauseStarts.length; i++)
          if (view.clauseStarts[i]! <= offset) c = i;
        return c;
      };
      const clause = clauseOf(m.index);
      const event = view.args.find(
        (a) =>
          a.mention.type === "Event" &&
          a.mention.start >= after &&
          a.clause === clause &&
          FOR_EVENT.test(
            view.folded.slice(
              Math.max(0, a.mention.start - view.start - 30),
              a.mention.start - view.start,
            ),
          ),
      );
      if (!event) continue;
      const host = view.args.findLast(
        (a) =>
          a.mention.end <= at &&
          !a.prep &&
          !a.aside &&
          a.clause === clause &&
          (a.mention.type === "Person" ||
            a.mention.type === "Country" ||
            a.mention.type === "Organisation"),
      );
      // "Secretary Austin and Secretary Blinken hosted …": every coordinated host, also with
      // an office between the conjunction and the name.
      const hosts = host ? view.args.filter((a) => a.group === host.group && !a.prep) : [];
      for (let i = view.args.indexOf(hosts[0] ?? host!) - 1; host && i >= 0; i--) {
        const a = view.args[i]!;
        const next = hosts[0]!;
        if (a.mention.type !== "Person" || a.clause !== clause) break;
        const gap = view.folded.slice(a.mention.end - view.start, next.mention.start - view.start);
        if (!/^(?:\s+(?:iii|ii|jr\.?|sr\.?))?,?\s+and\s+(?:[\p{L}.-]+\s+){0,6}$/u.test(gap)) break;
        hosts.unshift(a);
      }
      for (const h of hosts)
        ctx.findings.push({
          type: "LEADS",
          source: h.mention.key,
          target: event.mention.key,
          rule: "leads.host-for",
          confidence: 0.7,
          sentence: view.index,
        });
      for (const guest of view.args) {
        if (guest.mention.type !== "Person" || guest.aside) continue;
        if (guest.mention.start < after || guest.mention.end > event.mention.start) continue;
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: guest.mention.key,
          target: event.mention.key,
          rule: "participates.guest",
          confidence: 0.7,
          sentence: view.index,
        });
      }
      // "… hosted A and B in Annapolis, Maryland, for the …": the event is where the guests were
      // received — the first place after "in"/"at" between them and the event (not "of Japan").
      const place = view.args.find(
        (a) =>
          (a.mention.type === "Location" || a.mention.type === "Country") &&
          !a.aside &&
          (a.prep === "in" || a.prep === "at") &&
          a.mention.start >= after &&
          a.mention.end <= event.mention.start,
      );
      if (place)
        ctx.findings.push({
          type: "LOCATED_IN",
          source: event.mention.key,
          target: place.mention.key,
          rule: "located.hosted-in",
          confidence: 0.7,
          sentence: view.index,
        });
    }
  }
}

/** ", in which Australian and Japanese forces took part": the relative's verb of taking part. */
const IN_WHICH = /,\s+(?:in which|during which|in which both)\s+/gu;
const RELATIVE_TAKES_PART =
  /(?<![\p{L}])(?:took part|take part|takes part|taking part|participated|participate|participates|trained|train|served|serve|joined)(?![\p{L}])/u;
const ALONGSIDE = /(?:^|\s)(?:alongside|with|together with|and)\s+(?:the\s+)?$/u;

/**
 * `relative-participation`: "Exercise Balikatan 2024, in which Australian and Japanese forces took
 * part alongside the Armed Forces of the Philippines and U.S. forces": the states and forces of the
 * relative clause (before its verb of taking part, and those it names "alongside") take part in
 * the event or mission right before ", in which".
 */
export function relativeParticipation(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (!view.folded.includes(" which ")) continue;
    IN_WHICH.lastIndex = 0;
    for (let m = IN_WHICH.exec(view.folded); m !== null; m = IN_WHICH.exec(view.folded)) {
      const at = view.start + m.index;
      const event = view.args.find(
        (a) =>
          (a.mention.type === "Event" || a.mention.type === "Mission") &&
          a.mention.end <= at &&
          /^\s*$/u.test(view.folded.slice(a.mention.end - view.start, m!.index)),
      );
      if (!event) continue;
      const from = m.index + m[0].length;
      const rest = view.folded.slice(from);
      const end = /[;:]|,\s(?!and\s)/u.exec(rest)?.index ?? rest.length;
      const verb = RELATIVE_TAKES_PART.exec(rest.slice(0, end));
      if (!verb) continue;
      const verbAt = view.start + from + verb.index;
      const clauseEnd = view.start + from + end;
      for (const a of view.args) {
        if (a.mention.start < view.start + from || a.mention.end > clauseEnd) continue;
        const asset = a.mention.type === "Asset";
        if (a.mention.type !== "Country" && a.mention.type !== "Organisation" && !asset) continue;
        if (a.mention.start > verbAt) {
          // After the verb only the partners it names ("alongside the X and Y forces").
          const between = view.folded.slice(verbAt - view.start, a.mention.start - view.start);
          if (!/(?:alongside|together with|with)\s/u.test(between)) continue;
          const lead = view.folded.slice(
            Math.max(0, a.mention.start - view.start - 24),
            a.mention.start - view.start,
          );
          if (!ALONGSIDE.test(lead) && !/(?:^|\s)(?:and|,)\s+(?:the\s+)?$/u.test(lead)) continue;
        }
        if (a.mention.key === event.mention.key) continue;
        ctx.findings.push({
          type: "PARTICIPATES_IN",
          source: a.mention.key,
          target: event.mention.key,
          // A contingent takes part for its owner (pass asset-actors).
          rule: asset ? "participates.relative.asset-actor" : "participates.relative",
          confidence: 0.65,
          sentence: view.index,
        });
      }
    }
  }
}

const BETWEEN_MEMBERS =
  /^\s+(?:(?:security|defence|defense|trilateral|strategic|military)\s+)?(?:partnership|pact|alliance|grouping|arrangement|agreement)\s+(?:between|of)\s+(?:the\s+)?$/u;

/**
 * `named-partnerships`: "the AUKUS partnership between Australia, the United Kingdom and the
 * United States", "the Quad grouping of Australia, India, Japan and the United States": the states
 * listed are members of the named organisation; "the alliance between the United States and the
 * Philippines" (no organisation named): the states cooperate.
 */
const BETWEEN_PARTNERS =
  /(?:^|\s)(?:the|an?|our|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:alliance|partnership|cooperation|co-operation|relationship|relations|ties)\s+between\s+(?:the\s+)?$/u;

export function namedPartnerships(ctx: RuleContext): void {
  for (const view of ctx.views) {
    if (!/ between | of /u.test(view.folded)) continue;
    // "the ironclad alliance between the United States and the Philippines": the two (or more)
    // states cooperate (no organisation names the bond).
    for (const first of view.args) {
      if (first.mention.type !== "Country" || first.prep !== "between") continue;
      const lead = view.folded.slice(
        Math.max(0, first.mention.start - view.start - 60),
        first.mention.start - view.start,
      );
      if (!BETWEEN_PARTNERS.test(lead)) continue;
      // "the AUKUS partnership between …" names an organisation: its members, below.
      const named = view.args.some(
        (a) =>
          a.mention.type === "Organisation" &&
          a.mention.end <= first.mention.start &&
          /^[\s\p{Ll}-]*\sbetween\s+(?:the\s+)?$/u.test(
            view.folded.slice(a.mention.end - view.start, first.mention.start - view.start),
          ),
      );
      if (named) break;
      // "between Jordan and the US-led coalition": the leader qualifies a partner.
      const states = view.args.filter(
        (a) =>
          a.group === first.group &&
          a.mention.type === "Country" &&
          !LED_AFTER.test(
            view.folded.slice(a.mention.end - view.start, a.mention.end - view.start + 9),
          ),
      );
      cooperatingPairs(ctx, states, "cooperates.between", 0.7, view.index);
      break;
    }
    for (let i = 0; i + 1 < view.args.length; i++) {
      const org = view.args[i]!;
      if (org.mention.type !== "Organisation") continue;
      const first = view.args[i + 1]!;
      if (first.mention.type !== "Country") continue;
      const gap = view.folded.slice(org.mention.end - view.start, first.mention.start - view.start);
      // "the Five Eyes alliance between …": the noun may close the organisation's own name.
      const named = /(?:partnership|pact|alliance|grouping|arrangements?|agreement)$/u.test(
        view.folded.slice(org.mention.start - view.start, org.mention.end - view.start),
      );
      if (!BETWEEN_MEMBERS.test(gap) && !(named && /^\s+between\s+(?:the\s+)?$/u.test(gap)))
        continue;
      for (const a of view.args) {
        if (a.group !== first.group || a.mention.type !== "Country") continue;
        ctx.findings.push({
          type: "MEMBER_OF",
          source: a.mention.key,
          target: org.mention.key,
          rule: "member.named-partnership",
          confidence: 0.7,
          sentence: view.index,
        });
      }
    }
  }
}
