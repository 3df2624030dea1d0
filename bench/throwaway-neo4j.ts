/**
 * The Neo4j a bench runs on: a throwaway local one (fresh data directory in a temp directory, free
 * port, stopped with this process even if it never calls stop), so a bench never writes into a
 * user's graph whatever NEO4J_URI says; or, where a bench offers it (BENCH_NEO4J_URI), one the
 * caller names, whose graph is deleted first.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createDriver } from "../src/graph/driver.ts";
import { createExecutor, type GraphExecutor } from "../src/graph/executor.ts";
import { migrate } from "../src/graph/migrate.ts";
import { stopLocalNeo4j } from "../src/neo4j-local/index.ts";
import type { Neo4jSettings } from "../test/support/neo4j-env.ts";
import { startThrowawayNeo4j } from "../test/support/throwaway-neo4j.ts";

export interface BenchNeo4j {
  /** A temp directory, also for the bench's own files; `stop()` removes it. */
  readonly dir: string;
  /** Where it is (for `neo4jEnv` of a child process). */
  readonly settings: Neo4jSettings;
  /** The throwaway Neo4j's process (its CPU time is read from /proc); none for `uri`. */
  readonly pid: number | undefined;
  readonly driver: ReturnType<typeof createDriver>;
  /** On its database, the schema migrated. */
  readonly executor: GraphExecutor;
  /** Deletes every node but the migration records (the schema stays). */
  clear(): Promise<void>;
  /** Closes the driver, stops the throwaway Neo4j (never one named by `uri`), removes `dir`. */
  stop(): Promise<void>;
}

/** Every node but the migration records; CALL … IN TRANSACTIONS wants an auto-commit session. */
async function deleteNodes(
  driver: BenchNeo4j["driver"],
  database: string,
  keepMigrations: boolean,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n) ${keepMigrations ? "WHERE NOT n:Migration " : ""}CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
    );
  } finally {
    await session.close();
  }
}

/**
 * `name` names the temp directory (newsgraph-bench-NAME-…). With `uri`, that Neo4j (user neo4j,
 * NEO4J_DATABASE) instead of a throwaway one: its graph is DELETED.
 */
export async function startBenchNeo4j(
  name: string,
  options: { uri?: string } = {},
): Promise<BenchNeo4j> {
  const config = loadConfig();
  const dir = await mkdtemp(join(tmpdir(), `newsgraph-bench-${name}-`));
  const dataDir = join(dir, "neo4j");
  const throwaway = !options.uri;
  let uri = options.uri;
  let pid: number | undefined;
  if (!uri) {
    try {
      // A shared machine can be slow to start a JVM.
      // BENCH_NEO4J_JVM_FLAGS (space-separated) adds JVM flags, to compare settings.
      const extraJvmFlags = (process.env.BENCH_NEO4J_JVM_FLAGS ?? "").split(/\s+/).filter(Boolean);
      ({ uri, pid } = await startThrowawayNeo4j(dataDir, {
        startTimeoutMs: 600_000,
        extraJvmFlags,
      }));
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }
  const settings: Neo4jSettings = {
    uri,
    user: "neo4j",
    password: config.neo4j.password,
    // Neo4j Community has one user database, "neo4j".
    database: throwaway ? "neo4j" : config.neo4j.database,
  };
  const driver = createDriver(settings);
  const executor = createExecutor(driver, { database: settings.database });
  const stop = async () => {
    await driver.close();
    if (throwaway) await stopLocalNeo4j(dataDir);
    // BENCH_NEO4J_LOGS names a directory Neo4j's logs (debug.log, query.log) are kept in.
    const keep = process.env.BENCH_NEO4J_LOGS;
    if (throwaway && keep) {
      await cp(join(dataDir, "home", "logs"), join(keep, basename(dir)), { recursive: true });
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (!throwaway) await deleteNodes(driver, settings.database, false);
    await migrate(executor);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    dir,
    settings,
    pid,
    driver,
    executor,
    clear: () => deleteNodes(driver, settings.database, true),
    stop,
  };
}
