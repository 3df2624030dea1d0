import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { type Command, InvalidArgumentError } from "commander";
import type { ArticleInput } from "../../domain/article.ts";
import type { Language } from "../../domain/vocabulary.ts";
import type { IngestResult, InputItem } from "../../ingest/ingest.ts";

interface IngestOptions {
  dryRun?: boolean;
  queue?: boolean;
  wait?: boolean;
  progress?: boolean;
  language?: Language;
  batchSize?: number;
}

/** What the command prints for each article when stdout is not a terminal (one JSON per line). */
type Outcome =
  | ({ file?: string; line?: number } & IngestResult)
  | ({ file?: string; line?: number } & Omit<IngestResult, "status"> & { status: "planned" })
  | { file?: string; line?: number; status: "failed"; error: string };

/**
 * `newsgraph ingest FILES…`: annotated articles (JSON objects with `entities`, arrays of them, or
 * JSON Lines) are validated and written; plain articles are extracted first. Extraction and
 * validation run in worker threads while the graph is written; new articles are written
 * `--batch-size` per transaction (src/ingest/ingest.ts ingestMany). A bad article is reported with
 * its file and problem and skipped; the others continue; the exit code is 1 when any failed.
 */
export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("ingest annotated articles (files or directories) into the graph")
    .argument("<paths...>", "files or directories: .json, .jsonl (annotated articles) …")
    .option("--dry-run", "validate and plan only; connect to no database")
    .option(
      "--queue",
      "add the articles to the ingest queue (REDIS_URL) for `newsgraph worker`; prints job ids",
    )
    .option("--wait", "with --queue: follow the jobs until they are done, with progress")
    .option("--no-progress", "never draw a progress bar, even on a terminal")
    .option(
      "--language <code>",
      "language of plain articles that do not state one (nl or en); detected otherwise",
      (value: string) => {
        if (value !== "nl" && value !== "en") throw new InvalidArgumentError("expected nl or en");
        return value as Language;
      },
    )
    .option(
      "--batch-size <n>",
      "new articles written per transaction (default NEWSGRAPH_INGEST_BATCH_SIZE or 250)",
      (value: string) => {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > 10_000) {
          throw new InvalidArgumentError("expected a whole number from 1 to 10000");
        }
        return n;
      },
    )
    .action(async (paths: string[], options: IngestOptions) => {
      const failed = options.queue
        ? await runEnqueue(paths, options)
        : await runIngest(paths, options);
      if (failed > 0) process.exitCode = 1;
    });
}

/**
 * A full garbage collection, for after each batch. A batch's articles outlive the young
 * generation while they wait to be written, so V8 moves them to the old one and, left to itself,
 * lets that grow to several times what the command keeps (514 MB for 100,000 long articles, where
 * about 60 MB is live). Collected once per batch (every one to two seconds), the peak stays flat.
 */
let gc: (() => void) | undefined;
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}

async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const { listInputFiles, readInputs, ingestMany } = await import("../../ingest/ingest.ts");
  const { ArticleTooLargeError, formatBytes } = await import("../../ingest/article-size.ts");
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  const { maxArticleBytes } = config.limits;
  const files = listInputFiles(paths);

  const tty = Boolean(process.stdout.isTTY) && options.progress !== false;
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = tty
    ? new SingleBar(
        { format: "ingest {value} articles {file}", hideCursor: true, clearOnComplete: true },
        Presets.shades_classic,
      )
    : undefined;

  const totals = { created: 0, updated: 0, unchanged: 0, planned: 0, failed: 0 };
  let seen = 0;
  let tooLarge = 0;
  const report = (outcome: Outcome) => {
    seen += 1;
    totals[outcome.status] += 1;
    bar?.update(seen, { file: outcome.file ?? "" });
    if (outcome.status === "failed") {
      bar?.stop();
      console.error(`newsgraph ingest: ${outcome.error}`);
    }
    if (!tty) console.log(JSON.stringify(outcome));
  };

  let repo: import("../../graph/article-repository.ts").ArticleRepository | null = null;
  let close = async () => {};
  // An outage of Neo4j is reported at once and waited out (src/cli/outage.ts); when it lasts
  // longer than allowed, the articles not yet written are counted and the summary still printed.
  const { createOutageGuard, OutageError } = await import("../outage.ts");
  let target = config.neo4j.uri ? `Neo4j at ${config.neo4j.uri}` : "the local Neo4j";
  const guard = createOutageGuard({
    retryMs: config.ingest.outageRetryMs,
    log: (line) => {
      bar?.stop();
      console.error(`newsgraph ingest: ${line}`);
    },
    target: () => target,
  });
  let outage: string | undefined;
  let bus: import("../../bus/index.ts").GraphBus | undefined;
  if (!options.dryRun && files.some((f) => typeof f === "string")) {
    const { connectGraph } = await import("../connect.ts");
    const { migrate } = await import("../../graph/migrate.ts");
    const { createArticleRepository } = await import("../../graph/article-repository.ts");
    try {
      const connection = await guard(() => connectGraph(config, { log: (l) => console.error(l) }));
      target = `Neo4j at ${connection.uri}`;
      close = connection.close;
      await guard(() => migrate(connection.executor));
      repo = createArticleRepository(connection.executor);
      if (config.redis.url) {
        // Servers sharing this Redis drop their cached answers and announce the articles.
        const { createBus } = await import("../../bus/index.ts");
        bus = await createBus({ redisUrl: config.redis.url, prefix: config.redis.prefix });
        const shared = bus;
        close = async () => {
          await shared.close();
          await connection.close();
        };
      }
    } catch (error) {
      if (!(error instanceof OutageError)) throw error;
      outage = error.message;
    }
  }
  const { announceIngest } = await import("../../bus/index.ts");
  const { createIngestWork } = await import("../../ingest/pool.ts");
  const work = await createIngestWork(config.ingest.workers, { annotatedInline: true });
  const language = options.language;
  /** The input's items from the `skip`-th on (a pass resumed after an outage). */
  const items = async function* (skip: number) {
    let n = 0;
    for await (const item of readInputs(paths)) {
      if (n++ < skip) continue;
      yield item.kind === "plain" && language ? { ...item, language } : item;
    }
  };
  // One pass over the input from the first item without an outcome. Outcomes come in input
  // order and a batch is reported only once it is written, so after an outage the pass is run
  // again from there: the batch in flight was written whole or not at all.
  const pass = async () => {
    for await (const outcome of ingestMany(repo, items(seen), {
      work,
      batchSize: options.batchSize ?? config.ingest.batchSize,
      maxArticleBytes,
      afterBatch: collectGarbage,
    })) {
      const where = {
        ...(outcome.file ? { file: outcome.file } : {}),
        ...(outcome.line ? { line: outcome.line } : {}),
      };
      if (outcome.status === "failed") {
        if (outcome.error.cause instanceof ArticleTooLargeError) tooLarge += 1;
        report({ ...where, status: "failed", error: outcome.error.message });
      } else {
        if (outcome.status !== "planned") await announceIngest(bus, outcome.result);
        report({ ...where, ...outcome.result, status: outcome.status } as Outcome);
      }
    }
  };

  let notAttempted = 0;
  bar?.start(0, 0, { file: "" });
  try {
    if (outage === undefined) {
      try {
        await guard(pass);
      } catch (error) {
        if (!(error instanceof OutageError)) throw error;
        outage = error.message;
      }
    }
    if (outage !== undefined) {
      // The graph stayed unreachable: what is left is counted (and what cannot be read reported).
      for await (const item of items(seen)) {
        if (item.kind !== "invalid") notAttempted += 1;
        else {
          const where = { file: item.file, ...(item.line ? { line: item.line } : {}) };
          report({ ...where, status: "failed", error: item.error.message });
        }
      }
    }
  } finally {
    bar?.stop();
    await work.close();
    await close();
  }
  const failed =
    tooLarge > 0
      ? `${totals.failed} failed, ${tooLarge} of them over the article size limit of ${formatBytes(maxArticleBytes)}`
      : `${totals.failed} failed`;
  const counts = options.dryRun
    ? `${totals.planned} valid, ${failed} (dry run: nothing written)`
    : `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${failed}`;
  const skipped = notAttempted > 0 ? `, ${notAttempted} not attempted (${outage})` : "";
  const total = seen + notAttempted;
  const summary = `${total} article${total === 1 ? "" : "s"}: ${counts}${skipped}`;
  console.error(summary);
  return totals.failed + notAttempted;
}

/**
 * A plain article as read from its file or JSON value, for the queue; a file's fallback id (derived
 * from the file) becomes its id, so a queued article gets the id a direct ingest would give it.
 */
async function readPlain(item: Extract<InputItem, { kind: "plain" }>, maxArticleBytes: number) {
  const { IngestError, checkIngestSize } = await import("../../ingest/ingest.ts");
  const file = item.file ?? "";
  const where = `${file}${item.line ? `:${item.line}` : ""}`;
  const fail = (reason: string) => new IngestError(`${where}: ${reason}`, file, item.line);
  const { articleFromJson, readArticleInputs } = await import("../../ingest/input/read.ts");
  let article: ArticleInput;
  try {
    if (item.article !== undefined || item.value !== undefined) {
      checkIngestSize(item.article ?? item.value, {
        file,
        ...(item.line ? { line: item.line } : {}),
        maxArticleBytes,
      });
      article = item.article ?? articleFromJson(item.value);
    } else {
      const reads = [];
      for await (const read of readArticleInputs([item.path ?? file], { maxArticleBytes }))
        reads.push(read);
      const read = reads[0];
      if (read?.tooLarge)
        throw new IngestError(read.tooLarge.message, file, item.line, read.tooLarge);
      if (!read?.article) throw new Error(read?.error ?? "no article in the file");
      article = read.article.id ? read.article : { ...read.article, id: read.id };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fail(error instanceof Error ? error.message : String(error));
  }
  return { article };
}

/**
 * `ingest --queue`: reads and checks the files here (unreadable ones are reported and not
 * queued), adds one job per article, prints the job ids; with `--wait`, follows the jobs to the
 * end with a progress bar and reports each failure with the worker's message.
 */
async function runEnqueue(paths: string[], options: IngestOptions): Promise<number> {
  const { readInputs, checkIngestSize, IngestError } = await import("../../ingest/ingest.ts");
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  if (!config.redis.url) throw new Error("--queue needs REDIS_URL (the Redis of the ingest queue)");
  const { maxArticleBytes } = config.limits;
  const tty = Boolean(process.stdout.isTTY) && options.progress !== false;
  const print = (line: Record<string, unknown>) => {
    if (!tty) console.log(JSON.stringify(line));
  };
  let failed = 0;
  const jobs: import("../../queue/index.ts").IngestJobData[] = [];
  const sources: { file: string; line?: number }[] = [];
  for await (const item of readInputs(paths)) {
    const where = { file: item.file ?? "", ...(item.line ? { line: item.line } : {}) };
    try {
      if (item.kind === "invalid") throw item.error;
      if (item.kind === "annotated") {
        checkIngestSize((item.value as { article?: unknown } | null)?.article, {
          ...where,
          maxArticleBytes,
        });
        jobs.push({ kind: "annotated", value: item.value, ...where });
      } else {
        const { article } = await readPlain(item, maxArticleBytes);
        jobs.push({
          kind: "plain",
          article,
          ...(options.language ? { language: options.language } : {}),
          ...where,
        });
      }
      sources.push(where);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failed += 1;
      console.error(`newsgraph ingest: ${error.message}`);
      print({ ...where, status: "failed", error: error.message });
    }
  }
  const { createIngestQueue } = await import("../../queue/bullmq.ts");
  const queue = createIngestQueue({
    url: config.redis.url,
    prefix: config.redis.prefix,
    attempts: config.queue.attempts,
  });
  try {
    const ids: string[] = [];
    // In slices, so one huge input does not become one huge Redis command.
    for (let i = 0; i < jobs.length; i += 500) {
      ids.push(...(await queue.enqueue(jobs.slice(i, i + 500))));
    }
    ids.forEach((job, i) => {
      print({ ...sources[i], status: "queued", job });
    });
    console.error(`${ids.length} article${ids.length === 1 ? "" : "s"} queued, ${failed} failed`);
    if (options.wait) failed += await follow(queue, ids, sources, tty);
  } finally {
    await queue.close();
  }
  return failed;
}

/** Polls the jobs until each is completed or failed; returns how many failed. */
async function follow(
  queue: import("../../queue/index.ts").IngestQueue,
  ids: readonly string[],
  sources: readonly { file: string; line?: number }[],
  tty: boolean,
): Promise<number> {
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = tty
    ? new SingleBar(
        { format: "ingest jobs [{bar}] {value}/{total} done", hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  bar?.start(ids.length, 0);
  const pending = new Map(ids.map((id, i) => [id, sources[i]]));
  let failed = 0;
  try {
    while (pending.size > 0) {
      // Jobs are taken in order: looking at the first pending ones finds most of what finished.
      for (const [id, where] of [...pending].slice(0, 200)) {
        const job = await queue.job(id);
        if (job && job.state !== "completed" && job.state !== "failed") continue;
        pending.delete(id);
        if (job?.state === "completed" && job.result) {
          if (!tty) console.log(JSON.stringify({ ...where, job: id, ...job.result }));
        } else {
          failed += 1;
          const error = job?.error ?? `job ${id} is no longer in the queue`;
          bar?.stop();
          console.error(`newsgraph ingest: ${error}`);
          if (!tty) console.log(JSON.stringify({ ...where, job: id, status: "failed", error }));
        }
      }
      bar?.update(ids.length - pending.size);
      if (pending.size > 0) await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    bar?.stop();
  }
  console.error(`${ids.length} jobs: ${ids.length - failed} done, ${failed} failed`);
  return failed;
}
