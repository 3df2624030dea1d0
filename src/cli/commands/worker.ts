import { type Command, InvalidArgumentError } from "commander";

interface WorkerOptions {
  concurrency?: number;
  lockDuration?: number;
  stalledInterval?: number;
  migrate: boolean;
}

const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive integer");
  return n;
};

/**
 * `newsgraph worker` takes ingest jobs from the queue in Redis (REDIS_URL) until SIGINT or
 * SIGTERM, when it finishes the jobs in hand and stops. One line per finished job on stdout (JSON).
 */
export function registerWorkerCommand(program: Command): void {
  program
    .command("worker")
    .description("process queued ingest jobs (needs REDIS_URL); run as many as you like")
    .option(
      "-c, --concurrency <n>",
      "jobs at a time in this process (default: WORKER_CONCURRENCY or 2)",
      positiveInt,
    )
    .option(
      "--lock-duration <ms>",
      "how long a dead worker's jobs stay locked before another takes them (default 30000)",
      positiveInt,
    )
    .option(
      "--stalled-interval <ms>",
      "how often to look for jobs of dead workers (default 30000)",
      positiveInt,
    )
    .option("--no-migrate", "do not apply pending schema migrations at start")
    .action((options: WorkerOptions) => runWorker(options));
}

async function runWorker(options: WorkerOptions): Promise<void> {
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  const redisUrl = config.redis.url;
  if (!redisUrl) throw new Error("the worker needs REDIS_URL (the Redis holding the ingest queue)");
  const { connectGraph } = await import("../connect.ts");
  const { migrate } = await import("../../graph/migrate.ts");
  const { createBus } = await import("../../bus/index.ts");
  const { createIngestWorker } = await import("../../queue/worker.ts");
  const log = (line: string) => console.error(line);
  const connection = await connectGraph(config, { log });
  const bus = await createBus({ redisUrl, prefix: config.redis.prefix });
  try {
    if (options.migrate) await migrate(connection.executor);
    const { createIngestWork } = await import("../../ingest/pool.ts");
    const work = await createIngestWork(config.ingest.workers, { annotatedInline: true });
    const concurrency = options.concurrency ?? config.queue.concurrency;
    const worker = createIngestWorker({
      url: redisUrl,
      prefix: config.redis.prefix,
      executor: connection.executor,
      bus,
      concurrency,
      work,
      maxArticleBytes: config.limits.maxArticleBytes,
      ...(options.lockDuration ? { lockDurationMs: options.lockDuration } : {}),
      ...(options.stalledInterval ? { stalledIntervalMs: options.stalledInterval } : {}),
      onJob: (event) => console.log(JSON.stringify(event)),
      onError: (error) => log(`newsgraph worker: ${error.message}`),
    });
    await worker.ready();
    log(
      `newsgraph worker: taking ingest jobs, ${concurrency} at a time (Neo4j at ${connection.uri})`,
    );
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        log(`${signal}: finishing the jobs in hand`);
        resolve();
      };
      process.once("SIGINT", () => stop("SIGINT"));
      process.once("SIGTERM", () => stop("SIGTERM"));
    });
    await worker.close();
    await work.close();
  } finally {
    await bus.close();
    await connection.close();
  }
}
