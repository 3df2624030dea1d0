import { type FieldNode, getArgumentValues, isInterfaceType } from "graphql";
import { badInput, notFound } from "../../domain/errors.ts";
import type { Subgraph, SubgraphEdge, SubgraphNode } from "../../domain/subgraph.ts";
import {
  MAX_SUBGRAPH_DEPTH,
  type NeighbourhoodKey,
  type SubgraphSelection,
} from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { traversalCost } from "../cost.ts";
import {
  checkConfidence,
  checkDateBound,
  checkDateRange,
  checkIntRange,
  dateRangeArgs,
} from "./analytics-args.ts";
import { EntityRef, entityIdFromArg, registerEntityLookahead } from "./entity.ts";
import { fieldsOnEntity, type LeanFields, leanSelection, RelationshipRef } from "./relationship.ts";
import { EntityTypeEnum, RelationTypeEnum } from "./vocabulary.ts";

/**
 * Pieces of the graph shaped for visualisers (src/domain/subgraph.ts, the shape every export
 * format serialises): root `subgraph` and `Entity.neighbourhood`. Nodes and edges are plain
 * records with what a drawing needs; `entity` and `relationship` reach the full objects.
 */
export const SubgraphRef = builder.objectRef<Subgraph>("Subgraph");
const SubgraphNodeRef = builder.objectRef<SubgraphNode>("SubgraphNode");
const SubgraphEdgeRef = builder.objectRef<SubgraphEdge>("SubgraphEdge");

export const MAX_SUBGRAPH_NODES = 2000;
const DEFAULT_SUBGRAPH_NODES = 100;
const DEFAULT_NEIGHBOURHOOD_NODES = 50;

SubgraphNodeRef.implement({
  description: "An entity as a node to draw.",
  fields: (t) => ({
    id: t.exposeString("id", {
      description:
        "The entity id (`country:netherlands`), as in exports and in edges' `source`/`target`; not a global id.",
    }),
    type: t.field({
      type: EntityTypeEnum,
      description: "The entity type (a colour for the node).",
      resolve: (node) => node.type,
    }),
    name: t.exposeString("name", { description: "Canonical name: the node's label." }),
    aliases: t.exposeStringList("aliases", { description: "Every other name of the entity." }),
    wikidataId: t.exposeString("wikidataId", {
      nullable: true,
      description: "Wikidata item (`Q55`), where known.",
    }),
    mentionCount: t.exposeInt("mentionCount", {
      description: "Number of articles that mention the entity (a size for the node).",
    }),
    degree: t.exposeInt("degree", {
      description: "Number of relationships of the entity in the whole graph, drawn or not.",
    }),
    lat: t.exposeFloat("lat", { nullable: true, description: "Latitude, where known." }),
    lon: t.exposeFloat("lon", { nullable: true, description: "Longitude, where known." }),
    entity: t.field({
      type: EntityRef,
      description: "The entity itself (batched: one lookup for all nodes).",
      resolve: async (node, _args, ctx) => {
        const entity = await ctx.loaders.entity.load(node.id);
        if (!entity) throw notFound(`entity ${node.id} no longer exists`, { id: node.id });
        return entity;
      },
    }),
  }),
});

SubgraphEdgeRef.implement({
  description: "A relationship as an edge to draw, between two nodes of the same subgraph.",
  fields: (t) => ({
    id: t.exposeString("id", {
      description: "The relationship id (`TYPE:sourceId->targetId`); not a global id.",
    }),
    type: t.field({
      type: RelationTypeEnum,
      description: "The relationship type.",
      resolve: (edge) => edge.type,
    }),
    source: t.exposeString("source", {
      description:
        "Entity id of the subject (for COOPERATES_WITH, which is undirected, the id that sorts first).",
    }),
    target: t.exposeString("target", { description: "Entity id of the object." }),
    weight: t.exposeInt("weight", {
      description: "Number of articles that state it (a width for the edge).",
    }),
    confidence: t.exposeFloat("confidence", {
      description: "Highest confidence of its evidence, in [0, 1].",
    }),
    firstSeen: t.exposeString("firstSeen", {
      nullable: true,
      description: "Earliest publication date of its evidence (ISO 8601).",
    }),
    lastSeen: t.exposeString("lastSeen", {
      nullable: true,
      description: "Latest publication date of its evidence (ISO 8601).",
    }),
    properties: t.field({
      type: "JSONObject",
      description: "Its properties (quantity, role, kind, from, until, …), only those set.",
      resolve: (edge) => edge.properties,
    }),
    relationship: t.field({
      type: RelationshipRef,
      description: "The relationship itself, with its evidence (batched).",
      resolve: async (edge, _args, ctx) => {
        const relationship = await ctx.loaders.relationship.load(edge.id);
        if (!relationship) throw notFound(`relationship ${edge.id} no longer exists`);
        return relationship;
      },
    }),
  }),
});

SubgraphRef.implement({
  description:
    "Nodes and the edges among them, shaped for graph visualisers (Cytoscape.js, sigma.js, Gephi): every edge's `source` and `target` is the `id` of a node in `nodes`.",
  fields: (t) => ({
    nodes: t.field({
      type: [SubgraphNodeRef],
      description: "The entities: seeds first, then by distance, then best connected.",
      resolve: (subgraph) => subgraph.nodes,
    }),
    edges: t.field({
      type: [SubgraphEdgeRef],
      description: "The relationships among the nodes that pass the filters, by id.",
      resolve: (subgraph) => subgraph.edges,
    }),
  }),
});

const DEPTH = `Hops from the seeds, 0 to ${MAX_SUBGRAPH_DEPTH}.`;

/**
 * Query cost (builder.ts): the traversal itself grows with `limit` and `depth` (cost.ts), and
 * `nodes` and `edges` are lists the cost plugin counts 10 times each, so a subgraph of `limit`
 * nodes multiplies them by limit / 10 to charge what it can return. Arguments out of range are
 * charged at their bound: the resolver refuses them, naming the argument.
 */
const subgraphComplexity =
  (defaultLimit: number) => (args: { limit?: number | null; depth?: number | null }) => {
    const limit = clamp(args.limit ?? defaultLimit, 1, MAX_SUBGRAPH_NODES);
    const depth = clamp(args.depth ?? 1, 0, MAX_SUBGRAPH_DEPTH);
    return {
      field: traversalCost(limit, depth),
      multiplier: Math.max(1, Math.ceil(limit / 10)),
    };
  };

const clamp = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.trunc(value)));

/**
 * What a subgraph with lean edges (SubgraphSelection.leanEdges) can answer: anything of its nodes,
 * and of its edges only their id, type and ends. Another edge field, a fragment or a directive
 * on the way makes the edges whole.
 */
const LEAN_EDGES: LeanFields = {
  __typename: null,
  nodes: null,
  edges: { __typename: null, id: null, type: null, source: null, target: null },
};

/** Whether every field node of a subgraph field asks of its edges only what lean edges hold. */
const leanEdges = (fieldNodes: readonly FieldNode[]) =>
  fieldNodes.every((field) => leanSelection(field.selectionSet, LEAN_EDGES));

builder.queryFields((t) => ({
  subgraph: t.field({
    type: SubgraphRef,
    nullable: true,
    complexity: subgraphComplexity(DEFAULT_SUBGRAPH_NODES),
    description:
      "A piece of the graph for drawing (null only with an error): the seeds and the entities within `depth` hops of them (nearest first, then best connected), or without seeds the best-connected entities of the whole graph, up to `limit` nodes, with every relationship among them that passes the filters. Two statements however large. Relationship filters apply to every hop and every edge.",
    args: {
      seeds: t.arg.idList({
        required: false,
        description:
          "Entities to start from: global ids or entity ids (`country:netherlands`). Omitted or empty: the whole graph.",
      }),
      depth: t.arg.int({ defaultValue: 1, description: DEPTH }),
      entityTypes: t.arg({
        type: [EntityTypeEnum],
        required: false,
        description: "Only entities of these types (seeds are always kept); omitted: all.",
      }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: "Only relationships of these types; omitted: all.",
      }),
      ...dateRangeArgs(t.arg, "relationships with evidence"),
      minConfidence: t.arg.float({
        required: false,
        description: "Only relationships whose confidence is at least this, 0 to 1.",
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_SUBGRAPH_NODES,
        description: `At most this many nodes, 1 to ${MAX_SUBGRAPH_NODES}.`,
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      const seeds = [...new Set((args.seeds ?? []).map((id) => entityIdFromArg(String(id))))];
      const limit = checkIntRange(
        args.limit ?? DEFAULT_SUBGRAPH_NODES,
        "limit",
        1,
        MAX_SUBGRAPH_NODES,
      );
      if (seeds.length > limit) {
        throw badInput(`limit (${limit}) is smaller than the number of seeds (${seeds.length})`, {
          argument: "limit",
        });
      }
      const selection: SubgraphSelection = {
        seeds,
        depth: checkIntRange(args.depth ?? 1, "depth", 0, MAX_SUBGRAPH_DEPTH),
        entityTypes: args.entityTypes ?? null,
        relationTypes: args.relationTypes ?? null,
        from: checkDateBound(args.from, "from"),
        to: checkDateBound(args.to, "to"),
        minConfidence: checkConfidence(args.minConfidence, "minConfidence"),
        limit,
        leanEdges: leanEdges(info.fieldNodes),
      };
      checkDateRange(selection.from, selection.to);
      const subgraph = await ctx.repos.findSubgraph(selection);
      // Seeds come first and are never cut, so a missing one does not exist.
      const found = new Set(subgraph.nodes.map((node) => node.id));
      const missing = seeds.find((id) => !found.has(id));
      if (missing)
        throw notFound(`no entity with id "${missing}"`, { argument: "seeds", id: missing });
      return subgraph;
    },
  }),
}));

builder.interfaceField(EntityRef, "neighbourhood", (t) =>
  t.field({
    type: SubgraphRef,
    complexity: subgraphComplexity(DEFAULT_NEIGHBOURHOOD_NODES),
    description:
      "This entity and the entities within `depth` hops of it (nearest first, then best connected), up to `limit` nodes, with the relationships among them. Batched: the neighbourhoods of a whole list of entities cost two statements.",
    args: {
      depth: t.arg.int({ defaultValue: 1, description: `Hops, 1 to ${MAX_SUBGRAPH_DEPTH}.` }),
      relationTypes: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: "Follow and draw only relationships of these types; omitted: all.",
      }),
      entityTypes: t.arg({
        type: [EntityTypeEnum],
        required: false,
        description: "Only reach entities of these types; omitted: all.",
      }),
      ...dateRangeArgs(t.arg, "relationships with evidence"),
      minConfidence: t.arg.float({
        required: false,
        description: "Only relationships whose confidence is at least this, 0 to 1.",
      }),
      limit: t.arg.int({
        defaultValue: DEFAULT_NEIGHBOURHOOD_NODES,
        description: `At most this many nodes, the entity included, 1 to ${MAX_SUBGRAPH_NODES}.`,
      }),
    },
    resolve: (entity, args, ctx, info) =>
      ctx.loaders.neighbourhood.load(neighbourhoodKey(entity.id, args, info.fieldNodes)),
  }),
);

interface NeighbourhoodArgs {
  depth?: number | null;
  relationTypes?: NeighbourhoodKey["relationTypes"] | null;
  entityTypes?: NeighbourhoodKey["entityTypes"] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
  limit?: number | null;
}

/**
 * The loader's key for `neighbourhood` with these arguments and this selection (its field nodes);
 * throws the argument's error.
 */
function neighbourhoodKey(
  entityId: string,
  args: NeighbourhoodArgs,
  fieldNodes: readonly FieldNode[],
): NeighbourhoodKey {
  const from = checkDateBound(args.from, "from");
  const to = checkDateBound(args.to, "to");
  checkDateRange(from, to);
  return {
    entityId,
    depth: checkIntRange(args.depth ?? 1, "depth", 1, MAX_SUBGRAPH_DEPTH),
    entityTypes: args.entityTypes ?? null,
    relationTypes: args.relationTypes ?? null,
    from,
    to,
    minConfidence: checkConfidence(args.minConfidence, "minConfidence"),
    limit: checkIntRange(args.limit ?? DEFAULT_NEIGHBOURHOOD_NODES, "limit", 1, MAX_SUBGRAPH_NODES),
    leanEdges: leanEdges(fieldNodes),
  };
}

/**
 * Look-ahead for `entity(id:)`: when its selection holds `neighbourhood` (once, not under a
 * directive or a fragment on one entity type), the entity is read by the statement that chooses
 * the neighbourhood's nodes (the seed's row carries it), and the neighbourhood is then answered
 * from the loader's cache: two statements, not three. Null (no look-ahead) when the selection has
 * no such field or its arguments are wrong (its resolver then reports them).
 */
registerEntityLookahead((entityId, info, ctx) => {
  const nodes = fieldsOnEntity(info.fieldNodes, info);
  if (nodes === null) return null;
  const named = nodes.filter((node) => node.name.value === "neighbourhood");
  const responseKeys = new Set(named.map((node) => node.alias?.value ?? node.name.value));
  const first = named[0];
  if (!first || responseKeys.size !== 1 || named.some((node) => node.directives?.length)) {
    return null;
  }
  const definition = EntityRef.name && info.schema.getType(EntityRef.name);
  const field = isInterfaceType(definition) ? definition.getFields().neighbourhood : undefined;
  if (!field) return null;
  let key: NeighbourhoodKey;
  try {
    const args = getArgumentValues(field, first, info.variableValues) as NeighbourhoodArgs;
    key = neighbourhoodKey(entityId, args, named);
  } catch {
    return null;
  }
  return ctx.loaders.neighbourhood.load(key).then((neighbourhood) => neighbourhood.entity);
});
