import { notFound } from "../../domain/errors.ts";
import type { CoMentionEdge, CoMentionFilter } from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkPageArgs, pageArgs, toConnection } from "../connection.ts";
import { checkDateBound, checkDateRange, checkIntRange, dateRangeArgs } from "./analytics-args.ts";
import { ArticleRef } from "./article.ts";
import { EntityRef, entityIdFromArg } from "./entity.ts";
import { EntityTypeEnum } from "./vocabulary.ts";

/**
 * Root `coMentions`: the entities named in the same articles as a given one, ranked by the
 * number of articles they share, each with those articles. One statement for the page; the
 * shared articles of every edge are one batch.
 */
interface CoMentionEdgeShape extends CoMentionEdge {
  /** The entity whose co-mentions these are, and the date bounds, for `articles`. */
  entityId: string;
  from: string | null;
  to: string | null;
}

const MAX_SHARED_ARTICLES = 20;
const DEFAULT_SHARED_ARTICLES = 5;

const CoMentionConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: "CoMentionConnection",
    description: "Entities named in the same articles as another, most shared articles first.",
  },
  {
    name: "CoMentionEdge",
    description: "An entity named in the same articles, with how many and which.",
    fields: (t) => ({
      sharedArticleCount: t.int({
        description: "Number of articles that mention both entities (within the date range).",
        resolve: (edge) => (edge as CoMentionEdgeShape).sharedArticleCount,
      }),
      articles: t.field({
        type: [ArticleRef],
        description: "The articles that mention both, newest first.",
        args: {
          first: t.arg.int({
            defaultValue: DEFAULT_SHARED_ARTICLES,
            description: `At most this many, 0 to ${MAX_SHARED_ARTICLES}.`,
          }),
        },
        resolve: (edge, args, ctx) => {
          const shape = edge as CoMentionEdgeShape;
          return ctx.loaders.sharedArticles.load({
            entityId: shape.entityId,
            otherId: shape.node.id,
            from: shape.from,
            to: shape.to,
            first: checkIntRange(
              args.first ?? DEFAULT_SHARED_ARTICLES,
              "first",
              0,
              MAX_SHARED_ARTICLES,
            ),
          });
        },
      }),
    }),
  },
);

builder.queryFields((t) => ({
  coMentions: t.field({
    type: CoMentionConnection,
    nullable: true,
    description:
      "Entities named in the same articles as `entity`, ranked by the number of articles they share (then by entity id), each with those articles. Null only with an error.",
    args: {
      entity: t.arg.id({
        required: true,
        description: "Global id or entity id (`country:netherlands`).",
      }),
      types: t.arg({
        type: [EntityTypeEnum],
        required: false,
        description: "Only co-mentioned entities of these types; omitted: all.",
      }),
      ...dateRangeArgs(t.arg, "articles"),
      ...pageArgs(t.arg),
    },
    resolve: async (_root, args, ctx) => {
      const page = checkPageArgs(args);
      const entityId = entityIdFromArg(String(args.entity));
      const from = checkDateBound(args.from, "from");
      const to = checkDateBound(args.to, "to");
      checkDateRange(from, to);
      const filter: CoMentionFilter = { entityId, types: args.types ?? null, from, to };
      const [entity, result] = await Promise.all([
        ctx.loaders.entity.load(entityId),
        ctx.repos.findCoMentions(filter, page),
      ]);
      if (!entity)
        throw notFound(`no entity with id "${entityId}"`, { argument: "entity", id: entityId });
      for (const edge of result.edges) ctx.loaders.entity.prime(edge.node.id, edge.node);
      const edges: CoMentionEdgeShape[] = result.edges.map((edge) => ({
        ...edge,
        entityId,
        from,
        to,
      }));
      return toConnection({ ...result, edges }, page, () => ctx.repos.countCoMentions(filter));
    },
  }),
}));
