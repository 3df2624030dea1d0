import { loadConfig } from "../../src/config.ts";
import {
  type LocalNeo4j,
  type LocalNeo4jOptions,
  startLocalNeo4j,
} from "../../src/neo4j-local/index.ts";

/**
 * A local Neo4j of a test run's or a bench's own on `dataDir`: a free port, the configured password
 * and jar cache, and it stops itself when this process is gone (a killed run cannot call
 * stopLocalNeo4j). `options` add or override (port, memory, log, start timeout).
 */
export function startThrowawayNeo4j(
  dataDir: string,
  options: Partial<LocalNeo4jOptions> = {},
): Promise<LocalNeo4j> {
  const config = loadConfig();
  return startLocalNeo4j({
    port: 0,
    dataDir,
    password: config.neo4j.password,
    cacheDir: config.local.cacheDir,
    exitWithParent: true,
    ...options,
  });
}
