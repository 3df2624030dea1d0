import { type Command, InvalidArgumentError } from "commander";
import type { AnnotatedArticle, ArticleInput, Extractor } from "../../domain/article.ts";
import type { Language } from "../../domain/vocabulary.ts";
import type { IngestResult, InputItem } from "../../ingest/ingest.ts";

interface IngestOptions {
  dryRun?: boolean;
  queue?: boolean;
  wait?: boolean;
  progress?: boolean;
  language?: Language;
}

/** What the command prints for each article when stdout is not a terminal (one JSON per line). */
type Outcome =
  | ({ file: string; line?: number } & IngestResult)
  | ({ file: string; line?: number } & Omit<IngestResult, "status"> & { status: "planned" })
  | { file: string; line?: number; status: "failed"; error: string }
  | { file: string; line?: number; status: "queued"; job: string };

/**
 * `newsgraph ingest FILES…`: annotated articles (JSON objects with `entities`, arrays of them, or
 * JSON Lines) are validated and written, one transaction each. A bad article is reported with its
 * file and problem and skipped; the others continue; the exit code is 1 when any failed.
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
    .action(async (paths: string[], options: IngestOptions) => {
      const failed = options.queue
        ? await runEnqueue(paths, options)
        : await runIngest(paths, options);
      if (failed > 0) process.exitCode = 1;
    });
}

async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const { listInputFiles, readInputItems, ingestAnnotated, IngestError } = await import(
    "../../ingest/ingest.ts"
  );
  const { ArticleTooLargeError, formatBytes } = await import("../../ingest/article-size.ts");
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  const { maxArticleBytes } = config.limits;
  const items: InputItem[] = listInputFiles(paths).flatMap((entry): InputItem[] => {
    if (typeof entry !== "string") return [entry];
    const read = readInputItems(entry, { maxArticleBytes });
    // An empty JSON Lines file or `[]` holds nothing to ingest: say so rather than nothing.
    if (read.length > 0) return read;
    const error = new IngestError(
      `${entry}: no articles: the file is empty or an empty list`,
      entry,
    );
    return [{ kind: "invalid", file: entry, error }];
  });

  const tty = Boolean(process.stdout.isTTY) && options.progress !== false;
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = tty
    ? new SingleBar(
        {
          format: "ingest [{bar}] {value}/{total} {file}",
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : undefined;

  const totals = { created: 0, updated: 0, unchanged: 0, planned: 0, failed: 0, queued: 0 };
  let tooLarge = 0;
  const refuse = (
    where: { file: string; line?: number },
    error: InstanceType<typeof IngestError>,
  ) => {
    if (error.cause instanceof ArticleTooLargeError) tooLarge += 1;
    report({ ...where, status: "failed", error: error.message });
  };
  const report = (outcome: Outcome) => {
    totals[outcome.status] += 1;
    if (outcome.status === "failed") {
      bar?.stop();
      console.error(`newsgraph ingest: ${outcome.error}`);
    }
    if (!tty) console.log(JSON.stringify(outcome));
  };

  let repo: import("../../graph/article-repository.ts").ArticleRepository | undefined;
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
  if (!options.dryRun && items.some((i) => i.kind !== "invalid")) {
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
  let notAttempted = 0;
  const { announceIngest } = await import("../../bus/index.ts");
  const write = async (value: unknown, where: { file: string; line?: number }) => {
    if (!repo) return dryRun(value, where);
    const writer = repo;
    const result = await guard(() => ingestAnnotated(writer, value, { ...where, maxArticleBytes }));
    await announceIngest(bus, result);
    return result;
  };

  bar?.start(items.length, 0, { file: "" });
  try {
    for (const [n, item] of items.entries()) {
      const where = { file: item.file, ...(item.line ? { line: item.line } : {}) };
      bar?.update(n, { file: item.file });
      if (outage && item.kind !== "invalid") {
        notAttempted += 1;
        continue;
      }
      if (item.kind === "invalid") {
        refuse(where, item.error);
        continue;
      }
      try {
        const annotated =
          item.kind === "plain"
            ? await extractPlain(item, options.language, maxArticleBytes)
            : item.value;
        report({ ...where, ...(await write(annotated, where)) });
      } catch (error) {
        if (error instanceof OutageError) {
          outage = error.message;
          report({ ...where, status: "failed", error: error.message });
          continue;
        }
        if (!(error instanceof IngestError)) throw error;
        refuse(where, error);
      }
    }
    bar?.update(items.length, { file: "" });
  } finally {
    bar?.stop();
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
  const summary = `${items.length} article${items.length === 1 ? "" : "s"}: ${counts}${skipped}`;
  console.error(summary);
  return totals.failed + notAttempted;
}

let extractor: Promise<Extractor> | undefined;

/**
 * A plain article (text, Markdown, HTML, or JSON without `entities`) made into an annotated one
 * by the default extractor (src/ingest/extract). The extractor and its knowledge base load once,
 * on the first plain article.
 */
async function extractPlain(
  item: Extract<InputItem, { kind: "plain" }>,
  language: Language | undefined,
  maxArticleBytes: number,
): Promise<AnnotatedArticle> {
  const { fail, article } = await readPlain(item, maxArticleBytes);
  const { resolveLanguage } = await import("../../ingest/extract/run.ts");
  const resolved = resolveLanguage(article, language);
  if ("error" in resolved) throw fail(resolved.error);
  try {
    extractor ??= import("../../ingest/extract/default.ts").then((m) => m.createDefaultExtractor());
    const rules = await extractor;
    const extraction = await rules.extract(resolved.article);
    return {
      article: resolved.article,
      extractor: rules.name,
      entities: extraction.entities,
      relations: extraction.relations,
    };
  } catch (error) {
    extractor = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw fail(`plain articles need the extractor, which could not run: ${reason}`);
  }
}

/**
 * A plain article as read from its file or JSON value; a file's fallback id (derived from the
 * file) becomes its id, so a queued article gets the id a direct ingest would give it.
 */
async function readPlain(item: Extract<InputItem, { kind: "plain" }>, maxArticleBytes: number) {
  const { IngestError } = await import("../../ingest/ingest.ts");
  const where = `${item.file}${item.line ? `:${item.line}` : ""}`;
  const fail = (reason: string) => new IngestError(`${where}: ${reason}`, item.file, item.line);
  const { articleFromJson, readArticleInputs } = await import("../../ingest/input/index.ts");
  let article: ArticleInput;
  try {
    if (item.value !== undefined) {
      article = articleFromJson(item.value);
    } else {
      const reads = [];
      for await (const read of readArticleInputs([item.file], { maxArticleBytes }))
        reads.push(read);
      const read = reads[0];
      if (read?.tooLarge)
        throw new IngestError(read.tooLarge.message, item.file, item.line, read.tooLarge);
      if (!read?.article) throw new Error(read?.error ?? "no article in the file");
      article = read.article.id ? read.article : { ...read.article, id: read.id };
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fail(error instanceof Error ? error.message : String(error));
  }
  return { fail, article };
}

/**
 * `ingest --queue`: reads and checks the files here (unreadable ones are reported and not
 * queued), adds one job per article, prints the job ids; with `--wait`, follows the jobs to the
 * end with a progress bar and reports each failure with the worker's message.
 */
async function runEnqueue(paths: string[], options: IngestOptions): Promise<number> {
  const { listInputFiles, readInputItems, IngestError } = await import("../../ingest/ingest.ts");
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  if (!config.redis.url) throw new Error("--queue needs REDIS_URL (the Redis of the ingest queue)");
  const { maxArticleBytes } = config.limits;
  const items: InputItem[] = listInputFiles(paths).flatMap((entry) =>
    typeof entry === "string" ? readInputItems(entry, { maxArticleBytes }) : [entry],
  );
  const tty = Boolean(process.stdout.isTTY) && options.progress !== false;
  const print = (line: Record<string, unknown>) => {
    if (!tty) console.log(JSON.stringify(line));
  };
  let failed = 0;
  const jobs: import("../../queue/index.ts").IngestJobData[] = [];
  const sources: { file: string; line?: number }[] = [];
  for (const item of items) {
    const where = { file: item.file, ...(item.line ? { line: item.line } : {}) };
    try {
      if (item.kind === "invalid") throw item.error;
      if (item.kind === "annotated") {
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

/** Validation and planning without a database: what would be written. */
async function dryRun(value: unknown, where: { file: string; line?: number }) {
  const { parseAnnotatedArticle } = await import("../../ingest/annotated-schema.ts");
  const { planArticle } = await import("../../ingest/plan.ts");
  const { IngestError } = await import("../../ingest/ingest.ts");
  let plan: ReturnType<typeof planArticle>;
  try {
    plan = planArticle(parseAnnotatedArticle(value, where));
  } catch (error) {
    throw new IngestError(error instanceof Error ? error.message : String(error), where.file);
  }
  return {
    articleId: plan.article.id,
    status: "planned" as const,
    entities: plan.counts.entities,
    relations: plan.counts.relations,
    mentions: plan.counts.mentions,
  };
}
