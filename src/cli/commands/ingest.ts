import { type Command, InvalidArgumentError } from "commander";
import type { Language } from "../../domain/vocabulary.ts";
import type { IngestResult } from "../../ingest/ingest.ts";

interface IngestOptions {
  dryRun?: boolean;
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
      const failed = await runIngest(paths, options);
      if (failed > 0) process.exitCode = 1;
    });
}

async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const { listInputFiles, readInputs, ingestMany, isGraphUnavailable } = await import(
    "../../ingest/ingest.ts"
  );
  const { loadConfig } = await import("../../config.ts");
  const config = loadConfig();
  const files = listInputFiles(paths).length;

  const tty = Boolean(process.stdout.isTTY) && options.progress !== false;
  const { SingleBar, Presets } = await import("cli-progress");
  const bar = tty
    ? new SingleBar(
        {
          format: "ingest {value} articles {file}",
          hideCursor: true,
          clearOnComplete: true,
        },
        Presets.shades_classic,
      )
    : undefined;

  const totals = { created: 0, updated: 0, unchanged: 0, planned: 0, failed: 0 };
  let seen = 0;
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
  if (!options.dryRun && files > 0) {
    const { connectGraph } = await import("../connect.ts");
    const { migrate } = await import("../../graph/migrate.ts");
    const { createArticleRepository } = await import("../../graph/article-repository.ts");
    const connection = await connectGraph(config, { log: (l) => console.error(l) });
    close = connection.close;
    await migrate(connection.executor);
    repo = createArticleRepository(connection.executor);
  }
  const { createIngestWork } = await import("../../ingest/pool.ts");
  const work = await createIngestWork(config.ingest.workers);
  const language = options.language;
  const items = async function* () {
    for await (const item of readInputs(paths)) {
      yield item.kind === "plain" && language ? { ...item, language } : item;
    }
  };

  let stopped: string | undefined;
  bar?.start(files, 0, { file: "" });
  try {
    for await (const outcome of ingestMany(repo, items(), {
      work,
      batchSize: options.batchSize ?? config.ingest.batchSize,
    })) {
      const where = {
        ...(outcome.file ? { file: outcome.file } : {}),
        ...(outcome.line ? { line: outcome.line } : {}),
      };
      if (outcome.status === "failed") {
        report({ ...where, status: "failed", error: outcome.error.message });
      } else {
        report({ ...where, ...outcome.result, status: outcome.status } as Outcome);
      }
    }
  } catch (error) {
    if (!isGraphUnavailable(error)) throw error;
    stopped = error instanceof Error ? error.message : String(error);
  } finally {
    bar?.stop();
    await work.close();
    await close();
  }
  const counts = options.dryRun
    ? `${totals.planned} valid, ${totals.failed} failed (dry run: nothing written)`
    : `${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.failed} failed`;
  const summary = `${seen} article${seen === 1 ? "" : "s"}: ${counts}`;
  if (stopped) {
    console.error(`newsgraph ingest: stopped, ${stopped}; run the same command again to finish`);
    console.error(`${summary} before it stopped`);
    return totals.failed + 1;
  }
  console.error(summary);
  return totals.failed;
}
