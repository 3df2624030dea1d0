import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import type { ArticleIngestedEvent, GraphBus } from "./index.ts";

/**
 * The bus through Redis: events go over Redis pub/sub (@graphql-yoga/redis-event-target, so a
 * subscriber on any replica sees a write by any process), and the cache generation is a Redis
 * counter that every write increments. Reading the generation costs one GET per cached request,
 * but a client that wrote through replica B and then reads through replica A is never served
 * A's older answer: the INCR finishes before the write's response is sent.
 */
export async function createRedisBus(options: { url: string; prefix: string }): Promise<GraphBus> {
  const connect = () =>
    new Redis(options.url, {
      // Fail requests fast while Redis is away instead of queueing them without bound.
      maxRetriesPerRequest: 3,
      lazyConnect: true,
    });
  const publishClient = connect();
  const subscribeClient = connect();
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot connect to Redis at ${redact(options.url)}: ${reason}`);
  }
  const topic = `${options.prefix}:articleIngested`;
  const generationKey = `${options.prefix}:cache:generation`;
  const pubsub = createPubSub<Record<string, [ArticleIngestedEvent]>>({
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
  });
  const listeners = new Set<() => void>();
  return {
    kind: "redis",
    async graphChanged() {
      await publishClient.incr(generationKey);
      for (const listener of listeners) listener();
    },
    async articleIngested(event) {
      pubsub.publish(topic, event);
    },
    subscribeArticleIngested: () => pubsub.subscribe(topic),
    generation: async () => Number((await publishClient.get(generationKey)) ?? 0),
    onGraphChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    redis: publishClient,
    prefix: options.prefix,
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}
