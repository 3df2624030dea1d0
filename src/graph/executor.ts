import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  type ManagedTransaction,
  Neo4jError,
  type Record as Neo4jRecord,
  type ProfiledPlan,
  type QueryResult,
} from "neo4j-driver";
import { NewsgraphError } from "../domain/errors.ts";
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
    profile?: boolean;
  }): GraphExecutor {
    return new GraphExecutor(this.driver, {
      ...this.options,
      timeoutMs: options.timeoutMs ?? this.options.timeoutMs,
      profile: options.profile ?? this.options.profile,
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
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = this.options.timeoutMs ? { timeout: this.options.timeoutMs } : undefined;
    const run = (tx: ManagedTransaction) => work(this.wrap(tx));
    try {
      return mode === "READ"
        ? await session.executeRead(run, config)
        : await session.executeWrite(run, config);
    } catch (error) {
      throw toDomainError(error);
    } finally {
      await session.close();
    }
  }

  private wrap(tx: ManagedTransaction): Tx {
    return {
      run: async (statement, params = {}) => {
        const profile = this.options.profile === true;
        const started = performance.now();
        const result: QueryResult = await runWithoutStackCapture(
          tx,
          profile ? `PROFILE\n${statement.text}` : statement.text,
          params,
        );
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
      },
    };
  }
}

export function createExecutor(driver: Driver, options: ExecutorOptions): GraphExecutor {
  return new GraphExecutor(driver, options);
}

/**
 * The driver's Result records a stack trace when it is created (`new Error().stack`), for every
 * statement, only to decorate the error should that statement fail. Formatting a stack costs far
 * more than creating the Error, and under a source-map loader (tsx) every frame is mapped. The
 * executor never uses those stacks (errors are mapped by code, the statement is named by the
 * observers), so the capture is switched off while the Result is created: `tx.run` builds it
 * synchronously, and the limit is restored before anything else runs.
 */
function runWithoutStackCapture(
  tx: ManagedTransaction,
  text: string,
  params: Params,
): Promise<QueryResult> {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return tx.run(text, params) as unknown as Promise<QueryResult>;
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
 * ISO strings, nodes and relationships to their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of every row: answered before the driver's type
  // checks, which probe each value for temporal and integer markers.
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
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
