import type { Config } from "../config.ts";
import { NewsgraphError } from "../domain/errors.ts";
import { createDriver } from "../graph/driver.ts";
import { checkConnection, createExecutor, type GraphExecutor } from "../graph/executor.ts";

export interface GraphConnection {
  executor: GraphExecutor;
  uri: string;
  /** True when this call started the local Neo4j (it was not running before). */
  startedLocal: boolean;
  close(): Promise<void>;
}

/**
 * Connects the CLI to Neo4j: the server named by NEO4J_URI, or else the local one of
 * `newsgraph neo4j start` (started here when it is not running; it keeps running afterwards, as
 * if `neo4j start` had been called). Fails with a message naming the URI when Bolt does not answer.
 */
export async function connectGraph(
  config: Config,
  options: { log?: (line: string) => void; timeoutMs?: number } = {},
): Promise<GraphConnection> {
  let uri = config.neo4j.uri;
  let startedLocal = false;
  if (!uri) {
    const { startLocalNeo4j } = await import("../neo4j-local/index.ts");
    const local = await startLocalNeo4j({
      port: config.local.port,
      dataDir: config.local.dataDir,
      password: config.neo4j.password,
      cacheDir: config.local.cacheDir,
      ...(options.log ? { log: options.log } : {}),
    });
    if (local.started) {
      options.log?.(`started the local Neo4j on ${local.uri} (stop it with: newsgraph neo4j stop)`);
    }
    uri = local.uri;
    startedLocal = local.started;
  }
  const driver = createDriver({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    connectionTimeoutMs: config.neo4j.connectionTimeoutMs,
    acquisitionTimeoutMs: config.neo4j.acquisitionTimeoutMs,
  });
  try {
    await checkConnection(driver, config.neo4j.database);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    const message = `cannot connect to Neo4j at ${uri} as ${config.neo4j.user}: ${reason}`;
    // Unreachable is an outage a caller may wait out (src/cli/outage.ts); anything else is not.
    if (error instanceof NewsgraphError) throw new NewsgraphError(error.code, message);
    throw new Error(message);
  }
  const executor = createExecutor(driver, {
    database: config.neo4j.database,
    retryMs: config.neo4j.retryMs,
    unavailableRetryMs: config.neo4j.unavailableRetryMs,
    recheckMs: config.neo4j.recheckMs,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { executor, uri, startedLocal, close: () => driver.close() };
}
