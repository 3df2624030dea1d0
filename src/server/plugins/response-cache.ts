import { createRedisCache } from "@envelop/response-cache-redis";
import {
  type Cache,
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
} from "@graphql-yoga/plugin-response-cache";
import type { Plugin } from "graphql-yoga";
import type { GraphBus } from "../../bus/index.ts";

/**
 * Query results served from a cache for `ttlMs`, per API key (a key's answers are never served
 * to another key or to anonymous readers), and never after a write the bus has announced: the
 * bus's generation is part of every cache key, so an answer computed before a write (even one
 * stored after it) is never served again.
 *
 * With the in-memory bus the store is this process's memory and is emptied on every write here;
 * writes by another process (the CLI) are not seen, and `ttlMs` bounds how stale an answer can
 * be. With the Redis bus the store is Redis (@envelop/response-cache-redis), shared by every
 * replica, and the generation is Redis's: a write by any API replica, worker or CLI makes every
 * replica's cached answers stale at once.
 */
export interface ResponseCache {
  readonly plugin: Plugin;
}

/** Counts lookups that found an answer and those that did not (for /metrics). */
export interface CacheObserver {
  lookup(hit: boolean): void;
}

export function createResponseCache(options: {
  ttlMs: number;
  /** The cache scope of a request: the API key's name, or null for anonymous readers. */
  session: (request: Request) => string | null;
  bus: GraphBus;
  observer?: CacheObserver;
  /** Most answers kept in memory (the in-memory store). @default 1000 */
  max?: number;
}): ResponseCache {
  const { bus, observer } = options;
  const store = bus.redis ? redisStore(bus.redis, bus.prefix) : memoryStore(bus, options.max);
  // Yoga looks a request up twice when it misses (before parsing, then at execution): the second
  // miss of a key is the same request's, so each request counts once. Two identical requests at
  // once still count two (their misses pair up the same way).
  const missedOnce = new Set<string>();
  const countLookup = (key: string, hit: boolean) => {
    if (hit) return observer?.lookup(true);
    if (missedOnce.delete(key)) return;
    if (missedOnce.size > 10_000) missedOnce.clear();
    missedOnce.add(key);
    observer?.lookup(false);
  };
  const plugin = useResponseCache({
    ttl: options.ttlMs,
    session: (request) => options.session(request),
    // Every write makes everything stale; per-entity invalidation from mutation results is not
    // needed (and would not reach other processes).
    invalidateViaMutation: false,
    // A queued job moves on without any write to the graph, so no generation bump would make a
    // cached answer about it stale: its state is always read anew.
    ttlPerSchemaCoordinate: { "Query.ingestJob": 0 },
    cache: {
      get: async (key) => {
        const found = await store.get(key);
        countLookup(key, found != null);
        return found;
      },
      // No entity records: nothing is invalidated by entity, so none are kept (in Redis they
      // would be sets without expiry).
      set: (key, value, _entities, ttl) => store.set(key, value, [], ttl),
      invalidate: () => undefined,
    },
    buildResponseCacheKey: async ({ documentString, variableValues, operationName, sessionId }) =>
      hashSHA256(
        [
          await bus.generation(),
          documentString,
          operationName ?? "",
          JSON.stringify(variableValues ?? {}),
          sessionId ?? "",
        ].join("|"),
      ),
  }) as Plugin;
  return { plugin };
}

/** This process's memory, emptied whenever this process announces a write. */
function memoryStore(bus: GraphBus, max = 1_000): Cache {
  let cache = createInMemoryCache({ max });
  bus.onGraphChanged(() => {
    cache = createInMemoryCache({ max });
  });
  return {
    get: (key) => cache.get(key),
    set: (key, value, entities, ttl) => cache.set(key, value, entities, ttl),
    invalidate: (entities) => cache.invalidate(entities),
  };
}

/** Redis, shared by every replica; answers expire after the TTL (Redis PX). */
function redisStore(redis: import("ioredis").Redis, prefix: string): Cache {
  const cache = createRedisCache({ redis });
  const key = (id: string) => `${prefix}:cache:answer:${id}`;
  return {
    get: (id) => cache.get(key(id)),
    set: (id, value, entities, ttl) => cache.set(key(id), value, entities, ttl),
    invalidate: () => undefined,
  };
}
