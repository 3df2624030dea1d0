import neo4j, { type Driver } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user: string;
  password: string;
  /** Opening a TCP connection (config NEO4J_CONNECTION_TIMEOUT_MS). @default 2000 */
  connectionTimeoutMs?: number;
  /** Waiting for a pooled or new connection (config NEO4J_ACQUISITION_TIMEOUT_MS). @default 3000 */
  acquisitionTimeoutMs?: number;
}

/**
 * One driver per process. Integers arrive as JS numbers (counts and offsets fit in 2^53).
 *
 * The timeouts are short on purpose: the driver's defaults (30 s to connect, 60 s to acquire a
 * connection) made requests wait half a minute while Neo4j was down. Retries are the executor's
 * (it tells an outage from a deadlock), so the driver itself never retries.
 */
export function createDriver(options: DriverOptions): Driver {
  return neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: options.connectionTimeoutMs ?? 2_000,
    connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 3_000,
    userAgent: "newsgraph",
  });
}
