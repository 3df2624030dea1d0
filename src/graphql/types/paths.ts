import { badInput, notFound } from "../../domain/errors.ts";
import type { EntityRecord, PathRecord, RelationshipRecord } from "../../graph/read/index.ts";
import { MAX_PATH_HOPS } from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { pathSearchCost } from "../cost.ts";
import { checkIntRange } from "./analytics-args.ts";
import { EntityRef, entityIdFromArg } from "./entity.ts";
import { RelationshipRef } from "./relationship.ts";
import { RelationTypeEnum } from "./vocabulary.ts";

/**
 * Root `paths`: how two entities are connected, as their shortest paths, each hop with the
 * relationship that makes it (and through it, the evidence). One statement finds both ends and the
 * paths with their entities and relationships; evidence and articles of every hop are one batch
 * each.
 */
interface PathStep {
  from: EntityRecord;
  to: EntityRecord;
  relationship: RelationshipRecord;
}

const PathRef = builder.objectRef<PathRecord>("Path");
const PathStepRef = builder.objectRef<PathStep>("PathStep");

const MAX_PATHS = 25;
const DEFAULT_PATHS = 5;
const DEFAULT_HOPS = 4;

PathStepRef.implement({
  description:
    "One hop of a path: from one entity to the next through one relationship, whichever way the relationship points.",
  fields: (t) => ({
    from: t.field({
      type: EntityRef,
      description: "The entity the hop leaves.",
      resolve: (step) => step.from,
    }),
    to: t.field({
      type: EntityRef,
      description: "The entity the hop reaches.",
      resolve: (step) => step.to,
    }),
    relationship: t.field({
      type: RelationshipRef,
      description: "The relationship, with its properties and `evidence` (sentences, articles).",
      resolve: (step) => step.relationship,
    }),
    reversed: t.boolean({
      description:
        "True when the relationship points against the path (its source is `to`): `A <-LEADS- B` reads “B leads A”. Always false for COOPERATES_WITH, which is undirected.",
      resolve: (step) =>
        step.relationship.type !== "COOPERATES_WITH" && step.relationship.sourceId === step.to.id,
    }),
  }),
});

PathRef.implement({
  description: "A shortest path between two entities.",
  fields: (t) => ({
    length: t.int({
      description: "Number of hops (relationships).",
      resolve: (path) => path.relationships.length,
    }),
    nodes: t.field({
      type: [EntityRef],
      description: "The entities along the path, from the first to the last.",
      resolve: (path) => path.nodes,
    }),
    steps: t.field({
      type: [PathStepRef],
      description: "The hops, in order.",
      resolve: (path) =>
        path.relationships.map((relationship, i) => ({
          from: path.nodes[i] as EntityRecord,
          to: path.nodes[i + 1] as EntityRecord,
          relationship,
        })),
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: [PathRef],
    nullable: true,
    // The search grows with maxHops (cost.ts); each path returned is charged `first` times.
    complexity: (args) => ({
      field: pathSearchCost(Math.min(MAX_PATH_HOPS, Math.max(1, args.maxHops ?? DEFAULT_HOPS))),
      multiplier: Math.min(MAX_PATHS, Math.max(1, args.first ?? DEFAULT_PATHS)),
    }),
    description:
      "How two entities are connected: their shortest paths (all of the shortest length, up to `first`, ordered by the ids of their entities), following relationships in either direction, optionally only of some types. Empty when they are not connected within `maxHops`. Null only with an error.",
    args: {
      from: t.arg.id({
        required: true,
        description: "The first entity: global id or entity id (`organisation:tweede-kamer`).",
      }),
      to: t.arg.id({
        required: true,
        description: "The last entity: global id or entity id (`country:jordan`).",
      }),
      maxHops: t.arg.int({
        defaultValue: DEFAULT_HOPS,
        description: `Longest path to look for, 1 to ${MAX_PATH_HOPS} hops.`,
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: "Only paths made of relationships of these types; omitted: all.",
      }),
      first: t.arg.int({
        defaultValue: DEFAULT_PATHS,
        description: `At most this many paths, 0 to ${MAX_PATHS}.`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const fromId = entityIdFromArg(String(args.from));
      const toId = entityIdFromArg(String(args.to));
      if (fromId === toId) {
        throw badInput(`from and to are the same entity (${fromId})`, { argument: "to" });
      }
      const maxHops = checkIntRange(args.maxHops ?? DEFAULT_HOPS, "maxHops", 1, MAX_PATH_HOPS);
      const first = checkIntRange(args.first ?? DEFAULT_PATHS, "first", 0, MAX_PATHS);
      // One statement: the paths and both ends (an unknown id is NOT_FOUND, not "no path").
      const result = await ctx.repos.findShortestPaths({
        fromId,
        toId,
        maxHops,
        relationTypes: args.relationTypes ?? null,
        first,
      });
      for (const [entity, id, argument] of [
        [result.from, fromId, "from"],
        [result.to, toId, "to"],
      ] as const) {
        if (!entity) throw notFound(`no entity with id "${id}"`, { argument, id });
        ctx.loaders.entity.prime(id, entity);
      }
      return result.paths;
    },
  }),
}));
