import type { GraphQLResolveInfo } from "graphql";
import { badInput } from "../../domain/errors.ts";
import type { EntityType } from "../../domain/vocabulary.ts";
import { ASSET_CATEGORIES, ENTITY_TYPES } from "../../domain/vocabulary.ts";
import type { EntityRecord, NeighbourFilter } from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, pageArgs, toConnection } from "../connection.ts";
import type { GraphQLContext } from "../context.ts";
import { decodeGlobalIdOf, invalidId } from "../global-id.ts";
import {
  AssetCategoryEnum,
  DirectionEnum,
  EntityTypeEnum,
  RelationTypeEnum,
} from "./vocabulary.ts";

/**
 * Entities: the `Entity` interface, one object type per ontology entity type, their neighbours,
 * and the root `entity` lookup. Relationships and articles of an entity are added to the
 * interface by relationship.ts and article.ts (each field lives beside the type it returns).
 */
export const EntityRef = builder.interfaceRef<EntityRecord>("Entity");

export const EntityConnection = builder.connectionObject(
  { type: EntityRef, name: "EntityConnection" },
  { name: "EntityEdge" },
);

/** Loads an entity of one type: an Organisation's id under `Person` is not a Person. */
async function loadEntitiesOfType(ids: string[], type: EntityType, ctx: GraphQLContext) {
  const records = await Promise.all(ids.map((id) => ctx.loaders.entity.load(id)));
  return records.map((record) => (record?.type === type ? record : null));
}

EntityRef.implement({
  description:
    "A real-world thing named in the news: one node per thing, whatever language or spelling names it.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    entityId: t.exposeString("id", {
      description:
        "The entity's stable id in the graph and in exports, `<type>:<slug of name>` (e.g. `country:netherlands`).",
    }),
    type: t.field({ type: EntityTypeEnum, resolve: (entity) => entity.type }),
    name: t.exposeString("name", { description: "Canonical name (English where one is known)." }),
    aliases: t.exposeStringList("aliases", {
      description: "Every other name seen or known: other languages, spellings, short forms.",
    }),
    wikidataId: t.exposeString("wikidataId", { nullable: true }),
    mentionCount: t.exposeInt("mentionCount", {
      description: "Number of articles that mention the entity.",
    }),
    properties: t.field({
      type: "JSONObject",
      description: "Typed extras stored on the entity (also exposed as fields on each type).",
      resolve: (entity) => entity.properties,
    }),
    neighbours: t.field({
      type: EntityConnection,
      description:
        "The distinct entities related to this one, by entity id, through relationships matching the filter.",
      args: {
        relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
        direction: t.arg({ type: DirectionEnum, defaultValue: "BOTH" }),
        types: t.arg({
          type: [EntityTypeEnum],
          required: false,
          description: "Only neighbours of these entity types.",
        }),
        ...pageArgs(t.arg),
      },
      resolve: async (entity, args, ctx) => {
        const page = checkPageArgs(args);
        const filter: NeighbourFilter = {
          types: args.relationTypes ?? null,
          direction: args.direction ?? "BOTH",
          entityTypes: args.types ?? null,
        };
        const result = await ctx.loaders.neighbours.load({
          entityId: entity.id,
          ...filter,
          ...page,
        });
        return toConnection(result, page, () =>
          ctx.loaders.neighbourCount.load({ entityId: entity.id, ...filter }),
        );
      },
    }),
  }),
});

const str = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return value === undefined || value === null ? null : String(value);
};
const num = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return typeof value === "number" ? value : null;
};

const entityNodeOptions = (type: EntityType, description: string) => ({
  description,
  interfaces: [EntityRef],
  isTypeOf: (value: unknown) =>
    (value as EntityRecord | null)?.kind === "Entity" && (value as EntityRecord).type === type,
  id: { resolve: (entity: EntityRecord) => entity.id },
  loadMany: (ids: string[], ctx: GraphQLContext) => loadEntitiesOfType(ids, type, ctx),
});

export const PersonRef = builder.node(builder.objectRef<EntityRecord>("Person"), {
  ...entityNodeOptions("Person", "A named human being."),
});

export const OrganisationRef = builder.node(builder.objectRef<EntityRecord>("Organisation"), {
  ...entityNodeOptions(
    "Organisation",
    "An alliance, coalition, armed group, government body, ministry, parliament, party or company.",
  ),
  fields: (t) => ({
    kind: t.string({ nullable: true, resolve: (e) => str(e, "kind") }),
  }),
});

export const CountryRef = builder.node(builder.objectRef<EntityRecord>("Country"), {
  ...entityNodeOptions("Country", "A sovereign state."),
  fields: (t) => ({
    iso2: t.string({
      nullable: true,
      description: "ISO 3166-1 alpha-2 code.",
      resolve: (e) => str(e, "iso2"),
    }),
    lat: t.float({ nullable: true, resolve: (e) => num(e, "lat") }),
    lon: t.float({ nullable: true, resolve: (e) => num(e, "lon") }),
  }),
});

export const LocationRef = builder.node(builder.objectRef<EntityRecord>("Location"), {
  ...entityNodeOptions("Location", "A city, region, base or area below country level."),
  fields: (t) => ({
    kind: t.string({ nullable: true, resolve: (e) => str(e, "kind") }),
    lat: t.float({ nullable: true, resolve: (e) => num(e, "lat") }),
    lon: t.float({ nullable: true, resolve: (e) => num(e, "lon") }),
    geonamesId: t.string({ nullable: true, resolve: (e) => str(e, "geonamesId") }),
  }),
});

export const MissionRef = builder.node(builder.objectRef<EntityRecord>("Mission"), {
  ...entityNodeOptions("Mission", "A military or civil operation, mission or campaign."),
});

export const AssetRef = builder.node(builder.objectRef<EntityRecord>("Asset"), {
  ...entityNodeOptions(
    "Asset",
    "A capability an owner contributes (aircraft, ships, units, personnel), identified by owner and kind.",
  ),
  fields: (t) => ({
    owner: t.string({
      nullable: true,
      description: "Name of the owning country or organisation.",
      resolve: (e) => str(e, "owner"),
    }),
    model: t.string({ nullable: true, resolve: (e) => str(e, "model") }),
    category: t.field({
      type: AssetCategoryEnum,
      nullable: true,
      resolve: (e) => {
        const value = str(e, "category");
        return ASSET_CATEGORIES.find((category) => category === value) ?? null;
      },
    }),
  }),
});

export const EventRef = builder.node(builder.objectRef<EntityRecord>("Event"), {
  ...entityNodeOptions("Event", "A dated happening: a meeting, summit, vote."),
  fields: (t) => ({
    date: t.string({
      nullable: true,
      description: "When it happened (ISO 8601).",
      resolve: (e) => str(e, "date"),
    }),
  }),
});

/**
 * `entity(id:)` takes a Relay global id or the plain entity id (`country:netherlands`, as in
 * exports): plain entity ids always contain ":", which base64 never does.
 */
export function entityIdFromArg(id: string): string {
  if (id.includes(":")) {
    if (!/^[a-z]+:./.test(id) || !ENTITY_TYPES.some((t) => id.startsWith(`${t.toLowerCase()}:`))) {
      throw invalidId(id, "not an entity id (`<type>:<slug>`) nor a global id");
    }
    return id;
  }
  return decodeGlobalIdOf(id, ENTITY_TYPES).id;
}

/**
 * A read that `entity(id:)` may answer the entity from, together with something its selection
 * (`info.fieldNodes`) asks below it (`relationships`: relationship.ts), in one statement. It
 * returns the entity (null: none) or, when it does not apply to this selection, null instead of a
 * promise.
 */
export type EntityLookahead = (
  entityId: string,
  info: GraphQLResolveInfo,
  ctx: GraphQLContext,
) => Promise<EntityRecord | null> | null;

const lookaheads: EntityLookahead[] = [];

/** Registered by the module of the field the look-ahead reads (at import, once). */
export function registerEntityLookahead(lookahead: EntityLookahead): void {
  lookaheads.push(lookahead);
}

function loadEntity(
  entityId: string,
  info: GraphQLResolveInfo,
  ctx: GraphQLContext,
): Promise<EntityRecord | null> {
  for (const lookahead of lookaheads) {
    const loaded = lookahead(entityId, info, ctx);
    if (loaded) return loaded;
  }
  return ctx.loaders.entity.load(entityId);
}

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      "One entity by `id` (global id or entity id such as `country:netherlands`), or by exact `name` (canonical or alias, compared without case or accents) with an optional `type`; null when there is none.",
    args: {
      id: t.arg.id({ required: false }),
      name: t.arg.string({ required: false }),
      type: t.arg({ type: EntityTypeEnum, required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      if ((args.id == null) === (args.name == null)) {
        throw badInput("entity needs exactly one of `id` or `name`");
      }
      if (args.id != null) {
        const entity = await loadEntity(entityIdFromArg(args.id), info, ctx);
        return entity && (!args.type || entity.type === args.type) ? entity : null;
      }
      const entity = await ctx.repos.findEntityByName(args.name ?? "", args.type ?? null);
      if (entity) ctx.loaders.entity.prime(entity.id, entity);
      return entity;
    },
  }),
}));
