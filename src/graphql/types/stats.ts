import { badInput, notFound } from "../../domain/errors.ts";
import type {
  Contribution,
  EntityRanking,
  GraphCounts,
  RankedEntityEdge,
  SourceCount,
} from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, MAX_PAGE_SIZE, pageArgs, toConnection } from "../connection.ts";
import { checkIntRange } from "./analytics-args.ts";
import { SourceRef } from "./article.ts";
import { EntityRef, entityIdFromArg } from "./entity.ts";
import { RelationshipRef } from "./relationship.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./vocabulary.ts";

/**
 * Root `stats`: figures for a dashboard. Each field runs its own statement only when selected;
 * the three counting fields share one (Neo4j's count store, no scan).
 */
interface StatsShape {
  counts(): Promise<GraphCounts>;
}

const StatsRef = builder.objectRef<StatsShape>("Stats");
const EntityTypeCountRef = builder.objectRef<GraphCounts["entities"][number]>("EntityTypeCount");
const RelationTypeCountRef =
  builder.objectRef<GraphCounts["relationships"][number]>("RelationTypeCount");
const SourceCountRef = builder.objectRef<SourceCount>("SourceCount");
const ContributionRef = builder.objectRef<Contribution>("Contribution");
const ContributedAssetRef = builder.objectRef<Contribution["assets"][number]>("ContributedAsset");

const EntityRankingEnum = builder.enumType("EntityRanking", {
  description: "What `topEntities` ranks by.",
  values: {
    MENTIONS: { description: "Number of articles that mention the entity." },
    DEGREE: { description: "Number of its relationships with other entities." },
  } satisfies Record<EntityRanking, { description: string }>,
});

const RankedEntityConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: "RankedEntityConnection",
    description: "Entities ranked by an aggregate, largest first, ties by entity id.",
  },
  {
    name: "RankedEntityEdge",
    description: "An entity with the aggregate it is ranked by.",
    fields: (t) => ({
      value: t.int({
        description: "The aggregate ranked by (mentions or degree).",
        resolve: (edge) => (edge as RankedEntityEdge).value,
      }),
    }),
  },
);

EntityTypeCountRef.implement({
  description: "How many entities of one type the graph holds.",
  fields: (t) => ({
    type: t.field({
      type: EntityTypeEnum,
      description: "The entity type.",
      resolve: (c) => c.type,
    }),
    count: t.exposeInt("count", { description: "How many entities of that type." }),
  }),
});

RelationTypeCountRef.implement({
  description: "How many relationships of one type the graph holds.",
  fields: (t) => ({
    type: t.field({
      type: RelationTypeEnum,
      description: "The relationship type.",
      resolve: (c) => c.type,
    }),
    count: t.exposeInt("count", { description: "How many relationships of that type." }),
  }),
});

SourceCountRef.implement({
  description: "A publisher and how many of its articles the graph holds.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: "The publisher.", resolve: (c) => c.source }),
    articleCount: t.exposeInt("articleCount", {
      description: "Articles of this publisher in the graph.",
    }),
  }),
});

ContributedAssetRef.implement({
  description: "An asset a contributor provides and that is assigned to the mission.",
  fields: (t) => ({
    asset: t.field({
      type: EntityRef,
      description: "The asset (an `Asset`: owner, model, category).",
      resolve: (c) => c.asset,
    }),
    quantity: t.float({
      nullable: true,
      description: "How many (the PROVIDES relationship's `quantity`, as last stated).",
      resolve: (c) => c.relationship.properties.quantity,
    }),
    maxQuantity: t.float({
      nullable: true,
      description: "An upper bound, where one was stated.",
      resolve: (c) => c.relationship.properties.maxQuantity,
    }),
    relationship: t.field({
      type: RelationshipRef,
      description: "The PROVIDES relationship, with its evidence.",
      resolve: (c) => c.relationship,
    }),
  }),
});

ContributionRef.implement({
  description:
    "What one contributor (a country, by default) gives a mission: the assets it PROVIDES that are ASSIGNED_TO the mission, and whether it PARTICIPATES_IN it.",
  fields: (t) => ({
    contributor: t.field({
      type: EntityRef,
      description: "The contributing country (or entity of `contributorTypes`).",
      resolve: (c) => c.contributor,
    }),
    participates: t.exposeBoolean("participates", {
      description: "Whether it PARTICIPATES_IN the mission (it may do so without known assets).",
    }),
    quantity: t.exposeFloat("quantity", {
      description:
        "Sum of the known quantities of those assets (personnel and equipment alike; 0 when none is known).",
    }),
    assets: t.field({
      type: [ContributedAssetRef],
      description: "Its assets assigned to the mission, by asset id.",
      resolve: (c) => c.assets,
    }),
  }),
});

const DEFAULT_TOP = 10;

StatsRef.implement({
  description: "Figures about the whole graph, for dashboards.",
  fields: (t) => ({
    articleCount: t.int({
      description: "Articles in the graph.",
      resolve: async (stats) => (await stats.counts()).articles,
    }),
    sourceCount: t.int({
      description: "Publishers in the graph.",
      resolve: async (stats) => (await stats.counts()).sources,
    }),
    evidenceCount: t.int({
      description: "Pieces of evidence (sentences stating relationships).",
      resolve: async (stats) => (await stats.counts()).evidence,
    }),
    entityCounts: t.field({
      type: [EntityTypeCountRef],
      description: "Entities per type, every type listed (0 where there is none).",
      resolve: async (stats) => (await stats.counts()).entities,
    }),
    relationshipCounts: t.field({
      type: [RelationTypeCountRef],
      description: "Relationships per type, every type listed (0 where there is none).",
      resolve: async (stats) => (await stats.counts()).relationships,
    }),
    topEntities: t.field({
      type: RankedEntityConnection,
      description:
        "Entities ranked by mentions or by degree, largest first, optionally of one type. Reads every entity (of the type) to rank them.",
      args: {
        by: t.arg({
          type: EntityRankingEnum,
          defaultValue: "MENTIONS",
          description: "The aggregate to rank by.",
        }),
        type: t.arg({
          type: EntityTypeEnum,
          required: false,
          description: "Only entities of this type.",
        }),
        ...pageArgs(t.arg, DEFAULT_TOP),
      },
      resolve: async (_stats, args, ctx) => {
        const page = checkPageArgs(args, DEFAULT_TOP);
        const type = args.type ?? null;
        const result = await ctx.repos.findTopEntities({
          by: args.by ?? "MENTIONS",
          type,
          ...page,
        });
        for (const edge of result.edges) ctx.loaders.entity.prime(edge.node.id, edge.node);
        return toConnection(result, page, () => ctx.repos.countTopEntities(type));
      },
    }),
    topSources: t.field({
      type: [SourceCountRef],
      description: "Publishers by number of articles, most first.",
      args: {
        first: t.arg.int({
          defaultValue: DEFAULT_TOP,
          description: `How many, 0 to ${MAX_PAGE_SIZE}.`,
        }),
      },
      resolve: (_stats, args, ctx) =>
        ctx.repos.findTopSources(
          checkIntRange(args.first ?? DEFAULT_TOP, "first", 0, MAX_PAGE_SIZE),
        ),
    }),
    contributions: t.field({
      type: [ContributionRef],
      description:
        "Who contributes what to a mission: per contributor, the assets it PROVIDES that are ASSIGNED_TO the mission and the sum of their quantities, largest first; contributors that PARTICIPATES_IN it without such assets are listed with 0.",
      args: {
        mission: t.arg.id({
          required: true,
          description: "Global id or entity id of a Mission (`mission:nato-mission-iraq`).",
        }),
        contributorTypes: t.arg({
          type: [EntityTypeEnum],
          defaultValue: ["Country"],
          description:
            "Which contributors to list (PROVIDES subjects are countries and organisations).",
        }),
      },
      resolve: async (_stats, args, ctx) => {
        const missionId = entityIdFromArg(String(args.mission));
        const types = args.contributorTypes ?? ["Country"];
        if (types.length === 0) {
          throw badInput("contributorTypes must name at least one type", {
            argument: "contributorTypes",
          });
        }
        const [mission, contributions] = await Promise.all([
          ctx.loaders.entity.load(missionId),
          ctx.repos.findMissionContributions(missionId, types),
        ]);
        if (mission?.type !== "Mission") {
          throw notFound(`no mission with id "${missionId}"`, {
            argument: "mission",
            id: missionId,
          });
        }
        return contributions;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    description: "Figures about the whole graph, for dashboards; each runs only when selected.",
    resolve: (_root, _args, ctx) => {
      let counts: Promise<GraphCounts> | undefined;
      return {
        counts: () => {
          counts ??= ctx.repos.countGraph();
          return counts;
        },
      };
    },
  }),
}));
