import { NewsgraphError } from "../domain/errors.ts";

export type GraphState = "up" | "down";

export interface AvailabilityOptions {
  /** A cheap round trip to Neo4j; rejects when it is not reachable. */
  ping: () => Promise<unknown>;
  /** How long a ping may take before Neo4j counts as down. @default 2000 */
  pingTimeoutMs?: number;
  /**
   * While Neo4j is down, a request pings it again only when the last ping is older than this;
   * requests in between are refused at once. @default 500
   */
  recheckMs?: number;
}

export const graphUnavailable = () =>
  new NewsgraphError("GRAPH_UNAVAILABLE", "the graph database is not reachable; try again later");

/**
 * What the process knows about Neo4j: up until a query fails because it cannot be reached, then
 * down until a ping answers. While it is down, requests are refused at once (GRAPH_UNAVAILABLE)
 * instead of each waiting for the driver to give up; a ping at most every `recheckMs` (shared by
 * the requests that arrive meanwhile) brings it back, so the first request after Neo4j returns
 * is answered without a restart. `/health` reports the same state.
 */
export class GraphAvailability {
  private current: GraphState = "up";
  private lastPing = 0;
  private pending: Promise<boolean> | undefined;
  private readonly pingTimeoutMs: number;
  private readonly recheckMs: number;

  constructor(private readonly options: AvailabilityOptions) {
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2_000;
    this.recheckMs = options.recheckMs ?? 500;
  }

  get state(): GraphState {
    return this.current;
  }

  markDown(): void {
    if (this.current === "up") this.lastPing = Date.now();
    this.current = "down";
  }

  markUp(): void {
    this.current = "up";
  }

  /** Pings Neo4j now (one ping at a time, shared) and records the answer. */
  check(): Promise<boolean> {
    this.pending ??= withTimeout(this.options.ping(), this.pingTimeoutMs)
      .then(
        () => true,
        () => false,
      )
      .then((up) => {
        this.lastPing = Date.now();
        this.pending = undefined;
        if (up) this.markUp();
        else this.current = "down";
        return up;
      });
    return this.pending;
  }

  /** Resolves when Neo4j may be asked; throws GRAPH_UNAVAILABLE while it is known to be down. */
  async ensureAvailable(): Promise<void> {
    if (this.current === "up") return;
    const up =
      this.pending || Date.now() - this.lastPing >= this.recheckMs ? await this.check() : false;
    if (!up) throw graphUnavailable();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
