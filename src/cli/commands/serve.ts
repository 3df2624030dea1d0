import type { Command } from "commander";

interface ServeOptions {
  port?: string;
  host?: string;
  migrate: boolean;
  graphiql: boolean;
  /** Load the sample articles when the graph holds no article (`start` only). */
  samples?: boolean;
}

/**
 * `newsgraph serve` connects to Neo4j (NEO4J_URI, or the local one, started when
 * needed), applies pending migrations, and serves GraphQL and GraphiQL on /graphql until SIGINT or
 * SIGTERM, when it stops taking requests, lets those in flight finish and closes the driver.
 */
export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("serve the GraphQL API (and GraphiQL) on /graphql")
    .option("-p, --port <port>", "port to listen on (default: PORT or 4000)")
    .option("--host <host>", "interface to listen on (default: HOST or 0.0.0.0)")
    .option("--no-migrate", "do not apply pending schema migrations at start")
    .option("--no-graphiql", "do not serve GraphiQL to browsers")
    .action((options: ServeOptions) => runServer(options));

  program
    .command("start")
    .description(
      "everything at once: the local Neo4j (when NEO4J_URI is unset), migrations, the sample articles (when the graph has no article) and the API",
    )
    .option("-p, --port <port>", "port to listen on (default: PORT or 4000)")
    .option("--host <host>", "interface to listen on (default: HOST or 0.0.0.0)")
    .option("--no-graphiql", "do not serve GraphiQL to browsers")
    .option("--no-samples", "do not load the sample articles into an empty graph")
    .action((options: Omit<ServeOptions, "migrate">) =>
      runServer({ ...options, migrate: true, samples: options.samples !== false }),
    );
}

async function runServer(options: ServeOptions): Promise<void> {
  const { loadConfig } = await import("../../config.ts");
  const { connectGraph } = await import("../connect.ts");
  const { migrate } = await import("../../graph/migrate.ts");
  const { createApp, GRAPHQL_PATH } = await import("../../server/app.ts");
  const { checkPortFree, startHttpServer } = await import("../../server/http.ts");

  const config = loadConfig(
    options.port === undefined ? process.env : { ...process.env, PORT: options.port },
  );
  const log = (line: string) => console.error(line);
  // Before Neo4j, migrations and the samples: a taken port is known in a moment, not after them.
  await checkPortFree(config.server.port, options.host ?? config.server.host);
  const connection = await connectGraph(config, { log });
  const { createBus } = await import("../../bus/index.ts");
  // REDIS_URL: subscriptions, the response cache and the ingest queue are shared with the other
  // replicas, workers and CLI runs; otherwise they live in this process.
  const bus = await createBus({ redisUrl: config.redis.url, prefix: config.redis.prefix });
  let queue: import("../../queue/index.ts").IngestQueue | undefined;
  try {
    if (config.redis.url) {
      const { createIngestQueue } = await import("../../queue/bullmq.ts");
      queue = createIngestQueue({
        url: config.redis.url,
        prefix: config.redis.prefix,
        attempts: config.queue.attempts,
      });
    }
    if (options.migrate) {
      const result = await migrate(connection.executor);
      if (result.applied.length > 0) log(`applied ${result.applied.length} migrations`);
    }
    if (options.samples) await loadSamplesIntoEmptyGraph(connection.executor, log);
    const app = createApp({
      executor: connection.executor,
      config,
      graphiql: options.graphiql,
      bus,
      ...(queue ? { queue } : {}),
    });
    const server = await startHttpServer(app, {
      port: config.server.port,
      host: options.host ?? config.server.host,
    });
    log(`newsgraph API on ${server.url}${GRAPHQL_PATH} (Neo4j at ${connection.uri})`);
    if (bus.kind === "redis")
      log("subscriptions, response cache and ingest queue shared through Redis");
    log(`graph explorer on ${server.url}/explore`);

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
    await queue?.close();
    await bus.close();
    await connection.close();
    // `start` owns the local Neo4j it started; one that was already running stays up.
    if (options.samples !== undefined && connection.startedLocal) {
      const { stopLocalNeo4j } = await import("../../neo4j-local/index.ts");
      await stopLocalNeo4j(config.local.dataDir);
      log("stopped the local Neo4j");
    }
  }
}

async function loadSamplesIntoEmptyGraph(
  executor: import("../../graph/executor.ts").GraphExecutor,
  log: (line: string) => void,
): Promise<void> {
  const { createArticleRepository } = await import("../../graph/article-repository.ts");
  const { loadSampleArticles, SAMPLES_DIR } = await import("../../ingest/samples.ts");
  const repo = createArticleRepository(executor);
  const { articles } = await repo.countGraph();
  if (articles > 0) return;
  log(`the graph is empty: extracting and loading the sample articles from ${SAMPLES_DIR}`);
  const results = await loadSampleArticles(repo);
  for (const r of results) {
    log(`  ${r.articleId}: ${r.entities} entities, ${r.relations} relationships`);
  }
}
