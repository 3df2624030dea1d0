import { createPubSub } from "graphql-yoga";
import type { IngestResult } from "../ingest/ingest.ts";

/** What an ingest announces: the result and when the write finished (ISO 8601). */
export interface ArticleIngestedEvent extends IngestResult {
  at: string;
}

/**
 * How the processes that write the graph (API replicas, queue workers, the CLI) tell the others:
 * the `articleIngested` subscription feed, and a cache generation that every write moves on, so
 * no process serves an answer computed before a write it has been told about. In memory within
 * one process (the default), or through Redis when REDIS_URL is set (src/bus/redis.ts).
 */
export interface GraphBus {
  readonly kind: "memory" | "redis";
  /** Something in the graph changed: every cached answer, in every process, is stale. */
  graphChanged(): Promise<void>;
  /** Announces an article to `articleIngested` subscribers in every process. */
  articleIngested(event: ArticleIngestedEvent): Promise<void>;
  /** The stream of announced articles, from any process. */
  subscribeArticleIngested(): AsyncIterable<ArticleIngestedEvent>;
  /** Moves on with every `graphChanged()` of any process; part of every cache key. */
  generation(): Promise<number>;
  /** Called after `graphChanged()` in this process (the in-memory cache empties itself). */
  onGraphChanged(listener: () => void): () => void;
  /** The shared Redis (for the response cache's store), when the bus is Redis. */
  readonly redis: import("ioredis").Redis | undefined;
  /** The prefix of every key and channel this bus uses in Redis. */
  readonly prefix: string;
  close(): Promise<void>;
}

/**
 * Announces what an ingest wrote: "unchanged" wrote nothing (no event, caches stay valid);
 * anything else makes cached answers stale first, then tells subscribers. Every writer (the
 * API, a queue worker, the CLI) announces through this one function.
 */
export async function announceIngest(
  bus: GraphBus | undefined,
  result: IngestResult,
): Promise<ArticleIngestedEvent> {
  const event = { ...result, at: new Date().toISOString() };
  if (!bus || result.status === "unchanged") return event;
  await bus.graphChanged();
  await bus.articleIngested(event);
  return event;
}

/** One process: subscriptions and cache invalidation stay inside it (the default, as before). */
export function createMemoryBus(): GraphBus {
  const pubsub = createPubSub<{ articleIngested: [ArticleIngestedEvent] }>();
  const listeners = new Set<() => void>();
  let generation = 0;
  return {
    kind: "memory",
    async graphChanged() {
      generation += 1;
      for (const listener of listeners) listener();
    },
    async articleIngested(event) {
      pubsub.publish("articleIngested", event);
    },
    subscribeArticleIngested: () => pubsub.subscribe("articleIngested"),
    generation: async () => generation,
    onGraphChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    redis: undefined,
    prefix: "",
    async close() {},
  };
}

/** The bus of a process: Redis when `redisUrl` is set, otherwise in memory. */
export async function createBus(options: {
  redisUrl: string | undefined;
  prefix: string;
}): Promise<GraphBus> {
  if (!options.redisUrl) return createMemoryBus();
  const { createRedisBus } = await import("./redis.ts");
  return createRedisBus({ url: options.redisUrl, prefix: options.prefix });
}
