import { badInput, notFound } from "../../domain/errors.ts";
import type { MergeResult } from "../../graph/entity-repository.ts";
import type { IngestJobInfo } from "../../queue/index.ts";
import { builder } from "../builder.ts";
import type { ArticleIngestedEvent, GraphQLContext } from "../context.ts";
import { ArticleRef, articleIdFromArg } from "./article.ts";
import { EntityRef, entityIdFromArg } from "./entity.ts";
import { LanguageEnum } from "./vocabulary.ts";

/**
 * Writes: ingesting and deleting articles, and curating entities. Every mutation needs an API key
 * with the `write` scope (the Mutation type's authScopes, builder.ts). After a write the request's
 * loaders are renewed, so the returned objects are read as they now are.
 */

export const IngestStatusEnum = builder.enumType("IngestStatus", {
  description:
    "What an ingest did: a new article, a changed one replaced, the same content (nothing written), or (with `queue: true`) queued for a worker.",
  values: {
    CREATED: { value: "created" },
    UPDATED: { value: "updated" },
    UNCHANGED: { value: "unchanged" },
    QUEUED: { value: "queued", description: "Added to the ingest queue: see `job`." },
  } as const,
});

/** An ingest's payload: written now (an event), or queued (a job id, nothing written yet). */
export type IngestPayload = ArticleIngestedEvent | { status: "queued"; jobId: string; at: string };

const written = (payload: IngestPayload) => (payload.status === "queued" ? null : payload);

/** The result of an ingest, as the mutation returns it and the subscription announces it. */
export const IngestArticlePayloadRef = builder.objectRef<IngestPayload>("IngestArticlePayload");

IngestArticlePayloadRef.implement({
  description:
    "What an ingest wrote: the article as it now is, the status, and what its annotations hold. A queued ingest (`queue: true`) has only `status`, `job` and `at`; the job's `result` tells the rest.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article as it now is; null when queued.",
      resolve: async (payload, _args, ctx) => {
        const result = written(payload);
        if (!result) return null;
        const article = await ctx.loaders.article.load(result.articleId);
        if (!article) throw notFound(`article ${result.articleId} is no longer in the graph`);
        return article;
      },
    }),
    status: t.field({ type: IngestStatusEnum, resolve: (payload) => payload.status }),
    entities: t.int({
      nullable: true,
      description: "Entities the article names; null when queued.",
      resolve: (payload) => written(payload)?.entities ?? null,
    }),
    relations: t.int({
      nullable: true,
      description: "Relationships it states; null when queued.",
      resolve: (payload) => written(payload)?.relations ?? null,
    }),
    mentions: t.int({
      nullable: true,
      description: "Located mentions of entities; null when queued.",
      resolve: (payload) => written(payload)?.mentions ?? null,
    }),
    job: t.field({
      type: IngestJobRef,
      nullable: true,
      description: "The queued job (`queue: true`); null when written at once.",
      resolve: async (payload, _args, ctx) =>
        payload.status === "queued" ? ((await ctx.queue?.job(payload.jobId)) ?? null) : null,
    }),
    at: t.exposeString("at", {
      description: "When the ingest finished, or when it was queued (ISO 8601).",
    }),
  }),
});

const IngestJobStateEnum = builder.enumType("IngestJobState", {
  description:
    "Where a queued ingest is. FAILED is final: bad input (not retried) or transient errors that outlasted every retry.",
  values: {
    WAITING: { value: "waiting" },
    DELAYED: { value: "delayed", description: "Waiting to be retried after a transient error." },
    ACTIVE: { value: "active" },
    COMPLETED: { value: "completed" },
    FAILED: { value: "failed" },
    UNKNOWN: { value: "unknown" },
  } as const,
});

const IngestJobRef = builder.objectRef<IngestJobInfo>("IngestJob");

IngestJobRef.implement({
  description: "A queued ingest (`ingestArticle(queue: true)`, `newsgraph ingest --queue`).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The job id (not a Relay node id)." }),
    state: t.field({
      type: IngestJobStateEnum,
      resolve: (job) =>
        job.state === "prioritized" || job.state === "waiting-children" ? "waiting" : job.state,
    }),
    attempts: t.exposeInt("attempts", { description: "Tries made so far." }),
    maxAttempts: t.exposeInt("maxAttempts"),
    file: t.string({ nullable: true, resolve: (job) => job.file ?? null }),
    result: t.field({
      type: IngestArticlePayloadRef,
      nullable: true,
      description: "What the worker wrote, once COMPLETED.",
      resolve: (job) => (job.result ? { at: "", ...job.result } : null),
    }),
    error: t.string({
      nullable: true,
      description: "Why it failed (the message a direct ingest gives); also set while retrying.",
      resolve: (job) => job.error ?? null,
    }),
  }),
});

builder.queryFields((t) => ({
  ingestJob: t.field({
    type: IngestJobRef,
    nullable: true,
    description: "A queued ingest's state, result or error; null when there is no such job.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      if (!ctx.queue) throw noQueue();
      return ctx.queue.job(String(args.id));
    },
  }),
}));

const noQueue = () =>
  badInput("this server has no ingest queue: start it with REDIS_URL set", { argument: "queue" });

const PlainArticleInput = builder.inputType("PlainArticleInput", {
  description:
    "A plain article: the built-in extractor finds its entities and relationships (docs/ingest-format.md).",
  fields: (t) => ({
    id: t.string({
      required: false,
      description: "Stable id; derived from the URL, else the title and date, when absent.",
    }),
    title: t.string({ required: true }),
    body: t.string({ required: true }),
    source: t.string({ required: false, description: "The publisher." }),
    url: t.string({ required: false, description: "Absolute URL." }),
    publishedAt: t.string({ required: false, description: "ISO 8601 date or date-time." }),
    language: t.field({
      type: LanguageEnum,
      required: false,
      description: "Detected from the text when absent.",
    }),
  }),
});

const DeleteArticlePayloadRef = builder.objectRef<{
  articleId: string;
  relationshipsDeleted: number;
  entitiesDeleted: number;
}>("DeleteArticlePayload");

DeleteArticlePayloadRef.implement({
  description:
    "What deleting an article removed besides it: relationships and entities nothing else supports.",
  fields: (t) => ({
    articleId: t.exposeString("articleId"),
    relationshipsDeleted: t.exposeInt("relationshipsDeleted"),
    entitiesDeleted: t.exposeInt("entitiesDeleted"),
  }),
});

/** The merge's counts exactly as the repository reports them. */
type MergePayload = MergeResult;

const MergeEntitiesPayloadRef = builder.objectRef<MergePayload>("MergeEntitiesPayload");

MergeEntitiesPayloadRef.implement({
  description: "What `mergeEntities` moved from the merged entity to the kept one.",
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      description: "The kept entity, as it is after the merge.",
      resolve: (result, _args, ctx) => loadEntity(ctx, result.keptId),
    }),
    mergedId: t.exposeString("mergedId", {
      description: "The entity id that no longer exists (kept in the entity's `mergedIds`).",
    }),
    aliasesAdded: t.exposeInt("aliasesAdded"),
    mentionsMoved: t.exposeInt("mentionsMoved", {
      description: "Articles whose mention now names the kept entity.",
    }),
    relationshipsMoved: t.exposeInt("relationshipsMoved", {
      description: "Relationships re-pointed at the kept entity.",
    }),
    relationshipsMerged: t.exposeInt("relationshipsMerged", {
      description:
        "Relationships that duplicated one of the kept entity's: their evidence joined it.",
    }),
    selfLoopsDropped: t.exposeInt("selfLoopsDropped", {
      description: "Relationships between the two entities (they would relate it to itself).",
    }),
    evidenceMoved: t.exposeInt("evidenceMoved"),
    evidenceDropped: t.exposeInt("evidenceDropped", {
      description: "Evidence of the dropped self-loops.",
    }),
  }),
});

async function loadEntity(ctx: GraphQLContext, id: string) {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw notFound(`no entity with id ${id}`, { id });
  return entity;
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayloadRef,
    description:
      "Writes one article in one transaction: `annotated` (the annotated-article JSON of docs/ingest-format.md, validated) or `article` (plain text, annotated by the built-in extractor). Give exactly one. With `queue: true` the article goes to the ingest queue (servers with REDIS_URL) and a worker writes it: the payload's `job` follows it.",
    args: {
      annotated: t.arg({ type: "JSONObject", required: false }),
      article: t.arg({ type: PlainArticleInput, required: false }),
      queue: t.arg.boolean({
        required: false,
        description: "Queue it for `newsgraph worker` instead of writing it now.",
      }),
    },
    resolve: async (_root, args, ctx): Promise<IngestPayload> => {
      if ((args.annotated == null) === (args.article == null)) {
        throw badInput("ingestArticle needs exactly one of `annotated` or `article`", {
          argument: "annotated",
        });
      }
      if (args.queue) {
        if (!ctx.queue) throw noQueue();
        const [jobId] = await ctx.queue.enqueue([
          args.annotated
            ? { kind: "annotated", value: args.annotated }
            : { kind: "plain", article: withoutNulls(args.article ?? { title: "", body: "" }) },
        ]);
        if (!jobId) throw new Error("the queue returned no job id");
        return { status: "queued", jobId, at: new Date().toISOString() };
      }
      const result = args.annotated
        ? await ctx.writes.ingestAnnotated(args.annotated)
        : await ctx.writes.ingestPlain(withoutNulls(args.article ?? { title: "", body: "" }));
      ctx.renewLoaders();
      return result;
    },
  }),
  deleteArticle: t.field({
    type: DeleteArticlePayloadRef,
    description:
      "Deletes an article (global or plain id) with its mentions and evidence; relationships and entities left with nothing go too.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const articleId = articleIdFromArg(args.id);
      const result = await ctx.writes.deleteArticle(articleId);
      if (!result.deleted) {
        throw notFound(`no article with id ${articleId}`, { argument: "id", id: args.id });
      }
      ctx.renewLoaders();
      return { articleId, ...result };
    },
  }),
  mergeEntities: t.field({
    type: MergeEntitiesPayloadRef,
    description:
      "Merges `merge` into `keep` (two nodes of one type that name one thing): names, mentions, relationships and evidence move over; duplicate relationships join; `merge` is deleted. One transaction.",
    args: {
      keep: t.arg.id({ required: true, description: "The entity that stays (its id and name)." }),
      merge: t.arg.id({ required: true, description: "The entity that goes." }),
    },
    resolve: async (_root, args, ctx) => {
      const result = await ctx.writes.entities.mergeEntities(
        entityIdFromArg(args.keep),
        entityIdFromArg(args.merge),
      );
      ctx.renewLoaders();
      return result;
    },
  }),
  addAlias: t.field({
    type: EntityRef,
    description: "Adds another name of an entity (a no-op when it already has it).",
    args: { entity: t.arg.id({ required: true }), alias: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const result = await ctx.writes.entities.addAlias(entityIdFromArg(args.entity), args.alias);
      ctx.renewLoaders();
      return loadEntity(ctx, result.entityId);
    },
  }),
  removeAlias: t.field({
    type: EntityRef,
    description:
      "Removes an alias (compared without case or accents). A later ingest that names the entity so adds it again.",
    args: { entity: t.arg.id({ required: true }), alias: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const result = await ctx.writes.entities.removeAlias(
        entityIdFromArg(args.entity),
        args.alias,
      );
      ctx.renewLoaders();
      return loadEntity(ctx, result.entityId);
    },
  }),
  renameEntity: t.field({
    type: EntityRef,
    description:
      "Changes an entity's canonical name; the old name stays as an alias and the id does not change.",
    args: { entity: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const result = await ctx.writes.entities.renameEntity(
        entityIdFromArg(args.entity),
        args.name,
      );
      ctx.renewLoaders();
      return loadEntity(ctx, result.entityId);
    },
  }),
}));

/** GraphQL gives absent optional input fields as null; the article input wants them absent. */
function withoutNulls<T extends object>(value: T) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v != null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
