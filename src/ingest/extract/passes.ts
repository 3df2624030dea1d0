import type { ArticleInput } from "../../domain/article.ts";
import type { Language } from "../../domain/vocabulary.ts";
import {
  coordinatedKindCues,
  recogniseAssetNounReferences,
  recogniseAssets,
  recognisePersonnelReferences,
} from "./assets.ts";
import { recogniseCapitalActors } from "./capital-actors.ts";
import {
  missionAreasInNames,
  recogniseBareBattlegroups,
  recogniseBases,
  recogniseEvents,
  recogniseLeaderMissions,
  recogniseLedBattlegroups,
  recogniseOpposingNames,
  recogniseStateBodies,
  recogniseUnits,
  resolveDefiniteDescriptions,
} from "./compounds.ts";
import { resolveCoreferences } from "./coreference.ts";
import { datelineFacts, recogniseDateline } from "./datelines.ts";
import { recogniseDeployedUnits } from "./deployed-units.ts";
import { recogniseEmbassies } from "./embassies.ts";
import { recogniseExercises } from "./exercises.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { recogniseSharedHeadPlaces, recogniseSharedHeadUnits } from "./lists.ts";
import {
  dropOtherEditions,
  recogniseBodyMeetings,
  recogniseMeetingsOf,
  recogniseMinistersMeetings,
  recognisePlacedSummits,
} from "./meetings.ts";
import { MentionSet } from "./mention-set.ts";
import type { Doc, EntityRecord, EntityRegistry, Finding } from "./model.ts";
import { recogniseNamedForces } from "./named-forces.ts";
import { recogniseOperations } from "./operations.ts";
import { joinParentUnits } from "./parent-units.ts";
import {
  dropOfficeQualifiers,
  recogniseAppositionPeople,
  recogniseTitledPeople,
  resolveSurnames,
  speakerSurnames,
  type TitledPerson,
} from "./people.ts";
import { recognisePlaces } from "./places.ts";
import { dropPressCredits } from "./press-credits.ts";
import {
  type AssetCue,
  recogniseCountryReferences,
  recogniseDefinedAcronyms,
  recogniseHeadReferences,
  recogniseKnownNames,
} from "./recognise.ts";
import {
  accessions,
  chairedBodies,
  groupingAppositions,
  namedThreats,
  ownDeterrence,
  personAffiliations,
  signedAgreements,
} from "./relations/affiliations.ts";
import { leadersRelationship, unitSources } from "./relations/aid.ts";
import { armedGroupAreas } from "./relations/armed-groups.ts";
import { backedCompounds } from "./relations/backed-compounds.ts";
import { companions } from "./relations/companions.ts";
import { compositions } from "./relations/compositions.ts";
import {
  assetActors,
  assetGroups,
  commanders,
  navyShips,
  placesOfNationality,
  takeovers,
  whereBased,
} from "./relations/constructions.ts";
import { ourAllies, repeatedPartners } from "./relations/cooperation.ts";
import {
  allyNouns,
  areaLists,
  assignAssets,
  basedCompounds,
  contingentOrigins,
  defenceAgainst,
  headquartersStatements,
  homeState,
  hostedGuests,
  impersonalOperations,
  knowledgeFacts,
  ledCompounds,
  liftStatements,
  namedPartnerships,
  officeAppositions,
  operationsOf,
  pairRelationships,
  participantLists,
  placesInStates,
  possessives,
  preferTopicMission,
  reciprocalCooperation,
  relativeParticipation,
  representation,
  seatedBodies,
  splitVotes,
  titleRepresentation,
  topicMission,
  transfers,
  underCommand,
} from "./relations/discourse.ts";
import { dutchPassives } from "./relations/dutch-passives.ts";
import { type RuleContext, viewSentence } from "./relations/engine.ts";
import {
  basedAppositions,
  coLeaders,
  duringExercise,
  eventDestinations,
  frontedParticipation,
  joinedMeetings,
  listedParticipants,
  meetingPlaces,
  namedHeadquarters,
  openingPartners,
  placesInPlaces,
  speakersAtEvents,
  topicEventParticipants,
} from "./relations/events.ts";
import { applyFrames } from "./relations/frames.ts";
import {
  bareOffices,
  exerciseDirectors,
  handovers,
  ledDescriptions,
  ledReferences,
  meetingChairs,
  officeHolders,
  unnamedOffices,
} from "./relations/leaders.ts";
import { listMembers } from "./relations/list-members.ts";
import { measuredPairs } from "./relations/measured-pairs.ts";
import {
  duringEventPlaces,
  formationsNamedByState,
  headquartersAppositions,
  missionPersonnel,
  participantsAlongside,
  placesInMeetingNames,
  presentAtOccasion,
  splitParticipation,
  trainedForEvent,
} from "./relations/occasions.ts";
import { headOffices, officeRoles, possessiveOffices } from "./relations/office-roles.ts";
import { ownershipRelations } from "./relations/ownership.ts";
import { partyMembers } from "./relations/party-members.ts";
import {
  airspaceAreas,
  componentAppositions,
  deputyOffices,
  forceMembers,
  homePorts,
  onOperation,
} from "./relations/real-habits.ts";
import { placedAssets, sentenceDefaults } from "./relations/sentence-defaults.ts";
import { sharedPhraseAssets } from "./relations/shared-assets.ts";
import {
  fightBeneficiaries,
  knownWars,
  separatedCooperation,
  warReferences,
} from "./relations/stances.ts";
import { stateOrgans } from "./relations/state-organs.ts";
import { recogniseSharedServices } from "./shared-services.ts";
import { recogniseShips } from "./ships.ts";

/**
 * What the passes have found so far. Entity passes add mentions to `mentions` (the MentionSet
 * owns adding, overlap and nesting) and records to `registry`, and return the relations a name
 * states ("anti-ISIS coalition" OPPOSES ISIS); relation passes add findings through `rules`
 * (`rules.findings` is `findings`: later rules read earlier findings).
 */
export interface PassState {
  readonly article: ArticleInput & { language: Language };
  readonly gazetteer: Gazetteer;
  readonly registry: EntityRegistry;
  mentions: MentionSet;
  readonly findings: Finding[];
  /** Asset nouns and equipment models the dictionary found, for the asset pass. */
  assetCues: AssetCue[];
  ships: ReturnType<typeof recogniseShips>;
  /** People introduced by a title or office, and surnames still to resolve. */
  titled: TitledPerson[];
  pending: ReturnType<typeof recogniseTitledPeople>["pending"];
  assets: ReturnType<typeof recogniseAssets>["assets"];
  /** The sentences as argument lists, for the relation passes (set by `sentence-views`). */
  rules?: RuleContext;
}

export type PassStage = "entities" | "relations";

/** One step of extraction: a named function of the document and the state so far. */
export interface ExtractionPass {
  readonly name: string;
  readonly stage: PassStage;
  /** Returns the relations it found, or nothing when it only adds mentions or records. */
  run(doc: Doc, state: PassState): readonly Finding[] | undefined;
}

const entities = (
  name: string,
  run: (doc: Doc, state: PassState) => readonly Finding[] | undefined,
): ExtractionPass => ({ name, stage: "entities", run });

/** A relation pass: it needs the sentence views, and adds its findings through them. */
const relations = (
  name: string,
  run: (rules: RuleContext, state: PassState) => void,
): ExtractionPass => ({
  name,
  stage: "relations",
  run: (_doc, state) => {
    if (!state.rules) throw new Error(`pass ${name} runs before the sentence views`);
    run(state.rules, state);
    return undefined;
  },
});

/**
 * "NATO air defence sorties", "air defence missions", "luchtverdedigingstaken": a generic kind
 * of asset before a noun of activity names the activity, not equipment anyone sends.
 */
const ACTIVITY_AFTER_KIND =
  /^[\s-]+(?:sorties?|missions?|missies?|operations?|patrols?|taken|taak|vluchten|vlucht)(?![\p{L}])/u;
function kindQualifiesActivity(doc: Doc, cue: AssetCue): boolean {
  return (
    cue.assetKind !== undefined &&
    cue.equipment === undefined &&
    ACTIVITY_AFTER_KIND.test(doc.text.slice(cue.end, cue.end + 14))
  );
}

function yearOf(article: ArticleInput): number | undefined {
  const match = /^(\d{4})/.exec(article.publishedAt ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * Every pass, in the order they run (like graphql-js's `specifiedRules`): entities first —
 * dictionary, then names built from names, then people, then assets — then relations. Order
 * matters: a pass reads what earlier ones found (a compound nests the names inside it; surnames
 * resolve to people named by title; relation rules read earlier findings). To add a pass, add it
 * here; test/unit/extract/passes.test.ts checks the list and each pass's contract.
 */
export const EXTRACTION_PASSES: readonly ExtractionPass[] = [
  entities("known-names", (doc, s) => {
    const known = recogniseKnownNames(doc, s.gazetteer, s.registry);
    s.mentions = known.mentions;
    s.assetCues = known.assetCues;
    return undefined;
  }),
  entities("ships", (doc, s) => {
    s.ships = recogniseShips(doc, s.gazetteer, s.registry, s.mentions, s.assetCues);
    return undefined;
  }),
  entities("opposing-names", (doc, s) =>
    recogniseOpposingNames(doc, s.gazetteer, s.registry, s.mentions),
  ),
  entities("state-bodies", (doc, s) =>
    recogniseStateBodies(doc, s.gazetteer, s.registry, s.mentions),
  ),
  entities("shared-services", (doc, s) => {
    recogniseSharedServices(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("events", (doc, s) => recogniseEvents(doc, s.gazetteer, s.registry, s.mentions)),
  entities("bases", (doc, s) => {
    recogniseBases(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("embassies", (doc, s) => recogniseEmbassies(doc, s.registry, s.mentions)),
  entities("named-forces", (doc, s) => {
    recogniseNamedForces(doc, s.registry, s.mentions, s.gazetteer);
    return undefined;
  }),
  entities("meetings-of", (doc, s) => {
    recogniseMeetingsOf(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("body-meetings", (doc, s) => {
    recogniseBodyMeetings(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("ministers-meetings", (doc, s) => {
    recogniseMinistersMeetings(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("exercises", (doc, s) => {
    recogniseExercises(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("operations", (doc, s) => {
    recogniseOperations(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("places", (doc, s) => {
    recognisePlaces(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("press-credits", (doc, s) => {
    dropPressCredits(doc, s.mentions);
    return undefined;
  }),
  entities("datelines", (doc, s) => {
    const dateline = recogniseDateline(doc, s.gazetteer, s.registry, s.mentions);
    return dateline ? datelineFacts(doc, s.registry, s.mentions, dateline) : undefined;
  }),
  entities("units", (doc, s) => {
    recogniseUnits(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("shared-head-units", (doc, s) => {
    recogniseSharedHeadUnits(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("shared-head-places", (doc, s) => {
    recogniseSharedHeadPlaces(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("parent-units", (doc, s) => {
    joinParentUnits(doc, s.registry, s.mentions);
    return undefined;
  }),
  entities("office-qualifiers", (doc, s) => {
    dropOfficeQualifiers(doc, s.mentions);
    return undefined;
  }),
  entities("titled-people", (doc, s) => {
    const { titled, pending } = recogniseTitledPeople(doc, s.gazetteer, s.registry, s.mentions);
    s.titled.push(...titled);
    s.pending.push(...pending);
    return undefined;
  }),
  entities("apposition-people", (doc, s) => {
    s.titled.push(...recogniseAppositionPeople(doc, s.gazetteer, s.registry, s.mentions));
    return undefined;
  }),
  entities("speakers", (doc, s) => {
    s.pending.push(
      ...speakerSurnames(doc, s.gazetteer, s.mentions, s.article.publishedAt ?? undefined),
    );
    return undefined;
  }),
  entities("surnames", (doc, s) => {
    resolveSurnames(
      doc,
      s.gazetteer,
      s.registry,
      s.mentions,
      s.titled,
      s.pending,
      s.article.publishedAt ?? undefined,
    );
    return undefined;
  }),
  entities("defined-acronyms", (doc, s) => {
    s.mentions.push(...recogniseDefinedAcronyms(doc, s.mentions));
    return undefined;
  }),
  entities("leader-missions", (doc, s) =>
    recogniseLeaderMissions(doc, s.gazetteer, s.registry, s.mentions),
  ),
  entities("bare-battlegroups", (doc, s) =>
    recogniseBareBattlegroups(doc, s.gazetteer, s.registry, s.mentions),
  ),
  entities("led-battlegroups", (doc, s) => {
    recogniseLedBattlegroups(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("definite-descriptions", (doc, s) => {
    resolveDefiniteDescriptions(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("head-references", (doc, s) => {
    s.mentions.push(...recogniseHeadReferences(doc, s.registry, s.mentions));
    return undefined;
  }),
  entities("coreference", (doc, s) => {
    resolveCoreferences(
      doc,
      s.registry,
      s.mentions,
      s.titled,
      s.assetCues,
      new Set(s.ships.ships.map((ship) => ship.record.key)),
    );
    return undefined;
  }),
  entities("other-editions", (doc, s) => {
    dropOtherEditions(doc, s.mentions);
    return undefined;
  }),
  entities("placed-summits", (doc, s) => {
    recognisePlacedSummits(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("mission-areas-in-names", (doc, s) => missionAreasInNames(doc, s.mentions)),
  entities("coordinated-kinds", (doc, s) => {
    s.assetCues.push(...coordinatedKindCues(doc, s.gazetteer, s.assetCues));
    return undefined;
  }),
  entities("assets", (doc, s) => {
    const { assets, findings } = recogniseAssets(
      doc,
      s.registry,
      s.mentions,
      // A cue inside a longer name of another type ("F-35-programma" aside) is no asset.
      s.assetCues.filter(
        (cue) =>
          !s.mentions.outerContaining(cue.start, cue.end, (m) => m.type !== "Asset") &&
          !kindQualifiesActivity(doc, cue),
      ),
      yearOf(s.article),
      publisherState(s),
    );
    s.assets.push(...assets, ...s.ships.ships);
    return [...findings, ...s.ships.findings];
  }),
  entities("deployed-units", (doc, s) => {
    const { assets, findings } = recogniseDeployedUnits(doc, s.registry, s.mentions, s.assets);
    s.assets.push(...assets);
    return findings;
  }),
  entities("personnel-references", (doc, s) => {
    recognisePersonnelReferences(doc, s.mentions, s.assets);
    return undefined;
  }),
  entities("asset-noun-references", (doc, s) => {
    recogniseAssetNounReferences(doc, s.mentions, s.assetCues, s.assets);
    return undefined;
  }),
  entities("capital-actors", (doc, s) => {
    recogniseCapitalActors(doc, s.gazetteer, s.registry, s.mentions);
    return undefined;
  }),
  entities("country-references", (doc, s) => {
    s.mentions.push(...recogniseCountryReferences(doc, s.mentions));
    return undefined;
  }),
  entities("topic-mission-preference", (doc, s) => {
    preferTopicMission(doc, s.mentions);
    return undefined;
  }),
  entities("sentence-views", (doc, s) => {
    const views = doc.sentences.map((sentence, i) =>
      viewSentence(doc, i, s.mentions.overlappingByStart(sentence.start, sentence.end)),
    );
    const rules: RuleContext = { doc, views, findings: s.findings };
    const topic = topicMission(doc, s.mentions);
    if (topic) rules.topicMission = topic;
    s.rules = rules;
    return undefined;
  }),
  relations("representation", (r, s) =>
    representation(
      r,
      s.registry,
      s.titled,
      s.mentions,
      s.article.publishedAt ?? undefined,
      s.article.language === "nl" ? publisherState(s) : undefined,
    ),
  ),
  relations("title-representation", (r, s) => titleRepresentation(r, s.registry, s.mentions)),
  relations("office-roles", (r, s) =>
    officeRoles(r, s.registry, s.mentions, s.article.publishedAt ?? undefined),
  ),
  relations("head-offices", (r, s) =>
    headOffices(r, s.registry, s.mentions, s.article.publishedAt ?? undefined),
  ),
  relations("possessive-offices", (r, s) => possessiveOffices(r, s.registry, s.titled, s.mentions)),
  relations("person-affiliations", (r, s) => personAffiliations(r, s.registry)),
  relations("signed-agreements", (r, s) => signedAgreements(r, s.registry)),
  relations("accessions", (r, s) => accessions(r, s.registry)),
  relations("named-threats", (r, s) => namedThreats(r, s.registry)),
  relations("grouping-appositions", (r) => groupingAppositions(r)),
  relations("pair-relationships", (r) => pairRelationships(r)),
  relations("headquarters", (r) => headquartersStatements(r)),
  relations("frames", (r, s) => applyFrames(r, s.gazetteer.kb, s.mentions)),
  relations("dutch-passives", (r) => dutchPassives(r)),
  relations("fight-beneficiaries", (r) => fightBeneficiaries(r)),
  relations("split-votes", (r) => splitVotes(r)),
  relations("ally-nouns", (r) => allyNouns(r)),
  relations("led-compounds", (r) => ledCompounds(r)),
  relations("backed-compounds", (r) => backedCompounds(r)),
  relations("office-appositions", (r) => officeAppositions(r)),
  relations("operations-of", (r) => operationsOf(r)),
  relations("defence-against", (r) => defenceAgainst(r)),
  relations("war-references", (r, s) => warReferences(r, s.registry, s.mentions)),
  relations("seated-bodies", (r, s) => seatedBodies(r, s.registry)),
  relations("places-in-states", (r, s) => placesInStates(r, s.registry)),
  relations("places-in-places", (r, s) => placesInPlaces(r, s.registry)),
  relations("based-appositions", (r, s) => basedAppositions(r, s.registry)),
  relations("named-headquarters", (r, s) => namedHeadquarters(r, s.registry, s.mentions)),
  relations("based-compounds", (r, s) => basedCompounds(r, s.mentions)),
  relations("area-lists", (r) => areaLists(r)),
  relations("reciprocal-cooperation", (r) => reciprocalCooperation(r)),
  relations("separated-cooperation", (r) => separatedCooperation(r)),
  relations("participant-lists", (r) => participantLists(r)),
  relations("contingent-origins", (r) => contingentOrigins(r)),
  relations("hosted-guests", (r) => hostedGuests(r)),
  relations("topic-event-participants", (r) => topicEventParticipants(r)),
  relations("fronted-participation", (r) => frontedParticipation(r)),
  relations("co-leaders", (r) => coLeaders(r)),
  relations("opening-partners", (r) => openingPartners(r)),
  relations("meeting-places", (r) => meetingPlaces(r)),
  relations("event-destinations", (r) => eventDestinations(r)),
  relations("speakers-at-events", (r) => speakersAtEvents(r)),
  relations("during-exercise", (r, s) => duringExercise(r, s.registry)),
  relations("joined-meetings", (r) => joinedMeetings(r)),
  relations("relative-participation", (r) => relativeParticipation(r)),
  relations("listed-participants", (r) => listedParticipants(r)),
  relations("split-participation", (r) => splitParticipation(r)),
  relations("mission-personnel", (r) => missionPersonnel(r)),
  relations("trained-for-event", (r) => trainedForEvent(r)),
  relations("headquarters-appositions", (r) => headquartersAppositions(r)),
  relations("formations-named-by-state", (r, s) =>
    formationsNamedByState(r, s.registry, s.mentions),
  ),
  relations("present-at-occasion", (r) => presentAtOccasion(r)),
  relations("during-event-places", (r) => duringEventPlaces(r)),
  relations("places-in-meeting-names", (r, s) => placesInMeetingNames(r, s.registry, s.mentions)),
  relations("named-partnerships", (r) => namedPartnerships(r)),
  relations("under-command", (r) => underCommand(r)),
  relations("office-holders", (r, s) => officeHolders(r, s.mentions)),
  relations("exercise-directors", (r) => exerciseDirectors(r)),
  relations("led-references", (r) => ledReferences(r)),
  relations("unnamed-offices", (r) => unnamedOffices(r)),
  relations("meeting-chairs", (r) => meetingChairs(r)),
  relations("chaired-bodies", (r, s) => chairedBodies(r, s.registry)),
  relations("bare-offices", (r) => bareOffices(r)),
  relations("handovers", (r) => handovers(r)),
  relations("led-descriptions", (r) => ledDescriptions(r)),
  relations("possessives", (r) => possessives(r)),
  relations("asset-assignment", (r, s) => assignAssets(r, s.assets)),
  relations("takeovers", (r) => takeovers(r)),
  relations("shared-phrase-assets", (r, s) => sharedPhraseAssets(r, s.assets)),
  relations("transfers", (r, s) => transfers(r, s.assets, s.registry)),
  relations("list-members", (r, s) => listMembers(r, s.registry)),
  relations("ownership", (r, s) => ownershipRelations(r, s.registry, s.mentions)),
  relations("unit-sources", (r, s) => unitSources(r, s.registry)),
  relations("asset-actors", (r, s) => assetActors(r, s.registry)),
  relations("asset-groups", (r, s) => assetGroups(r, s.registry)),
  relations("navy-ships", (r, s) => navyShips(r, s.registry)),
  relations("participants-alongside", (r) => participantsAlongside(r)),
  relations("companions", (r) => companions(r)),
  relations("commanders", (r, s) => commanders(r, s.registry)),
  relations("where-based", (r) => whereBased(r)),
  relations("home-ports", (r, s) => homePorts(r, s.mentions)),
  relations("on-operation", (r) => onOperation(r)),
  relations("component-appositions", (r) => componentAppositions(r)),
  relations("airspace-areas", (r, s) => airspaceAreas(r, s.mentions)),
  relations("deputy-offices", (r) => deputyOffices(r)),
  relations("force-members", (r, s) => forceMembers(r, s.registry)),
  relations("compositions", (r, s) => compositions(r, s.registry)),
  relations("places-of-nationality", (r, s) => placesOfNationality(r, s.registry, s.mentions)),
  relations("impersonal-operations", (r) => impersonalOperations(r)),
  relations("armed-group-areas", (r, s) => armedGroupAreas(r, s.registry, s.mentions)),
  relations("knowledge-facts", (r, s) =>
    knowledgeFacts(
      r,
      s.gazetteer,
      s.registry,
      s.mentions,
      homeState(s.article.language, s.article.source),
    ),
  ),
  relations("state-organs", (r, s) => stateOrgans(r, s.gazetteer, s.registry, s.mentions)),
  relations("party-members", (r, s) => partyMembers(r, s.registry, s.mentions)),
  relations("repeated-partners", (r) => repeatedPartners(r)),
  relations("our-allies", (r, s) => ourAllies(r, s.registry, s.mentions)),
  relations("own-deterrence", (r, s) => ownDeterrence(r, s.registry)),
  relations("known-wars", (r, s) => knownWars(r, s.registry, s.mentions)),
  relations("placed-assets", (r, s) => placedAssets(r, s.registry)),
  relations("sentence-defaults", (r, s) => sentenceDefaults(r, s.registry)),
  relations("leaders-relationship", (r, s) => leadersRelationship(r, s.registry)),
  relations("lift-statements", (r, s) => liftStatements(r, s.registry)),
  // Last: only pairs no pass above related (fourteenth round, measured across sets).
  relations("measured-pairs", (r, s) => measuredPairs(r, s.registry)),
];

/** The state before the first pass. */
export function initialState(
  article: ArticleInput & { language: Language },
  gazetteer: Gazetteer,
  registry: EntityRegistry,
): PassState {
  return {
    article,
    gazetteer,
    registry,
    mentions: new MentionSet(),
    findings: [],
    assetCues: [],
    ships: { ships: [], findings: [] },
    titled: [],
    pending: [],
    assets: [],
  };
}

/** The state of the article's publisher (`homeState`), as a record, for the assets pass. */
function publisherState(s: PassState): EntityRecord | undefined {
  const iso2 = homeState(s.article.language, s.article.source);
  const country = iso2 ? s.gazetteer.kb.countries.find((c) => c.iso2 === iso2) : undefined;
  return country ? s.registry.fromKb(country) : undefined;
}

/** Runs `passes` in order over the document; each pass's returned findings are kept. */
export function runPasses(
  doc: Doc,
  state: PassState,
  passes: readonly ExtractionPass[] = EXTRACTION_PASSES,
): PassState {
  for (const pass of passes) {
    const found = pass.run(doc, state);
    if (found) state.findings.push(...found);
  }
  return state;
}
