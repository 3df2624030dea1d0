import { articleText } from "../../domain/article.ts";
import { badInput } from "../../domain/errors.ts";
import type {
  ArticleFilter,
  ArticleRecord,
  MentionRecord,
  SourceRecord,
} from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, pageArgs, toConnection } from "../connection.ts";
import type { GraphQLContext } from "../context.ts";
import { decodeGlobalId, decodeGlobalIdOf } from "../global-id.ts";
import { EntityRef } from "./entity.ts";
import { LanguageEnum } from "./vocabulary.ts";

/** Articles, their publishers and mentions; `Entity.articles`; root `article` and `articles`. */
export const ArticleRef = builder.objectRef<ArticleRecord>("Article");
export const SourceRef = builder.objectRef<SourceRecord>("Source");
const MentionRef = builder.objectRef<MentionRecord>("Mention");
const SpanRef = builder.objectRef<{ start: number; end: number }>("Span");

export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: "ArticleConnection" },
  { name: "ArticleEdge" },
);

/** The article with its body: a partial one (read without it, ArticleRecord.partial) is loaded. */
async function whole(article: ArticleRecord, ctx: GraphQLContext): Promise<ArticleRecord> {
  if (!article.partial) return article;
  const loaded = await ctx.loaders.article.load(article.id);
  if (!loaded) throw new Error(`article ${article.id} is gone`);
  return loaded;
}

builder.node(ArticleRef, {
  description: "One news item. Its text is `title`, a blank line, then `body`; offsets index it.",
  isTypeOf: (value) => (value as ArticleRecord | null)?.kind === "Article",
  id: { resolve: (article) => article.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.article.load(id))),
  fields: (t) => ({
    articleId: t.exposeString("id", { description: "The article's id in the graph." }),
    title: t.exposeString("title"),
    body: t.string({ resolve: async (article, _args, ctx) => (await whole(article, ctx)).body }),
    text: t.string({
      description: "`title`, a blank line, `body`: the text every offset indexes.",
      resolve: async (article, _args, ctx) => articleText(await whole(article, ctx)),
    }),
    url: t.exposeString("url", { nullable: true }),
    language: t.field({
      type: LanguageEnum,
      nullable: true,
      resolve: (article) => article.language,
    }),
    publishedAt: t.exposeString("publishedAt", {
      nullable: true,
      description: "Publication date or date-time, ISO 8601.",
    }),
    ingestedAt: t.exposeString("ingestedAt", { nullable: true }),
    extractor: t.exposeString("extractor", {
      nullable: true,
      description: "The tool that produced the article's entities and relationships.",
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: "The publisher (the article's `Bron:` line), not a mention.",
      resolve: (article, _args, ctx) =>
        article.sourceId ? ctx.loaders.source.load(article.sourceId) : null,
    }),
    mentions: t.field({
      type: [MentionRef],
      description: "The entities the article names, in order of first appearance.",
      resolve: (article, _args, ctx) => ctx.loaders.articleMentions.load(article.id),
    }),
  }),
});

builder.node(SourceRef, {
  description: "A publisher of articles.",
  isTypeOf: (value) => (value as SourceRecord | null)?.kind === "Source",
  id: { resolve: (source) => source.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.source.load(id))),
  fields: (t) => ({
    sourceId: t.exposeString("id"),
    name: t.exposeString("name"),
  }),
});

SpanRef.implement({
  description: "Character offsets in the article's `text`, end exclusive.",
  fields: (t) => ({ start: t.exposeInt("start"), end: t.exposeInt("end") }),
});

MentionRef.implement({
  description: "How one article names one entity.",
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (mention) => mention.entity }),
    count: t.exposeInt("count", { description: "How many times the article names it." }),
    surfaces: t.exposeStringList("surfaces", { description: "The forms used, as written." }),
    spans: t.field({
      type: [SpanRef],
      resolve: (mention) =>
        mention.starts.map((start, i) => ({ start, end: mention.ends[i] ?? start })),
    }),
  }),
});

builder.interfaceField(EntityRef, "articles", (t) =>
  t.field({
    type: ArticleConnection,
    description: "The articles that mention the entity, newest first.",
    args: { ...pageArgs(t.arg) },
    resolve: async (entity, args, ctx) => {
      const page = checkPageArgs(args);
      const result = await ctx.loaders.entityArticles.load({ entityId: entity.id, ...page });
      return toConnection(result, page, () => ctx.loaders.entityArticleCount.load(entity.id));
    },
  }),
);

/** `2018-02-15` or `2018-02-15T10:00:00Z`: stored dates are ISO strings compared as text. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function checkDate(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
    throw badInput(`${argument} must be an ISO 8601 date such as 2018-02-15, got "${value}"`, {
      argument,
    });
  }
  return value;
}

/**
 * `article(id:)` takes the global id or the plain article id (as given at ingest, e.g.
 * `kamer-steunt-navo-missie-irak`): a value that does not decode to `Type:id` is a plain id; one
 * that decodes to another type's global id is INVALID_ID.
 */
export function articleIdFromArg(id: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalId(id);
  } catch {
    return id;
  }
  return decodeGlobalIdOf(id, ["Article"]) && decoded.id;
}

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: "One article by global id or plain article id; null when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => ctx.loaders.article.load(articleIdFromArg(args.id)),
  }),
  articles: t.field({
    type: ArticleConnection,
    nullable: true,
    description: "Articles, newest first, optionally filtered (null only with an error).",
    args: {
      source: t.arg.string({ required: false, description: "Publisher name, exactly." }),
      language: t.arg({ type: LanguageEnum, required: false }),
      publishedFrom: t.arg.string({
        required: false,
        description: "Published on or after this ISO 8601 date (or date-time).",
      }),
      publishedTo: t.arg.string({
        required: false,
        description: "Published on or before this ISO 8601 date (the whole day counts).",
      }),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const page = checkPageArgs(args);
      const filter: ArticleFilter = {
        source: args.source ?? null,
        language: args.language ?? null,
        publishedFrom: checkDate(args.publishedFrom, "publishedFrom"),
        publishedTo: checkDate(args.publishedTo, "publishedTo"),
      };
      const result = await ctx.repos.listArticles(filter, page);
      for (const edge of result.edges) ctx.loaders.article.prime(edge.node.id, edge.node);
      return toConnection(result, page, () => ctx.repos.countArticles(filter));
    },
  }),
}));
