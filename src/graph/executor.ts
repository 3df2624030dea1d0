import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type QueryResult,
} from "neo4j-driver";
import { NewsgraphError } from "../domain/errors.ts";
import type { Cypher } from "./cypher.ts";

export type Params = Record<string, unknown>;

/** Sees every statement sent to Neo4j: tests count round trips with it, logs time them. */
export type QueryObserver = (event: { name: string; params: Params; ms: number }) => void;

export interface ExecutorOptions {
  database: string;
  /** Transaction timeout sent to Neo4j with every transaction. */
  timeoutMs?: number;
  observers?: readonly QueryObserver[];
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
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** A child sharing the driver, with another timeout or extra observers (per request). */
  with(options: {
    timeoutMs?: number;
    observer?: QueryObserver;
    bookmarks?: Bookmarks;
  }): GraphExecutor {
    return new GraphExecutor(this.driver, {
      ...this.options,
      timeoutMs: options.timeoutMs ?? this.options.timeoutMs,
      bookmarks: options.bookmarks ?? this.options.bookmarks,
      observers: options.observer
        ? [...(this.options.observers ?? []), options.observer]
        : this.options.observers,
    });
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

  read(statement: Cypher, params: Params = {}): Promise<Row[]> {
    return this.transaction("READ", (tx) => tx.run(statement, params));
  }

  write(statement: Cypher, params: Params = {}): Promise<Row[]> {
    return this.transaction("WRITE", (tx) => tx.run(statement, params));
  }

  /** Runs `work` in one managed transaction (retried by the driver on transient errors). */
  async transaction<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    const { bookmarks } = this.options;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(bookmarks ? { bookmarks: [...bookmarks.given, ...bookmarks.written] } : {}),
    });
    const config = this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined;
    const run = (tx: ManagedTransaction) => work(this.wrap(tx));
    try {
      if (mode === "READ") return await session.executeRead(run, config);
      const result = await session.executeWrite(run, config);
      if (bookmarks) bookmarks.written = session.lastBookmarks();
      return result;
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: async (statement, params = {}) => {
        const started = performance.now();
        const result: QueryResult = await tx.run(statement.text, params);
        const ms = performance.now() - started;
        for (const observer of this.options.observers ?? []) {
          observer({ name: statement.name, params, ms });
        }
        return result.records.map(toRow);
      },
    };
  }
}

export function createExecutor(driver: Driver, options: ExecutorOptions): GraphExecutor {
  return new GraphExecutor(driver, options);
}

function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/**
 * Neo4j values to plain JS, in one place: integers (the driver is created with
 * disableLosslessIntegers, but nested values from procedures may still be Integer), temporals to
 * ISO strings, nodes and relationships to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const v = value as { properties?: unknown; labels?: unknown; type?: unknown };
    if (v.properties && (Array.isArray(v.labels) || typeof v.type === "string")) {
      return toPlain(v.properties);
    }
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(value)) out[k] = toPlain(inner);
    return out;
  }
  return value;
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
    if (code === "ServiceUnavailable" || code === "SessionExpired") {
      return new NewsgraphError("GRAPH_UNAVAILABLE", "the graph database is not reachable");
    }
    if (code.includes("ConstraintValidationFailed")) {
      return new NewsgraphError(
        "CONFLICT",
        `a uniqueness constraint was violated: ${error.message}`,
      );
    }
  }
  return error;
}
