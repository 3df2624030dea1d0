import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  Neo4jError,
  type Record as Neo4jRecord,
  type ProfiledPlan,
  type QueryResult,
  type Transaction,
} from "neo4j-driver";
import { NewsgraphError } from "../domain/errors.ts";
import { GraphAvailability, graphUnavailable } from "./availability.ts";
import type { Cypher } from "./cypher.ts";

export type Params = Record<string, unknown>;

/**
 * Sees every statement sent to Neo4j: tests count round trips with it, logs time them. With
 * `profile` on, `dbHits` is the statement's total database hits from Neo4j's PROFILE.
 */
export type QueryObserver = (event: {
  name: string;
  /** The statement's text as sent (without PROFILE). */
  text: string;
  params: Params;
  ms: number;
  dbHits?: number;
}) => void;

/** A Neo4j error no domain error stands for: logged in full, never shown to a client. */
export interface GraphErrorEvent {
  /** The statement that failed (`ingest/merge-entities`), when known. */
  statement: string | undefined;
  /** Neo4j's code, e.g. `Neo.ClientError.Statement.ArgumentError`. */
  code: string;
  /** Neo4j's message: it may name indexes, element ids and values, so it stays in the log. */
  message: string;
  requestId: string | undefined;
}

export interface ExecutorOptions {
  database: string;
  /** Transaction timeout sent to Neo4j with every transaction. */
  timeoutMs?: number;
  observers?: readonly QueryObserver[];
  /**
   * Runs every statement under PROFILE and reports its database hits to the observers (the
   * deterministic cost measure of the db-hit growth test); slower, so never in production.
   * @default false
   */
  profile?: boolean;
  /** Retry window for transient failures such as deadlocks (config NEO4J_RETRY_MS). @default 30000 */
  retryMs?: number;
  /** Retry window while Neo4j cannot be reached (NEO4J_UNAVAILABLE_RETRY_MS). @default 1000 */
  unavailableRetryMs?: number;
  /** While Neo4j is down, how often a request may ping it (NEO4J_RECHECK_MS). @default 500 */
  recheckMs?: number;
  /** Shared by an executor and its children; made from the driver when absent. */
  availability?: GraphAvailability;
  /** The request this executor serves (for the log). */
  requestId?: string;
  /** Where Neo4j errors that are not the client's go. @default console.error */
  onGraphError?: (event: GraphErrorEvent) => void;
  /** Causal consistency across cluster members for one client (see Bookmarks). */
  bookmarks?: Bookmarks;
}

/**
 * A client's bookmarks: transactions start only once the cluster member serving them has seen
 * `given` (what the client's earlier writes returned), and each write transaction's bookmark is
 * kept in `written`, for the client to send with later requests. On a single server they are
 * always satisfied at once.
 */
export interface Bookmarks {
  readonly given: readonly string[];
  written: string[];
}

/** One transaction's view: statements run in it are atomic together. */
export interface Tx {
  run(statement: Cypher, params?: Params): Promise<Row[]>;
}

export type Row = Record<string, unknown>;

/**
 * The one place that runs Cypher: sessions, transactions, timeouts, value conversion and the
 * mapping of Neo4j errors to domain errors all happen here and nowhere else.
 */
export class GraphExecutor {
  /** Whether Neo4j is known to be reachable; shared with every child executor and /health. */
  readonly availability: GraphAvailability;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    this.availability =
      options.availability ??
      new GraphAvailability({
        ping: () => driver.getServerInfo({ database: options.database }),
        ...(options.recheckMs !== undefined ? { recheckMs: options.recheckMs } : {}),
      });
  }

  /** A child sharing the driver, with another timeout or extra observers (per request). */
  with(options: {
    timeoutMs?: number;
    observer?: QueryObserver;
    profile?: boolean;
    requestId?: string;
    onGraphError?: (event: GraphErrorEvent) => void;
    bookmarks?: Bookmarks;
  }): GraphExecutor {
    const own = this.options;
    // Every field written out (the type makes sure none is forgotten) rather than
    // `{ ...this.options, … }`: a spread followed by more properties takes V8's slow path on
    // Node 20 (about 5 µs here, a fast object literal 0.05), and a child is made per request.
    const child: { [K in keyof Required<ExecutorOptions>]: ExecutorOptions[K] } = {
      database: own.database,
      retryMs: own.retryMs,
      unavailableRetryMs: own.unavailableRetryMs,
      recheckMs: own.recheckMs,
      availability: this.availability,
      timeoutMs: options.timeoutMs ?? own.timeoutMs,
      profile: options.profile ?? own.profile,
      requestId: options.requestId ?? own.requestId,
      onGraphError: options.onGraphError ?? own.onGraphError,
      bookmarks: options.bookmarks ?? own.bookmarks,
      observers: options.observer ? [...(own.observers ?? []), options.observer] : own.observers,
    };
    return new GraphExecutor(this.driver, child);
  }

  /** Adds an observer to this executor (used at start-up for logging and by tests). */
  observe(observer: QueryObserver): () => void {
    const list = [...(this.options.observers ?? []), observer];
    (this.options as { observers?: readonly QueryObserver[] }).observers = list;
    return () => {
      (this.options as { observers?: readonly QueryObserver[] }).observers = (
        this.options.observers ?? []
      ).filter((o) => o !== observer);
    };
  }

  /**
   * One statement in a read transaction of its own. Sent as an auto-commit transaction: one
   * RUN (+ PULL) message where an explicit transaction sends BEGIN, RUN and COMMIT, each flushed
   * on its own; the same timeout, bookmarks, retries and error mapping apply.
   */
  read(statement: Cypher, params: Params = {}): Promise<Row[]> {
    return this.retrying(() => this.autoCommitRead(statement, params));
  }

  write(statement: Cypher, params: Params = {}): Promise<Row[]> {
    return this.transaction("WRITE", (tx) => tx.run(statement, params));
  }

  /**
   * One statement as an auto-commit write: the only way to run `CALL { … } IN TRANSACTIONS`,
   * which commits as it goes (a data migration over every node of a label). Not retried: such a
   * statement must be safe to run again from the start, as migrations are.
   */
  async writeAutoCommit(statement: Cypher, params: Params = {}): Promise<Row[]> {
    await this.availability.ensureAvailable();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      ...sessionBookmarks(this.options.bookmarks),
    });
    try {
      return await this.runObserved(statement, params, (text) => session.run(text, params));
    } catch (error) {
      throw this.toDomain(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Runs `work` in one transaction. Transient failures are retried here, not by the driver, so
   * an outage gets a short window (`unavailableRetryMs`) and a deadlock the long one
   * (`retryMs`). While Neo4j is known to be down, nothing is tried: GRAPH_UNAVAILABLE at once.
   */
  transaction<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.retrying(() => this.attempt(mode, work));
  }

  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    await this.availability.ensureAvailable();
    const started = Date.now();
    let delay = 100;
    for (;;) {
      try {
        const result = await attempt();
        this.availability.markUp();
        return result;
      } catch (error) {
        const unavailable = isUnavailable(error);
        const window = unavailable
          ? (this.options.unavailableRetryMs ?? 1_000)
          : (this.options.retryMs ?? 30_000);
        const retryable = error instanceof Neo4jError && Neo4jError.isRetryable(error);
        if (!retryable || Date.now() - started + delay > window) {
          if (unavailable) this.availability.markDown();
          throw this.toDomain(error);
        }
        // Jittered exponential backoff, as the driver's own retries do.
        await sleep(delay * (0.8 + Math.random() * 0.4));
        delay = Math.min(delay * 2, 5_000);
      }
    }
  }

  private async attempt<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    const { bookmarks } = this.options;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...sessionBookmarks(bookmarks),
    });
    try {
      const tx = session.beginTransaction(
        this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined,
      );
      try {
        const result = await work(this.wrap(tx));
        await withoutStackCapture(() => tx.commit());
        if (bookmarks && mode === "WRITE") bookmarks.written = session.lastBookmarks();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async autoCommitRead(statement: Cypher, params: Params): Promise<Row[]> {
    const { bookmarks, timeoutMs } = this.options;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      ...sessionBookmarks(bookmarks),
    });
    try {
      return await this.runObserved(statement, params, (text) =>
        session.run(text, params, timeoutMs ? { timeout: timeoutMs } : undefined),
      );
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Runs one statement (under PROFILE when asked), tells the observers, converts the rows. */
  private async runObserved(
    statement: Cypher,
    params: Params,
    run: (text: string) => PromiseLike<QueryResult>,
  ): Promise<Row[]> {
    const profile = this.options.profile === true;
    const started = performance.now();
    let result: QueryResult;
    try {
      result = await withoutStackCapture(() =>
        run(profile ? `PROFILE\n${statement.text}` : statement.text),
      );
    } catch (error) {
      if (error instanceof Neo4jError) failedStatements.set(error, statement.name);
      throw error;
    }
    const ms = performance.now() - started;
    const dbHits = profile ? totalDbHits(result.summary.profile) : undefined;
    for (const observer of this.options.observers ?? []) {
      observer({
        name: statement.name,
        text: statement.text,
        params,
        ms,
        ...(dbHits === undefined ? {} : { dbHits }),
      });
    }
    return result.records.map(toRow);
  }

  private toDomain(error: unknown): unknown {
    const mapped = toDomainError(error);
    if (mapped !== error || !(error instanceof Neo4jError)) return mapped;
    // Not one the domain knows: the client gets a statement name and a code, the log the rest.
    const statement = failedStatements.get(error);
    const code = error.code ?? "unknown";
    const event = { statement, code, message: error.message, requestId: this.options.requestId };
    (this.options.onGraphError ?? logGraphError)(event);
    return new GraphQueryError(event);
  }

  private wrap(tx: Transaction): Tx {
    return {
      run: (statement, params = {}) =>
        this.runObserved(statement, params, (text) => tx.run(text, params)),
    };
  }
}

/** The session's bookmarks, or none at all when the request carries none (most do not). */
function sessionBookmarks(bookmarks: Bookmarks | undefined): { bookmarks?: string[] } {
  if (!bookmarks || (bookmarks.given.length === 0 && bookmarks.written.length === 0)) return {};
  return { bookmarks: [...bookmarks.given, ...bookmarks.written] };
}

/** Which statement an error came from (the error travels through the driver unchanged). */
const failedStatements = new WeakMap<Neo4jError, string>();

/**
 * A Neo4j error that no domain error stands for. Its message names the statement and the
 * request, never Neo4j's code or text (indexes, element ids, values): those are only logged.
 * Not a NewsgraphError, so the API masks it as "Unexpected error.".
 */
export class GraphQueryError extends Error {
  override name = "GraphQueryError";
  constructor(readonly event: GraphErrorEvent) {
    super(
      `the graph database could not run ${event.statement ?? "a statement"}; the server log has the details${event.requestId ? ` (request ${event.requestId})` : ""}`,
    );
  }
}

function logGraphError(event: GraphErrorEvent): void {
  console.error(
    `neo4j error${event.requestId ? ` [request ${event.requestId}]` : ""} in ${event.statement ?? "a transaction"}: ${event.code}: ${event.message}`,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Neo4j cannot be reached (or is not serving the database yet), as opposed to a bad query. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  const code = error.code ?? "";
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    code === "Neo.TransientError.General.DatabaseUnavailable"
  );
}

export function createExecutor(driver: Driver, options: ExecutorOptions): GraphExecutor {
  return new GraphExecutor(driver, options);
}

/**
 * The driver's Result records a stack trace when it is created (`new Error().stack`), for every
 * statement and every commit, only to decorate the error should it fail. Formatting a stack costs
 * far more than creating the Error, and under a source-map loader (tsx) every frame is mapped. The
 * executor never uses those stacks (errors are mapped by code, the statement is named by the
 * observers), so the capture is switched off while the Result is created: `run` and `commit`
 * build it synchronously, and the limit is restored before anything else runs.
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The database hits of a profiled plan: its own and every child operator's. */
function totalDbHits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  let hits = plan.dbHits;
  for (const child of plan.children) hits += totalDbHits(child);
  return hits;
}

function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/**
 * Neo4j values to plain JS, in one place: integers (the driver is created with
 * disableLosslessIntegers, but nested values from procedures may still be Integer), temporals to
 * ISO strings, nodes and relationships to their properties. Lists and maps the driver made for
 * this result are converted in place (only what needs converting is replaced): a page of
 * relationships with their evidence is thousands of values, and copying each list and map made
 * as much garbage again as the driver's own decoding.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every row: answered before the driver's type
  // checks, which probe each value for temporal and integer markers.
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== "object") continue;
      const plain = toPlain(item);
      if (plain !== item) value[i] = plain;
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // A map (the driver's maps are plain objects; its Integer, temporal, Node and Relationship
    // values are class instances).
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const inner = map[key];
      if (inner === null || typeof inner !== "object") continue;
      const plain = toPlain(inner);
      if (plain !== inner) map[key] = plain;
    }
    return map;
  }
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  const v = value as { properties?: unknown; labels?: unknown; type?: unknown };
  if (v.properties && (Array.isArray(v.labels) || typeof v.type === "string")) {
    return toPlain(v.properties);
  }
  const out: Record<string, unknown> = {};
  for (const [k, inner] of Object.entries(value)) out[k] = toPlain(inner);
  return out;
}

/** Neo4j's error codes mapped to the domain's, so no layer above sees a Neo4jError. */
export function toDomainError(error: unknown): unknown {
  if (error instanceof NewsgraphError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? "";
    // A transaction that times out while waiting for a lock ends with LockClientStopped.
    if (
      code.includes("TransactionTimedOut") ||
      code.includes("Transaction.Terminated") ||
      code.includes("Transaction.LockClientStopped")
    ) {
      return new NewsgraphError("QUERY_TIMEOUT", "the query took longer than the time allowed");
    }
    if (isUnavailable(error)) return graphUnavailable();
    // Every pooled connection is busy (load, not an outage): the caller may try again.
    if (error.message.startsWith("Connection acquisition timed out")) {
      return new NewsgraphError(
        "GRAPH_UNAVAILABLE",
        "the graph database has no free connection; try again later",
      );
    }
    // Neo4j's message names the node and the property value: it stays out of the answer.
    if (code.includes("ConstraintValidationFailed")) {
      return new NewsgraphError(
        "CONFLICT",
        "a uniqueness constraint was violated: something with the same id was written at the same time; try again",
      );
    }
  }
  return error;
}

/**
 * Asks Neo4j whether it answers (and accepts the credentials). An unreachable server is
 * GRAPH_UNAVAILABLE; any other failure (wrong password) is thrown as the driver gave it.
 */
export async function checkConnection(driver: Driver, database: string): Promise<void> {
  try {
    await driver.getServerInfo({ database });
  } catch (error) {
    const mapped = toDomainError(error);
    throw mapped instanceof NewsgraphError ? mapped : error;
  }
}
