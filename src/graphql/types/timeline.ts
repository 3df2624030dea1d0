import { notFound } from "../../domain/errors.ts";
import {
  MAX_TIMELINE_BUCKETS,
  type TIMELINE_INTERVALS,
  type TimelineBucket,
} from "../../graph/read/index.ts";
import { builder } from "../builder.ts";
import { checkDateBound, checkDateRange, dateRangeArgs } from "./analytics-args.ts";
import { entityIdFromArg } from "./entity.ts";

/**
 * Root `timeline`: an entity's (or the whole graph's) mentions and relationships per day, week
 * or month of article publication. One statement; empty periods are filled in, so a chart can
 * draw the list as it is.
 */
const TimelineIntervalEnum = builder.enumType("TimelineInterval", {
  description: "The length of a timeline period.",
  values: {
    DAY: { description: "One calendar day." },
    WEEK: { description: "Monday to Sunday (ISO weeks)." },
    MONTH: { description: "One calendar month." },
  } satisfies Record<(typeof TIMELINE_INTERVALS)[number], { description: string }>,
});

const TimelineBucketRef = builder.objectRef<TimelineBucket>("TimelineBucket").implement({
  description:
    "One period of a timeline. Articles and evidence count by their publication date; undated ones fall in no period.",
  fields: (t) => ({
    start: t.exposeString("start", {
      description: "First day of the period (ISO 8601 date).",
    }),
    end: t.exposeString("end", { description: "Last day of the period (ISO 8601 date)." }),
    articleCount: t.exposeInt("articleCount", {
      description:
        "Articles published in the period: those that mention the entity, or all of them.",
    }),
    mentionCount: t.exposeInt("mentionCount", {
      description:
        "Mentions in those articles: for an entity, how many times they name it (at least once per article); for the whole graph, the number of (article, entity) pairs.",
    }),
    relationshipCount: t.exposeInt("relationshipCount", {
      description:
        "Distinct relationships (of the entity) stated by evidence published in the period. Counted per period, so they do not add up over periods.",
    }),
    evidenceCount: t.exposeInt("evidenceCount", {
      description: "Pieces of evidence (sentences stating those relationships) in the period.",
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelineBucketRef],
    nullable: true,
    description: `Mentions and relationships of an entity, or of the whole graph, per period of article publication dates, oldest first. Every period from \`from\` to \`to\` is present (periods without activity have zeros); an open bound stops at the first or last dated article. At most ${MAX_TIMELINE_BUCKETS} periods. Null only with an error.`,
    args: {
      entity: t.arg.id({
        required: false,
        description: "Global id or entity id (`country:netherlands`); omitted: the whole graph.",
      }),
      interval: t.arg({
        type: TimelineIntervalEnum,
        defaultValue: "MONTH",
        description: "Length of a period.",
      }),
      ...dateRangeArgs(t.arg, "articles and evidence"),
    },
    resolve: async (_root, args, ctx) => {
      const entityId = args.entity == null ? null : entityIdFromArg(String(args.entity));
      const from = checkDateBound(args.from, "from");
      const to = checkDateBound(args.to, "to");
      checkDateRange(from, to);
      const [entity, buckets] = await Promise.all([
        entityId === null ? null : ctx.loaders.entity.load(entityId),
        ctx.repos.findTimeline({ entityId, interval: args.interval ?? "MONTH", from, to }),
      ]);
      if (entityId !== null && !entity) {
        throw notFound(`no entity with id "${entityId}"`, { argument: "entity", id: entityId });
      }
      return buckets;
    },
  }),
}));
