import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  getOperationAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import type { Plugin, YogaInitialContext } from "graphql-yoga";
import type { HeaderSource } from "./plugins/api-keys.ts";

/**
 * The direct lane: a GraphQL query sent as `POST /graphql` with a JSON body, the shape nearly
 * every API request has, answered from Node's request and response without Yoga's fetch-API
 * layer (a Request, a Response and their Headers per request, the request parsers, the envelop
 * hooks of every phase). On the bench's cheap queries that layer was about half of the server's
 * CPU per request (docs/benchmarks.md).
 *
 * What it does per query text is what Yoga did for the same text the first time, kept: the
 * document parsed and validated through Yoga's own envelop (graphql-armor's limits and every
 * validation rule included), and compiled by graphql-jit as the jit plugin compiles it. Per
 * request it checks what can differ between requests (the API key, the variables' types, the
 * cost with these variables, whether Neo4j is known to be up), builds the same context Yoga would,
 * runs the compiled query and writes the answer Yoga writes (same body, status and headers).
 *
 * Everything else goes to Yoga, unchanged:
 * - before the body is read, any request that is not a plain JSON POST to /graphql (another
 *   path or method, a CORS `Origin`, bookmarks, an `Accept` other than JSON, no Content-Length
 *   or one over the body limit, a key that matches none);
 * - after it is read, a body Yoga would refuse or treat specially (not JSON, unknown or odd
 *   parameters, `extensions`), a document that does not parse, validate or compile, anything but
 *   a query, variables that do not fit, a cost over the limit, Neo4j known to be down: Yoga gets
 *   the same bytes and answers as it always did;
 * - an answer with errors: the result already computed goes through Yoga's execution hooks and
 *   result processing (domain error codes, masking and its log line, suggestions stripped, the
 *   error metrics, the HTTP status), the query itself is not run again (usePrecomputedResult).
 *
 * Off (everything through Yoga) when a plugin works on the raw request or the whole response:
 * the response cache and the persisted-operations allowlist.
 */
export interface DirectLaneOptions {
  /** The Yoga app: its envelop for parsing and validating, and the fallback for the rest. */
  app: DirectLaneApp;
  /** The GraphQL endpoint (app.ts GRAPHQL_PATH); the lane serves it exactly, no query string. */
  path: string;
  /** NEWSGRAPH_MAX_BODY_BYTES: a larger announced body goes to Yoga, which refuses it. */
  maxBodyBytes: number;
  /** The API key check; a throw sends the request to Yoga (which answers 401). */
  authenticate: (request: HeaderSource) => unknown;
  /** The same context Yoga builds for a request (app.ts). */
  context: (request: HeaderSource) => object;
  /** Errors of the cost check with these variables (the limits plugin's); any sends to Yoga. */
  costErrors: (args: ExecutionArgs) => readonly unknown[];
  /** Whether the jit plugin would run the operation (its variables fit their types). */
  variablesFit: (args: ExecutionArgs) => boolean;
  /** False while Neo4j is known to be down: Yoga answers (503) and pings. */
  graphUp: () => boolean;
  requestId: (request: HeaderSource) => string;
  /** Counted as the metrics plugins count an operation and a response. */
  onAnswered?: (() => void) | undefined;
  /** Most query texts kept. @default 1000 */
  maxPlans?: number;
}

/** What the lane needs of the Yoga app. */
export interface DirectLaneApp {
  getEnveloped: (context: Partial<YogaInitialContext>) => {
    parse: (source: string) => DocumentNode;
    validate: (schema: GraphQLSchema, document: DocumentNode) => readonly unknown[];
    schema: GraphQLSchema;
  };
  handleRequest: (request: Request, serverContext: object) => Response | Promise<Response>;
  fetchAPI: { Request: typeof Request };
  (request: IncomingMessage, response: ServerResponse): unknown;
}

export interface DirectLane {
  /** Serves one Node request: through the lane, or through Yoga. */
  handle(request: IncomingMessage, response: ServerResponse): void;
  /** Requests answered by the lane itself (for tests). */
  readonly served: number;
}

/** A query text's plan: runnable here, or Yoga's. */
type Plan =
  | { direct: false }
  | {
      direct: true;
      document: DocumentNode;
      schema: GraphQLSchema;
      compiled: CompiledQuery;
      hasVariables: boolean;
    };

const YOGA: Plan = { direct: false };

const PRECOMPUTED = Symbol("newsgraph.precomputedResult");

interface Precomputed {
  result?: ExecutionResult;
  error?: unknown;
}

/**
 * Runs an operation the lane already ran: its result goes through every other plugin's
 * execution hooks (errors coded, masked and counted) as if it had just been computed. Placed
 * after the jit plugin, whose executor it replaces for such requests only.
 */
export function usePrecomputedResult(): Plugin {
  return {
    onExecute({ args, setExecuteFn }) {
      const given = (args.contextValue as { [PRECOMPUTED]?: Precomputed })[PRECOMPUTED];
      if (!given) return;
      setExecuteFn(() => {
        if (given.result) return given.result;
        throw given.error;
      });
    },
  };
}

/** Node's headers as the fetch API's `headers.get` reads them (repeated ones joined). */
class NodeHeaders {
  constructor(private readonly raw: IncomingMessage["headers"]) {}
  get(name: string): string | null {
    const value = this.raw[name];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }
}

/** The response types the lane writes, by Accept; any other Accept goes to Yoga. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  "": "application/json; charset=utf-8",
  "*/*": "application/json; charset=utf-8",
  "application/json": "application/json; charset=utf-8",
  "application/graphql-response+json": "application/graphql-response+json; charset=utf-8",
};

const BODY_KEYS = new Set(["query", "variables", "operationName", "extensions"]);

export function createDirectLane(options: DirectLaneOptions): DirectLane {
  const { app } = options;
  const plans = new Map<string, Plan>();
  const maxPlans = options.maxPlans ?? 1_000;
  let served = 0;

  function planOf(query: string, operationName: string | undefined, source: HeaderSource): Plan {
    const key = operationName === undefined ? query : `${operationName}\u0000${query}`;
    let plan = plans.get(key);
    if (plan) return plan;
    plan = makePlan(query, operationName, source);
    if (plans.size >= maxPlans) plans.clear();
    plans.set(key, plan);
    return plan;
  }

  function makePlan(query: string, operationName: string | undefined, source: HeaderSource): Plan {
    // Yoga's own parse and validate (its caches, graphql-armor's token, depth, alias and
    // directive limits, the introspection rule where it is off): what passes here passes there.
    const enveloped = app.getEnveloped({
      request: source as unknown as Request,
      params: { query, ...(operationName === undefined ? {} : { operationName }) },
    });
    let document: DocumentNode;
    try {
      document = enveloped.parse(query);
    } catch {
      return YOGA;
    }
    // graphql-armor refuses a document over its depth or alias limit by throwing from validate,
    // not by returning errors: either way Yoga answers it (400, QUERY_TOO_DEEP, …).
    try {
      if (enveloped.validate(enveloped.schema, document).length > 0) return YOGA;
    } catch {
      return YOGA;
    }
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== "query") return YOGA;
    // As the jit plugin compiles it (app.ts: no options).
    const compiled = compileQuery(enveloped.schema, document, operationName);
    if (!isCompiledQuery(compiled)) return YOGA;
    return {
      direct: true,
      document,
      schema: enveloped.schema,
      compiled,
      hasVariables: (operation.variableDefinitions?.length ?? 0) > 0,
    };
  }

  /** Yoga answers a request whose body has been read: the same bytes, and a result if run. */
  async function toYoga(
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    precomputed?: Precomputed,
  ): Promise<void> {
    const headers: [string, string][] = [];
    for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
      headers.push([request.rawHeaders[i] as string, request.rawHeaders[i + 1] as string]);
    }
    const fetchRequest = new app.fetchAPI.Request(
      `http://${request.headers.host ?? "localhost"}${request.url ?? "/"}`,
      { method: request.method ?? "POST", headers, body: new Uint8Array(body) },
    );
    const answer = await app.handleRequest(fetchRequest, {
      req: request,
      res: response,
      ...(precomputed ? { [PRECOMPUTED]: precomputed } : {}),
    });
    const out: Record<string, string | string[]> = {};
    answer.headers.forEach((value, name) => {
      out[name] = value;
    });
    const setCookies = answer.headers.getSetCookie();
    if (setCookies.length > 0) out["set-cookie"] = setCookies;
    // Only JSON answers come back here (the lane takes no request that could stream).
    const bytes = Buffer.from(await answer.arrayBuffer());
    response.writeHead(answer.status, answer.statusText, out);
    response.end(bytes);
  }

  async function run(
    request: IncomingMessage,
    response: ServerResponse,
    source: HeaderSource,
    contentType: string,
    body: Buffer,
  ): Promise<void> {
    let params: unknown;
    try {
      params = JSON.parse(body.toString("utf8"));
    } catch {
      return toYoga(request, response, body);
    }
    if (!isPlainParams(params)) return toYoga(request, response, body);
    const { query, variables, operationName } = params;
    const plan = planOf(query, operationName ?? undefined, source);
    if (!plan.direct || !options.graphUp()) return toYoga(request, response, body);
    const contextValue = options.context(source);
    const args: ExecutionArgs = {
      schema: plan.schema,
      document: plan.document,
      contextValue,
      variableValues: variables,
      operationName,
    };
    if (plan.hasVariables && !options.variablesFit(args)) return toYoga(request, response, body);
    if (options.costErrors(args).length > 0) return toYoga(request, response, body);
    let result: ExecutionResult;
    try {
      result = await plan.compiled.query(undefined, contextValue, variables);
    } catch (error) {
      return toYoga(request, response, body, { error });
    }
    if (result.errors?.length || result.extensions) {
      return toYoga(request, response, body, { result });
    }
    const text = JSON.stringify(result);
    served += 1;
    options.onAnswered?.();
    response.writeHead(200, {
      "Content-Type": contentType,
      "content-length": String(Buffer.byteLength(text)),
      "x-request-id": options.requestId(source),
    });
    response.end(text);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const contentType = directContentType(request, options.path, options.maxBodyBytes);
    const source: HeaderSource | undefined = contentType
      ? { headers: new NodeHeaders(request.headers) }
      : undefined;
    if (!contentType || !source || !authenticates(source)) {
      app(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    // A client that goes away mid-body: nothing to answer.
    request.on("error", () => response.destroy());
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      run(request, response, source, contentType, body).catch((error: unknown) => {
        // Writing the answer can fail (a closed socket); Yoga's errors are answers. Anything the
        // lane itself did not expect, before it answered, is left to Yoga rather than dropped.
        if (response.headersSent)
          return response.destroy(error instanceof Error ? error : undefined);
        toYoga(request, response, body).catch(() => response.destroy());
      });
    });
  }

  function authenticates(source: HeaderSource): boolean {
    try {
      options.authenticate(source);
      return true;
    } catch {
      return false;
    }
  }

  return {
    handle,
    get served() {
      return served;
    },
  };
}

/**
 * The response's Content-Type when the request is the lane's by its line and headers, else
 * undefined. Nothing is read from the body yet.
 */
function directContentType(
  request: IncomingMessage,
  path: string,
  maxBodyBytes: number,
): string | undefined {
  if (request.method !== "POST" || request.url !== path) return undefined;
  const h = request.headers;
  const type = h["content-type"];
  if (type !== "application/json" && type !== "application/json; charset=utf-8") return undefined;
  if (h.origin !== undefined || h["x-newsgraph-bookmark"] !== undefined) return undefined;
  if (h["transfer-encoding"] !== undefined || h["content-encoding"] !== undefined) return undefined;
  const length = h["content-length"];
  if (length === undefined || !/^\d+$/.test(length) || Number(length) > maxBodyBytes) {
    return undefined;
  }
  return CONTENT_TYPES[h.accept ?? ""];
}

/** `{ query, variables?, operationName? }` as Yoga takes them without a word; anything else is Yoga's. */
function isPlainParams(params: unknown): params is {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
} {
  if (params === null || typeof params !== "object" || Array.isArray(params)) return false;
  const p = params as Record<string, unknown>;
  for (const key in p) if (!BODY_KEYS.has(key)) return false;
  if (typeof p.query !== "string") return false;
  if (p.extensions !== undefined && p.extensions !== null) return false;
  const v = p.variables;
  if (v !== undefined && v !== null && (typeof v !== "object" || Array.isArray(v))) return false;
  const name = p.operationName;
  return name === undefined || name === null || typeof name === "string";
}

const lanes = new WeakMap<object, DirectLane>();

/** Registers the lane of an app (createApp), for startHttpServer to mount in front of it. */
export function setDirectLane(app: object, lane: DirectLane): void {
  lanes.set(app, lane);
}

/** The app's direct lane, if it has one (none with NEWSGRAPH_DIRECT_LANE=false). */
export function directLaneOf(app: object): DirectLane | undefined {
  return lanes.get(app);
}
