import { useGraphQlJit } from "@envelop/graphql-jit";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { type ExecutionArgs, getOperationAST, getVariableValues } from "graphql";
import { createLogger, createYoga, type Plugin, type YogaServerInstance } from "graphql-yoga";
import { createMemoryBus, type GraphBus } from "../bus/index.ts";
import type { Config } from "../config.ts";
import type { Bookmarks, GraphErrorEvent, GraphExecutor } from "../graph/executor.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { maskError, useDomainErrors } from "../graphql/errors.ts";
import { schema } from "../graphql/schema.ts";
import type { IngestWork } from "../ingest/work.ts";
import type { IngestQueue } from "../queue/index.ts";
import { DEFAULT_QUERY } from "./default-query.ts";
import { createDirectLane, setDirectLane, usePrecomputedResult } from "./direct-lane.ts";
import { useHealth } from "./health.ts";
import { createApiKeyAuth, type HeaderSource, useApiKeys } from "./plugins/api-keys.ts";
import { useGraphAvailability } from "./plugins/availability.ts";
import { BOOKMARK_HEADER, readBookmarks, useBookmarks } from "./plugins/bookmarks.ts";
import { createGraphiQLRenderer } from "./plugins/graphiql.ts";
import { costCheck, useLimits } from "./plugins/limits.ts";
import { createMetrics } from "./plugins/metrics.ts";
import {
  readAllowlist,
  useNoIntrospection,
  useNoSuggestions,
  usePersistedOperationsAllowlist,
} from "./plugins/production.ts";
import { requestIdOf, useRequestId } from "./plugins/request-id.ts";
import { createResponseCache } from "./plugins/response-cache.ts";
import { useRoutes } from "./routes/index.ts";

/** The worker pool, started on the first ingest (idle threads exit and never hold the process). */
function lazyWorkerPool(): IngestWork {
  let pool: Promise<IngestWork> | undefined;
  const get = () => {
    pool ??= import("../ingest/pool.ts").then((m) => m.createWorkerPool());
    return pool;
  };
  return {
    prepare: async (task) => (await get()).prepare(task),
    plan: async (docJson, redirects) => (await get()).plan(docJson, redirects),
    close: async () => {
      if (pool) await (await pool).close();
    },
  };
}

export interface AppOptions {
  executor: GraphExecutor;
  config: Pick<Config, "server" | "security" | "limits" | "logLevel">;
  /**
   * Serve GraphiQL on GET /graphql from a browser; it is served only when NEWSGRAPH_GRAPHIQL
   * (config.security.graphiql) allows it too. @default true
   */
  graphiql?: boolean;
  /**
   * Where `ingestArticle` extracts and validates. @default a worker pool (src/ingest/pool.ts),
   * started on the first ingest
   */
  work?: IngestWork;
  /**
   * Where writes are announced and subscriptions listen: Redis when several processes serve one
   * graph (src/bus). @default a bus in this process's memory
   */
  bus?: GraphBus;
  /** The ingest queue for `ingestArticle(queue: true)` and `ingestJob`. @default none */
  queue?: IngestQueue;
}

export type App = YogaServerInstance<Record<string, never>, GraphQLContext>;

/** Whether an operation's variables coerce to their types (always, for one without variables). */
function variablesFit(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  const coerced = getVariableValues(args.schema, definitions, args.variableValues ?? {});
  return !("errors" in coerced && coerced.errors);
}

/** The endpoint of the API and of GraphiQL. */
export const GRAPHQL_PATH = "/graphql";

/** Headers a browser client may send (CORS); the CSRF header is Yoga's. */
const ALLOWED_HEADERS = [
  "content-type",
  "accept",
  "authorization",
  "x-api-key",
  "x-graphql-yoga-csrf",
  BOOKMARK_HEADER,
];

/**
 * The GraphQL server as a fetch handler: it never listens, so tests call `app.fetch(...)` in
 * process and src/server/http.ts mounts it on a Node server. Every request gets its own loaders,
 * its principal (API key), and a query timeout that reaches Neo4j as the transaction timeout.
 * docs/api.md ("Authorisation", "Limits and errors", "Production settings") describes the rules
 * the plugins below enforce.
 */
export function createApp({
  executor,
  config,
  graphiql = true,
  work,
  bus = createMemoryBus(),
  queue,
}: AppOptions): App {
  const { security, limits } = config;
  const logger = createLogger(config.logLevel);
  // Neo4j's own error texts name indexes, element ids and values: they go to the log with the
  // request id, and the client gets a code (src/graph/executor.ts).
  const onGraphError = (event: GraphErrorEvent) =>
    logger.error(
      `neo4j error [request ${event.requestId ?? "-"}] in ${event.statement ?? "a transaction"}: ${event.code}: ${event.message}`,
    );
  const auth = createApiKeyAuth(security);

  const metrics = security.metrics ? createMetrics({ queue }) : undefined;
  const cache =
    security.responseCacheTtlMs > 0
      ? createResponseCache({
          ttlMs: security.responseCacheTtlMs,
          session: (request) => auth.authenticate(request).name,
          bus,
          ...(metrics ? { observer: metrics.cache } : {}),
        })
      : null;
  const ingestWork = work ?? lazyWorkerPool();

  // Order matters: health answers before keys are asked for; the body limit and the key check
  // run before the body is parsed; persisted operations replace the query before validation.
  // Other modules add their plugin here (e.g. the HTTP routes: useRoutes({ …, authorizeRead:
  // auth.authorizeRead })).
  const plugins: Plugin[] = [
    useRequestId(),
    useHealth({ check: () => executor.availability.check() }),
    ...(metrics ? [metrics.endpoint] : []),
    useRoutes({
      executor: executor.with({ onGraphError }),
      queryTimeoutMs: config.server.queryTimeoutMs,
      authorizeRead: auth.authorizeRead,
      log: (error) => logger.error(error),
    }),
    ...useLimits(limits),
    useApiKeys(auth),
    ...(security.csrfPrevention
      ? [useCSRFPrevention({ requestHeaders: ["x-graphql-yoga-csrf"] })]
      : []),
    ...(security.persistedOperationsFile
      ? [usePersistedOperationsAllowlist(readAllowlist(security.persistedOperationsFile))]
      : []),
    ...(security.introspection ? [] : [useNoIntrospection(), useNoSuggestions()]),
    useGraphAvailability(executor.availability),
    useDomainErrors(),
    useBookmarks(),
    // Operations run compiled (graphql-jit, cached per parsed document, which Yoga's parser
    // cache keeps per query text): about a tenth less server CPU per request than graphql-js's
    // interpreter on the bench's queries (README, "Read queries"). An operation it cannot
    // compile answers the errors graphql-js would, in the result. Before the response cache:
    // the cache wraps the execute function it finds (it runs the document with its metadata,
    // which sets e.g. `ingestJob`'s TTL of 0), so one set after it would bypass the cache.
    // Variables that do not fit their types go to graphql-js, whose messages say more ("Did you
    // mean …" where introspection allows it) than the compiled query's.
    useGraphQlJit({}, { onError: () => undefined, enableIf: variablesFit }) as Plugin,
    // A result the direct lane computed, with errors: processed by the hooks around this one.
    usePrecomputedResult(),
    ...(cache ? [cache.plugin] : []),
    ...(metrics ? [metrics.operations] : []),
  ];

  // A child executor per request: the timeout applies, and observers added to `executor` after
  // start-up (logging, tests counting round trips) still see every statement.
  const requestContext = (request: HeaderSource) => {
    // Checked in useBookmarks before anything runs: only well-formed bookmarks get here.
    const read = readBookmarks(request);
    const bookmarks = "error" in read ? { given: [], written: [] } : read;
    const context: GraphQLContext & { bookmarks?: Bookmarks } = createContext(
      executor.with({
        timeoutMs: config.server.queryTimeoutMs,
        requestId: requestIdOf(request),
        onGraphError,
        bookmarks,
        ...(metrics ? { observer: metrics.observeStatement } : {}),
      }),
      {
        auth: auth.authenticate(request),
        work: ingestWork,
        maxArticleBytes: limits.maxArticleBytes,
        bus,
        ...(queue ? { queue } : {}),
      },
    );
    // Set, not spread into a copy (`{ ...context, bookmarks }`): a spread followed by another
    // property takes V8's slow path, and Yoga copies the context into its own anyway.
    context.bookmarks = bookmarks;
    return context;
  };

  const app: App = createYoga<Record<string, never>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    // Yoga's own /health answers 200 without asking Neo4j; ours (health.ts) does ask.
    healthCheckEndpoint: "/health/live",
    landingPage: false,
    graphiql:
      graphiql && security.graphiql ? { title: "newsgraph", defaultQuery: DEFAULT_QUERY } : false,
    renderGraphiQL: createGraphiQLRenderer(),
    // No file uploads: multipart requests are refused rather than parsed.
    multipart: false,
    // The body limit is useLimits' (NEWSGRAPH_MAX_BODY_BYTES, code PAYLOAD_TOO_LARGE); Yoga's
    // own would pipe every body through a second counting stream.
    maxRequestBodySize: false,
    cors: {
      origin: security.corsOrigins === "*" ? "*" : [...security.corsOrigins],
      // Keys are headers a page sets on purpose; cookies are never asked for.
      credentials: false,
      allowedHeaders: ALLOWED_HEADERS,
      methods: ["GET", "POST", "OPTIONS"],
      maxAge: 600,
    },
    // Expected errors carry extensions.code; anything else is "Unexpected error." (see errors.ts).
    maskedErrors: { maskError },
    logging: logger,
    context: ({ request }) => requestContext(request),
    plugins,
  });

  // Plain JSON queries skip Yoga's fetch-API layer (direct-lane.ts), unless a plugin works on
  // the whole request or response: the response cache, the persisted-operations allowlist.
  if (config.server.directLane && !cache && !security.persistedOperationsFile) {
    setDirectLane(
      app,
      createDirectLane({
        app: app as unknown as Parameters<typeof createDirectLane>[0]["app"],
        path: GRAPHQL_PATH,
        maxBodyBytes: limits.maxBodyBytes,
        authenticate: auth.authenticate,
        context: requestContext,
        costErrors: costCheck(limits.maxCost),
        variablesFit,
        graphUp: () => executor.availability.state === "up",
        requestId: requestIdOf,
        onAnswered: metrics?.directQueryAnswered,
      }),
    );
  }
  return app;
}
