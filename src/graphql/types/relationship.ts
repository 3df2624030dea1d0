import {
  type FieldNode,
  GraphQLInt,
  type GraphQLResolveInfo,
  getArgumentValues,
  isInterfaceType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from "graphql";
import { badInput } from "../../domain/errors.ts";
import type { EntityType, RelationType } from "../../domain/vocabulary.ts";
import type {
  Direction,
  EntityRelationshipsKey,
  EvidenceRecord,
  RelationshipListFilter,
  RelationshipOrder,
  RelationshipProperties,
  RelationshipRecord,
} from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, MAX_PAGE_SIZE, pageArgs, toConnection } from "../connection.ts";
import {
  checkConfidence,
  checkDateBound,
  checkDateRange,
  dateRangeArgs,
} from "./analytics-args.ts";
import { ArticleRef } from "./article.ts";
import { EntityRef, registerEntityLookahead } from "./entity.ts";
import { DirectionEnum, EntityTypeEnum, RelationTypeEnum } from "./vocabulary.ts";

/** Relationships between entities, their evidence, and `Entity.relationships`. */
export const RelationshipRef = builder.objectRef<RelationshipRecord>("Relationship");
const RelationshipPropertiesRef =
  builder.objectRef<RelationshipProperties>("RelationshipProperties");
export const EvidenceRef = builder.objectRef<EvidenceRecord>("Evidence");

export const RelationshipConnection = builder.connectionObject(
  { type: RelationshipRef, name: "RelationshipConnection" },
  { name: "RelationshipEdge" },
);

const DEFAULT_EVIDENCE = 20;

builder.node(RelationshipRef, {
  description:
    "One fact between two entities: one relationship per (type, source, target), however many articles state it.",
  isTypeOf: (value) => (value as RelationshipRecord | null)?.kind === "Relationship",
  id: { resolve: (relationship) => relationship.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.relationship.load(id))),
  fields: (t) => ({
    relationshipId: t.exposeString("id", {
      description: "The relationship's id in the graph: `TYPE:sourceId->targetId`.",
    }),
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    source: t.field({
      type: EntityRef,
      description: "The subject (for COOPERATES_WITH, the end whose id sorts first).",
      // A lean page's relationship carries its ends (partial: never in the by-id loader).
      resolve: async (r, _args, ctx) =>
        r.ends?.source ?? loadEnd(await ctx.loaders.entity.load(r.sourceId), r),
    }),
    target: t.field({
      type: EntityRef,
      resolve: async (r, _args, ctx) =>
        r.ends?.target ?? loadEnd(await ctx.loaders.entity.load(r.targetId), r),
    }),
    properties: t.field({ type: RelationshipPropertiesRef, resolve: (r) => r.properties }),
    confidence: t.exposeFloat("confidence", {
      description: "The highest confidence of its evidence, in [0, 1].",
    }),
    evidenceCount: t.exposeInt("evidenceCount"),
    articleCount: t.exposeInt("articleCount", {
      description: "Number of articles that state it.",
    }),
    firstSeen: t.exposeString("firstSeen", {
      nullable: true,
      description: "Earliest publication date of the articles that state it.",
    }),
    lastSeen: t.exposeString("lastSeen", { nullable: true }),
    evidence: t.field({
      type: [EvidenceRef],
      description: "Where it is stated: sentences with their article, most recent first.",
      args: {
        first: t.arg.int({
          defaultValue: DEFAULT_EVIDENCE,
          description: `At most this many, 0 to ${MAX_PAGE_SIZE}.`,
        }),
      },
      resolve: (r, args, ctx) => {
        const first = args.first ?? DEFAULT_EVIDENCE;
        if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
          throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, {
            argument: "first",
          });
        }
        return ctx.loaders.evidence.load({ relId: r.id, first });
      },
    }),
  }),
});

/** A relationship whose end is gone is a broken graph (the writer removes both together). */
function loadEnd<T>(entity: T | null, relationship: RelationshipRecord): T {
  if (!entity) throw new Error(`relationship ${relationship.id} has a missing end`);
  return entity;
}

RelationshipPropertiesRef.implement({
  description:
    "What the relationship states beyond its type (from its most recent evidence). `extra` holds properties the ontology does not name.",
  fields: (t) => ({
    role: t.exposeString("role", { nullable: true, description: "REPRESENTS: the office held." }),
    quantity: t.exposeFloat("quantity", {
      nullable: true,
      description: "PROVIDES: how many (e.g. 4 F-16s).",
    }),
    maxQuantity: t.exposeFloat("maxQuantity", {
      nullable: true,
      description: 'PROVIDES: an upper bound ("up to 150 military").',
    }),
    from: t.exposeString("from", { nullable: true, description: "Start date, ISO 8601." }),
    until: t.exposeString("until", { nullable: true, description: "End date, ISO 8601." }),
    kind: t.exposeString("kind", {
      nullable: true,
      description: "OPPOSES / SUPPORTS: armed, vote, training, …",
    }),
    extra: t.field({ type: "JSONObject", resolve: (p) => p.extra }),
  }),
});

EvidenceRef.implement({
  description: "One sentence of one article that states a relationship.",
  fields: (t) => ({
    sentence: t.exposeString("sentence"),
    start: t.exposeInt("start", { description: "Offset of the sentence in the article's text." }),
    end: t.exposeInt("end", { description: "End offset (exclusive)." }),
    confidence: t.exposeFloat("confidence", { nullable: true }),
    extractor: t.exposeString("extractor", { nullable: true }),
    rule: t.exposeString("rule", {
      nullable: true,
      description: "The rule or pattern that produced it.",
    }),
    properties: t.field({
      type: "JSONObject",
      description: "What this sentence states (quantity, role, …).",
      resolve: (e) => e.properties,
    }),
    publishedAt: t.exposeString("publishedAt", { nullable: true }),
    article: t.field({
      type: ArticleRef,
      // Read along with the evidence by a relationships page, or else by id.
      resolve: async (e, _args, ctx) => {
        const article = e.article ?? (await ctx.loaders.article.load(e.articleId));
        if (!article) throw new Error(`evidence ${e.id} names a missing article`);
        return article;
      },
    }),
  }),
});

const RelationshipOrderEnum = builder.enumType("RelationshipOrder", {
  description: "How `Entity.relationships` is sorted. Ties are broken by relationship id.",
  values: {
    ID: { description: "By relationship id (`TYPE:source->target`): grouped by type." },
    LAST_SEEN: {
      description: "Most recently stated first (`lastSeen`); undated relationships last.",
    },
    CONFIDENCE: { description: "Highest `confidence` first." },
    ARTICLE_COUNT: { description: "Stated in the most articles (`articleCount`) first." },
  } satisfies Record<RelationshipOrder, { description: string }>,
});

builder.interfaceField(EntityRef, "relationships", (t) =>
  t.field({
    type: RelationshipConnection,
    description:
      "The entity's relationships, each with its properties and evidence (sentences with their articles). Filter by type, direction, the other end's type, evidence dates and publisher, and confidence; sort by id, date, confidence or number of articles.",
    args: {
      types: t.arg({
        type: [RelationTypeEnum],
        required: false,
        description: "Only these relationship types; omitted: all.",
      }),
      direction: t.arg({
        type: DirectionEnum,
        defaultValue: "BOTH",
        description: "Where the entity is the source (OUTGOING), the target (INCOMING) or either.",
      }),
      otherTypes: t.arg({
        type: [EntityTypeEnum],
        required: false,
        description: "Only relationships whose other end is of these entity types.",
      }),
      ...dateRangeArgs(t.arg, "relationships with evidence"),
      source: t.arg.string({
        required: false,
        description:
          "Only relationships stated in an article of this publisher (its name, exactly). With `from`/`to`, one piece of evidence must match all.",
      }),
      minConfidence: t.arg.float({
        required: false,
        description: "Only relationships whose confidence is at least this, 0 to 1.",
      }),
      orderBy: t.arg({
        type: RelationshipOrderEnum,
        defaultValue: "ID",
        description: "Sort order; the cursors of one order are refused by another.",
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (entity, args, ctx, info) => {
      const { key, filter, page } = relationshipsRequest(entity.id, args, info.fieldNodes, info);
      const result = await ctx.loaders.entityRelationships.load(key);
      return toConnection(result, page, () =>
        result.total === null
          ? ctx.loaders.entityRelationshipCount.load({ entityId: entity.id, ...filter })
          : Promise.resolve(result.total),
      );
    },
  }),
);

/** The arguments of `Entity.relationships` as the resolver receives them. */
interface RelationshipsArgs {
  types?: RelationType[] | null;
  direction?: Direction | null;
  otherTypes?: EntityType[] | null;
  from?: string | null;
  to?: string | null;
  source?: string | null;
  minConfidence?: number | null;
  orderBy?: RelationshipOrder | null;
  first?: number | null;
  after?: string | null;
}

/**
 * What `Entity.relationships` asks the loader for: its checked arguments, and what its
 * selection (`fieldNodes`) reads along in the same statement (evidence and their articles).
 * Throws the argument's error when one is wrong.
 */
function relationshipsRequest(
  entityId: string,
  args: RelationshipsArgs,
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
) {
  const page = checkPageArgs(args);
  const from = checkDateBound(args.from, "from");
  const to = checkDateBound(args.to, "to");
  checkDateRange(from, to);
  const filter: RelationshipListFilter = {
    types: args.types ?? null,
    direction: args.direction ?? "BOTH",
    otherTypes: args.otherTypes ?? null,
    from,
    to,
    source: args.source ?? null,
    minConfidence: checkConfidence(args.minConfidence, "minConfidence"),
  };
  const evidence = selectedEvidence(fieldNodes, info);
  const key: EntityRelationshipsKey = {
    entityId,
    ...filter,
    order: args.orderBy ?? "ID",
    ...page,
    evidence: evidence?.first ?? 0,
    articles: evidence?.article ?? false,
    articleBodies: evidence?.articleBody ?? false,
    lean: fieldNodes.every((field) => leanSelection(field.selectionSet, LEAN_CONNECTION)),
  };
  return { key, filter, page };
}

/**
 * Look-ahead for `entity(id:)`: when its selection holds `relationships` (once, not under a
 * directive or a fragment on one entity type), the entity is read by the statement that reads
 * that page, and the page is then answered from the loaders' cache: one statement, not two.
 * Null (no look-ahead: the usual two loaders answer) when the selection has no such field or its
 * arguments are wrong (its resolver then reports them).
 */
registerEntityLookahead((entityId, info, ctx) => {
  const nodes = fieldsOnEntity(info.fieldNodes, info);
  if (nodes === null) return null;
  const named = nodes.filter((node) => node.name.value === "relationships");
  const responseKeys = new Set(named.map((node) => node.alias?.value ?? node.name.value));
  const first = named[0];
  if (!first || responseKeys.size !== 1 || named.some((node) => node.directives?.length)) {
    return null;
  }
  const definition = EntityRef.name && info.schema.getType(EntityRef.name);
  const field = isInterfaceType(definition) ? definition.getFields().relationships : undefined;
  if (!field) return null;
  let key: EntityRelationshipsKey;
  try {
    const args = getArgumentValues(field, first, info.variableValues) as RelationshipsArgs;
    ({ key } = relationshipsRequest(entityId, args, named, info));
  } catch {
    return null;
  }
  return ctx.loaders.entityRelationships.load(key).then((page) => page.entity);
});

/**
 * The fields selected on an entity, through fragments on `Entity` or without a type condition;
 * null when a fragment names one entity type or carries a directive (the selection then depends
 * on what the entity turns out to be).
 */
export function fieldsOnEntity(
  fields: readonly FieldNode[],
  info: GraphQLResolveInfo,
): FieldNode[] | null {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): boolean => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        out.push(selection);
        continue;
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
      if (!fragment || selection.directives?.length) return false;
      const on = fragment.typeCondition?.name.value;
      if (on !== undefined && on !== EntityRef.name) return false;
      if (!visit(fragment.selectionSet)) return false;
    }
    return true;
  };
  for (const field of fields) if (!visit(field.selectionSet)) return null;
  return out;
}

/**
 * How many evidence the query asks of each relationship of this connection
 * (`edges { node { evidence(first: k) } }`), whether it asks their `article` and of that its
 * `body` or `text`, so the page's statement reads them along. Null when it asks none, or asks
 * with different `first`s (aliases): the evidence loader then answers.
 */
function selectedEvidence(
  fieldNodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): { first: number; article: boolean; articleBody: boolean } | null {
  const found = new Set<number>();
  let article = false;
  let articleBody = false;
  const visit = (selections: SelectionSetNode | undefined, path: readonly string[]) => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, path);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        visit(info.fragments[selection.name.value]?.selectionSet, path);
      } else if (selection.name.value === path[0]) {
        if (path.length > 1) visit(selection.selectionSet, path.slice(1));
        else {
          found.add(evidenceFirstOf(selection, info));
          const articles = selectedFields(selection.selectionSet, "article", info);
          if (articles.length > 0) article = true;
          if (
            articles.some(
              (field) =>
                selectedFields(field.selectionSet, "body", info).length > 0 ||
                selectedFields(field.selectionSet, "text", info).length > 0,
            )
          ) {
            articleBody = true;
          }
        }
      }
    }
  };
  for (const field of fieldNodes) visit(field.selectionSet, ["edges", "node", "evidence"]);
  const [first] = found;
  return found.size === 1 && first !== undefined && Number.isInteger(first) && first > 0
    ? { first: Math.min(first, MAX_PAGE_SIZE), article, articleBody }
    : null;
}

/**
 * What a lean relationship page (EntityRelationshipsKey.lean) can answer: per field of the
 * connection the fields allowed under it, and for those with no entry anything (the page's
 * cursors and counts; evidence, which its own loader or the page's evidence answers). A field
 * outside these, a fragment or a directive anywhere in between makes the page whole.
 */
export interface LeanFields {
  readonly [field: string]: LeanFields | null;
}
const LEAN_END: LeanFields = { __typename: null, id: null, entityId: null, name: null, type: null };
const LEAN_CONNECTION: LeanFields = {
  __typename: null,
  totalCount: null,
  pageInfo: null,
  edges: {
    __typename: null,
    cursor: null,
    node: {
      __typename: null,
      id: null,
      relationshipId: null,
      type: null,
      evidence: null,
      source: LEAN_END,
      target: LEAN_END,
    },
  },
};

export function leanSelection(set: SelectionSetNode | undefined, allowed: LeanFields): boolean {
  return (set?.selections ?? []).every((selection) => {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return false;
    const name = selection.name.value;
    if (!Object.hasOwn(allowed, name)) return false;
    const below = allowed[name];
    return below === null || below === undefined || leanSelection(selection.selectionSet, below);
  });
}

/** The fields named `name` that `set` selects, directly or through fragments. */
function selectedFields(
  set: SelectionSetNode | undefined,
  name: string,
  info: GraphQLResolveInfo,
): FieldNode[] {
  return (set?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return selectedFields(fragment?.selectionSet, name, info);
  });
}

function evidenceFirstOf(field: FieldNode, info: GraphQLResolveInfo): number {
  const arg = field.arguments?.find((a) => a.name.value === "first");
  if (!arg) return DEFAULT_EVIDENCE;
  const value = valueFromAST(arg.value, GraphQLInt, info.variableValues);
  return typeof value === "number" ? value : DEFAULT_EVIDENCE;
}
