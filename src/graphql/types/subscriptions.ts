import { builder } from "../builder.ts";
import { IngestArticlePayloadRef } from "./mutations.ts";

/**
 * Subscriptions, served over server-sent events (a request with `Accept: text/event-stream`;
 * GraphQL over SSE, "distinct connections" mode). They need the `read` scope (builder.ts).
 */
builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: IngestArticlePayloadRef,
    description:
      "Every article created or updated through this server (`ingestArticle`), as it is written. With REDIS_URL set, also those written through any other replica, by a queue worker or by the CLI.",
    subscribe: (_root, _args, ctx) => ctx.feeds.articleIngested(),
    resolve: (event, _args, ctx) => {
      // One context serves the whole subscription: read each event's article anew.
      ctx.renewLoaders();
      return event;
    },
  }),
}));
