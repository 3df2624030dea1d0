import path from "node:path";
import { type Command, InvalidArgumentError } from "commander";

interface LocalOptions {
  port?: number;
  data?: string;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new InvalidArgumentError("expected a port number from 0 to 65535 (0 picks a free one)");
  }
  return port;
}

/** Settings from the environment (src/config.ts), overridden by the command's flags. */
async function localSettings(options: LocalOptions) {
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  return {
    config,
    port: options.port ?? config.local.port,
    dataDir: options.data ? path.resolve(options.data) : config.local.dataDir,
  };
}

/**
 * `newsgraph neo4j start|stop|status`: a local Neo4j Community 5.26 for development without
 * Docker. It outlives the command, so `npm start`, the CLI and the tests can share it via NEO4J_URI.
 */
export function registerNeo4jCommands(program: Command): void {
  const neo4j = program
    .command("neo4j")
    .description("run a local Neo4j Community 5.26 (from Maven Central) without Docker");

  neo4j
    .command("start")
    .description("start Neo4j in the background and wait until Bolt answers")
    .option("-p, --port <port>", "Bolt port on 127.0.0.1 (env NEO4J_LOCAL_PORT)", parsePort)
    .option("-d, --data <dir>", "data directory (env NEO4J_LOCAL_DATA)")
    .option("--heap <size>", "JVM maximum heap, e.g. 1g", "2g")
    .option("--page-cache <size>", "Neo4j page cache, e.g. 256m", "512m")
    .action(async (options: LocalOptions & { heap: string; pageCache: string }) => {
      const { config, port, dataDir } = await localSettings(options);
      const { startLocalNeo4j } = await import("../../neo4j-local/index.ts");
      const local = await startLocalNeo4j({
        port,
        dataDir,
        password: config.neo4j.password,
        cacheDir: config.local.cacheDir,
        memory: { heap: options.heap, pageCache: options.pageCache },
        log: (line) => console.error(line),
      });
      console.log(
        local.started
          ? `Neo4j is running on ${local.uri} (pid ${local.pid}, data in ${dataDir}).`
          : `Neo4j was already running on ${local.uri} (pid ${local.pid}, data in ${dataDir}).`,
      );
      console.log(`User ${config.neo4j.user}, password from NEO4J_PASSWORD. To use it:`);
      console.log(`  export NEO4J_URI=${local.uri}`);
      console.log(`Stop it with: newsgraph neo4j stop${options.data ? ` --data ${dataDir}` : ""}`);
    });

  neo4j
    .command("install")
    .description("download Neo4j from Maven Central and compile the launcher, without starting")
    .action(async () => {
      const { config } = await localSettings({});
      const { checkJava, ensureLauncher } = await import("../../neo4j-local/index.ts");
      await checkJava();
      await ensureLauncher(config.local.cacheDir, (line) => console.error(line));
      console.log(`Neo4j launcher ready in ${config.local.cacheDir} (jars in ~/.m2).`);
    });

  neo4j
    .command("stop")
    .description("stop the local Neo4j cleanly (SIGTERM, then wait)")
    .option("-d, --data <dir>", "data directory (env NEO4J_LOCAL_DATA)")
    .option("--timeout <seconds>", "seconds to wait before SIGKILL", "60")
    .action(async (options: LocalOptions & { timeout: string }) => {
      const { dataDir } = await localSettings(options);
      const { stopLocalNeo4j } = await import("../../neo4j-local/index.ts");
      const stopped = await stopLocalNeo4j(dataDir, Number(options.timeout) * 1000);
      console.log(
        stopped
          ? `Neo4j stopped (data in ${dataDir}).`
          : `No local Neo4j was running on ${dataDir}.`,
      );
    });

  neo4j
    .command("status")
    .description("tell whether the local Neo4j runs; exit code 0 when it answers, 3 when not")
    .option("-d, --data <dir>", "data directory (env NEO4J_LOCAL_DATA)")
    .action(async (options: LocalOptions) => {
      const { dataDir } = await localSettings(options);
      const { localNeo4jStatus } = await import("../../neo4j-local/index.ts");
      const status = await localNeo4jStatus(dataDir);
      const line = {
        running: `running on ${status.uri} (pid ${status.pid}, data in ${dataDir})`,
        starting: `starting on ${status.uri} (pid ${status.pid}, data in ${dataDir})`,
        stale: `not running (a previous run with pid ${status.pid} ended without cleaning up; start will recover)`,
        stopped: `not running (data in ${dataDir})`,
      }[status.state];
      console.log(`Neo4j ${line}`);
      // Like `systemctl status`: scripts can wait on the exit code.
      if (status.state !== "running") process.exitCode = 3;
    });
}
