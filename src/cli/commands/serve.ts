import type { Command } from "commander";

interface ServeOptions {
  port?: string;
  host?: string;
  migrate: boolean;
  graphiql: boolean;
}

/**
 * `newsgraph serve` (alias `start`): connects to Neo4j (NEO4J_URI, or the local one, started when
 * needed), applies pending migrations, and serves GraphQL and GraphiQL on /graphql until SIGINT or
 * SIGTERM, when it stops taking requests, lets those in flight finish and closes the driver.
 */
export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .alias("start")
    .description("serve the GraphQL API (and GraphiQL) on /graphql")
    .option("-p, --port <port>", "port to listen on (default: PORT or 4000)")
    .option("--host <host>", "interface to listen on (default: HOST or 0.0.0.0)")
    .option("--no-migrate", "do not apply pending schema migrations at start")
    .option("--no-graphiql", "do not serve GraphiQL to browsers")
    .action(async (options: ServeOptions) => {
      const { loadConfig } = await import("../../config.ts");
      const { connectGraph } = await import("../connect.ts");
      const { migrate } = await import("../../graph/migrate.ts");
      const { createApp, GRAPHQL_PATH } = await import("../../server/app.ts");
      const { startHttpServer } = await import("../../server/http.ts");

      const config = loadConfig(
        options.port === undefined ? process.env : { ...process.env, PORT: options.port },
      );
      const log = (line: string) => console.error(line);
      const connection = await connectGraph(config, { log });
      try {
        if (options.migrate) {
          const result = await migrate(connection.executor, { log });
          if (result.applied.length > 0) log(`applied ${result.applied.length} migrations`);
        }
        const app = createApp({
          executor: connection.executor,
          config,
          graphiql: options.graphiql,
        });
        const server = await startHttpServer(app, {
          port: config.server.port,
          host: options.host ?? config.server.host,
        });
        log(`newsgraph API on ${server.url}${GRAPHQL_PATH} (Neo4j at ${connection.uri})`);

        await new Promise<void>((resolve) => {
          const stop = (signal: string) => {
            log(`${signal}: shutting down`);
            resolve();
          };
          process.once("SIGINT", () => stop("SIGINT"));
          process.once("SIGTERM", () => stop("SIGTERM"));
        });
        await server.close();
      } finally {
        await connection.close();
      }
    });
}
