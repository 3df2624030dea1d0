import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { DEFAULT_MAX_ARTICLE_BYTES } from "./ingest/article-size.ts";

/**
 * Every setting newsgraph reads from the environment, validated once at start. Variable names are
 * the same for `npm start`, the CLI, the tests and docker-compose.yml.
 */
const EnvSchema = z.object({
  /** Bolt URI of an existing Neo4j. When unset, a local Neo4j is started (see src/neo4j-local). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8).default("newsgraph-local"),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  /** Bolt port of the local Neo4j that newsgraph starts itself. */
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Data directory of the local Neo4j. */
  NEO4J_LOCAL_DATA: z.string().optional(),
  /** Where downloads (Neo4j jars) and the compiled launcher are cached, outside the repository. */
  NEWSGRAPH_CACHE_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  /** Per-request transaction timeout, milliseconds; reaches Neo4j as the transaction timeout. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /**
   * Answer plain JSON queries on POST /graphql from Node's request directly, without Yoga's
   * fetch-API layer (src/server/direct-lane.ts); false sends every request through Yoga.
   */
  NEWSGRAPH_DIRECT_LANE: z.stringbool().default(true),
  /** How long opening a TCP connection to Neo4j may take before it counts as unreachable. */
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  /** How long a query waits for a connection from the driver's pool (or a new one). */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  /** How long a transaction that failed for a transient reason (a deadlock) is retried. */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(30_000),
  /**
   * How long a transaction is retried while Neo4j cannot be reached. Short, so an API request
   * learns at once that the graph is unavailable instead of waiting out the outage.
   */
  NEO4J_UNAVAILABLE_RETRY_MS: z.coerce.number().int().min(0).default(1_000),
  /** While Neo4j is known to be down, how often a request may ask it again (ms). */
  NEO4J_RECHECK_MS: z.coerce.number().int().min(0).default(500),
  /** How long `newsgraph ingest` keeps retrying, with backoff, while Neo4j is unreachable. */
  NEWSGRAPH_INGEST_OUTAGE_RETRY_MS: z.coerce.number().int().min(0).default(60_000),
  /**
   * Redis shared by API replicas, queue workers and the CLI (subscriptions, response cache, ingest
   * queue). Unset: everything stays in one process, as without a cluster.
   */
  REDIS_URL: z.string().url().optional(),
  /** Prefix of every Redis key, channel and queue newsgraph uses (several graphs, one Redis). */
  NEWSGRAPH_REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .default("newsgraph"),
  /** Jobs one `newsgraph worker` runs at a time. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Tries of a queued ingest job before it stays failed (transient errors only are retried). */
  NEWSGRAPH_QUEUE_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),

  // API security (docs/api.md "Authorisation", "Production settings").
  /** `name:scope+scope:key` items, comma-separated; scopes `read`, `write` (write implies read). */
  NEWSGRAPH_API_KEYS: z.string().optional(),
  /** Reads (queries, subscriptions) without a key. Writes always need a key with `write`. */
  NEWSGRAPH_PUBLIC_READ: z.stringbool().default(true),
  /** `*` (any origin, no credentials) or a comma-separated list of origins allowed by CORS. */
  NEWSGRAPH_CORS_ORIGINS: z.string().default("*"),
  /** Require a custom header (`x-graphql-yoga-csrf`) on requests a browser could send by itself. */
  NEWSGRAPH_CSRF_PREVENTION: z.stringbool().default(false),
  NEWSGRAPH_GRAPHIQL: z.stringbool().default(true),
  NEWSGRAPH_INTROSPECTION: z.stringbool().default(true),
  /** A JSON file `{ "<id>": "<GraphQL document>" }`: only these operations are run. */
  NEWSGRAPH_PERSISTED_OPERATIONS: z.string().optional(),
  /** How long a query result is served from the cache; 0 (the default) turns the cache off. */
  NEWSGRAPH_RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(0),
  /** Serve GET /metrics (Prometheus text format). */
  NEWSGRAPH_METRICS: z.stringbool().default(true),
  NEWSGRAPH_MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Largest article text (title + body, UTF-8 bytes) that ingest, extract and the API accept. */
  NEWSGRAPH_MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_MAX_ARTICLE_BYTES),
  NEWSGRAPH_MAX_DEPTH: z.coerce.number().int().positive().default(16),
  NEWSGRAPH_MAX_ALIASES: z.coerce.number().int().positive().default(30),
  NEWSGRAPH_MAX_TOKENS: z.coerce.number().int().positive().default(5_000),
  /** Query cost: each field 1, times `first` (or 10 for other lists) for everything below it. */
  NEWSGRAPH_MAX_COST: z.coerce.number().int().positive().default(200_000),

  // Ingest (docs/operations.md "Bulk ingest").
  /** New articles written per transaction by `newsgraph ingest`. */
  NEWSGRAPH_INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(250),
  /** Worker threads for extraction and validation; 0 runs them on the main thread. */
  NEWSGRAPH_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export type ApiScope = "read" | "write";

/** One API key: `name` shows in logs and cache scopes; `key` is never logged or echoed. */
export interface ApiKey {
  readonly name: string;
  readonly scopes: ReadonlySet<ApiScope>;
  readonly key: string;
}

export interface SecurityConfig {
  readonly apiKeys: readonly ApiKey[];
  readonly publicRead: boolean;
  /** `"*"` or the allowed origins. */
  readonly corsOrigins: "*" | readonly string[];
  readonly csrfPrevention: boolean;
  readonly graphiql: boolean;
  readonly introspection: boolean;
  readonly persistedOperationsFile: string | undefined;
  readonly responseCacheTtlMs: number;
  readonly metrics: boolean;
}

export interface LimitsConfig {
  readonly maxBodyBytes: number;
  /** Largest article text in UTF-8 bytes (src/ingest/article-size.ts). */
  readonly maxArticleBytes: number;
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

export interface Config {
  readonly neo4j: {
    readonly uri: string | undefined;
    readonly user: string;
    readonly password: string;
    readonly database: string;
    readonly connectionTimeoutMs: number;
    readonly acquisitionTimeoutMs: number;
    readonly retryMs: number;
    readonly unavailableRetryMs: number;
    readonly recheckMs: number;
  };
  readonly ingest: IngestConfig;
  readonly local: { readonly port: number; readonly dataDir: string; readonly cacheDir: string };
  readonly server: {
    readonly port: number;
    readonly host: string;
    readonly queryTimeoutMs: number;
    /** NEWSGRAPH_DIRECT_LANE: plain JSON queries answered without Yoga's fetch-API layer. */
    readonly directLane: boolean;
  };
  readonly security: SecurityConfig;
  readonly limits: LimitsConfig;
  readonly redis: {
    /** Unset: in-memory bus and cache, no queue. */
    readonly url: string | undefined;
    readonly prefix: string;
  };
  readonly queue: { readonly concurrency: number; readonly attempts: number };
  readonly logLevel: Env["LOG_LEVEL"];
}

export interface IngestConfig {
  /** How long the CLI's ingest waits out an outage of Neo4j, retrying with backoff. */
  readonly outageRetryMs: number;
  /** New articles written per transaction. */
  readonly batchSize: number;
  /** Worker threads of the ingest pool (extraction, validation): one less than the cores, ≥ 1. */
  readonly workers: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset", as in a .env file with `NEO4J_URI=`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid environment: ${problems.join("; ")}`);
  }
  const e = parsed.data;
  const cacheRoot = process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache");
  return Object.freeze({
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
      retryMs: e.NEO4J_RETRY_MS,
      unavailableRetryMs: e.NEO4J_UNAVAILABLE_RETRY_MS,
      recheckMs: e.NEO4J_RECHECK_MS,
    }),
    ingest: Object.freeze({
      outageRetryMs: e.NEWSGRAPH_INGEST_OUTAGE_RETRY_MS,
      batchSize: e.NEWSGRAPH_INGEST_BATCH_SIZE,
      workers: e.NEWSGRAPH_WORKERS ?? Math.max(1, os.availableParallelism() - 1),
    }),
    local: Object.freeze({
      port: e.NEO4J_LOCAL_PORT,
      dataDir: path.resolve(e.NEO4J_LOCAL_DATA ?? ".neo4j"),
      cacheDir: path.resolve(e.NEWSGRAPH_CACHE_DIR ?? path.join(cacheRoot, "newsgraph")),
    }),
    server: Object.freeze({
      port: e.PORT,
      host: e.HOST,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      directLane: e.NEWSGRAPH_DIRECT_LANE,
    }),
    security: Object.freeze({
      apiKeys: Object.freeze(parseApiKeys(e.NEWSGRAPH_API_KEYS)),
      publicRead: e.NEWSGRAPH_PUBLIC_READ,
      corsOrigins: parseOrigins(e.NEWSGRAPH_CORS_ORIGINS),
      csrfPrevention: e.NEWSGRAPH_CSRF_PREVENTION,
      graphiql: e.NEWSGRAPH_GRAPHIQL,
      introspection: e.NEWSGRAPH_INTROSPECTION,
      persistedOperationsFile: e.NEWSGRAPH_PERSISTED_OPERATIONS
        ? path.resolve(e.NEWSGRAPH_PERSISTED_OPERATIONS)
        : undefined,
      responseCacheTtlMs: e.NEWSGRAPH_RESPONSE_CACHE_TTL_MS,
      metrics: e.NEWSGRAPH_METRICS,
    }),
    limits: Object.freeze({
      maxBodyBytes: e.NEWSGRAPH_MAX_BODY_BYTES,
      maxArticleBytes: e.NEWSGRAPH_MAX_ARTICLE_BYTES,
      maxDepth: e.NEWSGRAPH_MAX_DEPTH,
      maxAliases: e.NEWSGRAPH_MAX_ALIASES,
      maxTokens: e.NEWSGRAPH_MAX_TOKENS,
      maxCost: e.NEWSGRAPH_MAX_COST,
    }),
    redis: Object.freeze({ url: e.REDIS_URL, prefix: e.NEWSGRAPH_REDIS_PREFIX }),
    queue: Object.freeze({
      concurrency: e.WORKER_CONCURRENCY,
      attempts: e.NEWSGRAPH_QUEUE_ATTEMPTS,
    }),
    logLevel: e.LOG_LEVEL,
  });
}

const API_SCOPES: readonly ApiScope[] = ["read", "write"];
/** Short keys can be guessed; 16 characters of a random token is the least we take. */
const MIN_KEY_LENGTH = 16;

/**
 * `reader:read:k3y…,ingester:read+write:s3cr3t…`. The key is everything after the second colon,
 * so keys may contain colons (not commas). Problems name the item by position and name, never
 * by its key.
 */
export function parseApiKeys(value: string | undefined): ApiKey[] {
  if (!value) return [];
  const keys: ApiKey[] = [];
  const items = value.split(",").map((item) => item.trim());
  for (const [i, item] of items.entries()) {
    if (item === "") continue;
    const where = `NEWSGRAPH_API_KEYS item ${i + 1}`;
    const first = item.indexOf(":");
    const second = first < 0 ? -1 : item.indexOf(":", first + 1);
    if (second < 0) throw new ConfigError(`${where}: expected name:scopes:key`);
    const name = item.slice(0, first);
    const scopeText = item.slice(first + 1, second);
    const key = item.slice(second + 1);
    if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
      throw new ConfigError(`${where}: the name must be letters, digits, "_", "." or "-"`);
    }
    const scopes = new Set<ApiScope>();
    for (const scope of scopeText.split("+")) {
      const known = API_SCOPES.find((s) => s === scope);
      if (!known) {
        throw new ConfigError(
          `${where} (${name}): unknown scope "${scope}" (expected read, write or read+write)`,
        );
      }
      scopes.add(known);
    }
    // A client allowed to change the graph may read it.
    if (scopes.has("write")) scopes.add("read");
    if (key.length < MIN_KEY_LENGTH) {
      throw new ConfigError(
        `${where} (${name}): the key must be at least ${MIN_KEY_LENGTH} characters`,
      );
    }
    if (keys.some((k) => k.name === name))
      throw new ConfigError(`${where}: duplicate name "${name}"`);
    if (keys.some((k) => k.key === key)) throw new ConfigError(`${where} (${name}): duplicate key`);
    keys.push(Object.freeze({ name, scopes, key }));
  }
  return keys;
}

function parseOrigins(value: string): "*" | string[] {
  const origins = value
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  if (origins.length === 0 || origins.includes("*")) return "*";
  for (const origin of origins) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(
        `NEWSGRAPH_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`,
      );
    }
    if (url.origin !== origin) {
      throw new ConfigError(
        `NEWSGRAPH_CORS_ORIGINS: "${origin}" is not an origin; did you mean "${url.origin}"?`,
      );
    }
  }
  return origins;
}
