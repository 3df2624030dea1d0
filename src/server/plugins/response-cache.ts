import {
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
} from "@graphql-yoga/plugin-response-cache";
import type { Plugin } from "graphql-yoga";

/**
 * Query results served from memory for `ttlMs`, per API key (a key's answers are never served
 * to another key or to anonymous readers), and dropped whenever the graph changes through the
 * API: `clear()` is called after every write (mutations, API ingest). Writes by another process
 * (the CLI) are not seen; `ttlMs` bounds how stale an answer can then be.
 */
export interface ResponseCache {
  readonly plugin: Plugin;
  /** Drops every cached answer. */
  clear(): void;
}

export function createResponseCache(options: {
  ttlMs: number;
  /** The cache scope of a request: the API key's name, or null for anonymous readers. */
  session: (request: Request) => string | null;
  /** Most answers kept. @default 1000 */
  max?: number;
}): ResponseCache {
  const max = options.max ?? 1_000;
  let cache = createInMemoryCache({ max });
  // The generation is part of every cache key. An answer computed before a write but stored
  // after it is stored under the old generation's key and never served.
  let generation = 0;
  const plugin = useResponseCache({
    ttl: options.ttlMs,
    session: (request) => options.session(request),
    // Every write clears everything; per-entity invalidation from mutation results is not needed.
    invalidateViaMutation: false,
    cache: {
      get: (key) => cache.get(key),
      set: (key, value, entities, ttl) => cache.set(key, value, entities, ttl),
      invalidate: (entities) => cache.invalidate(entities),
    },
    buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId }) =>
      hashSHA256(
        [
          generation,
          documentString,
          operationName ?? "",
          JSON.stringify(variableValues ?? {}),
          sessionId ?? "",
        ].join("|"),
      ),
  }) as Plugin;
  return {
    plugin,
    clear() {
      generation += 1;
      cache = createInMemoryCache({ max });
    },
  };
}
