import { type Command, InvalidArgumentError } from "commander";
import type { AnnotatedArticle, Extractor } from "../../domain/article.ts";
import type { Language } from "../../domain/vocabulary.ts";
import type { IngestResult, InputItem } from "../../ingest/ingest.ts";
import type { ArticleRead } from "../../ingest/input/read.ts";

interface IngestOptions {
  dryRun?: boolean;
  progress?: boolean;
  language?: Language;
}

/** What the command prints for each article when stdout is not a terminal (one JSON per line). */
type Outcome =
  | ({ file: string; line?: number } & IngestResult)
  | ({ file: string; line?: number } & Omit<IngestResult, "status"> & { status: "planned" })
  | { file: string; line?: number; status: "failed"; error: string };

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
      const failed = await runIngest(paths, options);
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
  const items: InputItem[] = listInputFiles(paths).flatMap((entry) =>
    typeof entry === "string" ? readInputItems(entry, { maxArticleBytes }) : [entry],
  );

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

  const totals = { created: 0, updated: 0, unchanged: 0, planned: 0, failed: 0 };
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
  if (!options.dryRun && items.some((i) => i.kind !== "invalid")) {
    const { connectGraph } = await import("../connect.ts");
    const { migrate } = await import("../../graph/migrate.ts");
    const { createArticleRepository } = await import("../../graph/article-repository.ts");
    const connection = await connectGraph(config, { log: (l) => console.error(l) });
    close = connection.close;
    await migrate(connection.executor);
    repo = createArticleRepository(connection.executor);
  }

  bar?.start(items.length, 0, { file: "" });
  try {
    for (const [n, item] of items.entries()) {
      const where = { file: item.file, ...(item.line ? { line: item.line } : {}) };
      bar?.update(n, { file: item.file });
      if (item.kind === "invalid") {
        refuse(where, item.error);
        continue;
      }
      try {
        const annotated =
          item.kind === "plain"
            ? await extractPlain(item, options.language, maxArticleBytes)
            : item.value;
        const result = repo
          ? await ingestAnnotated(repo, annotated, { ...where, maxArticleBytes })
          : await dryRun(annotated, where);
        report({ ...where, ...result });
      } catch (error) {
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
  const summary = `${items.length} article${items.length === 1 ? "" : "s"}: ${counts}`;
  console.error(summary);
  return totals.failed;
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
  const { IngestError } = await import("../../ingest/ingest.ts");
  const where = `${item.file}${item.line ? `:${item.line}` : ""}`;
  const fail = (reason: string) => new IngestError(`${where}: ${reason}`, item.file, item.line);
  const { articleFromJson, readArticleInputs } = await import("../../ingest/input/index.ts");
  const { resolveLanguage, toAnnotatedArticle } = await import("../../ingest/extract/run.ts");
  let read: ArticleRead;
  try {
    if (item.value !== undefined) {
      read = { file: where, id: "", article: articleFromJson(item.value) };
    } else {
      const reads = [];
      for await (const one of readArticleInputs([item.file], { maxArticleBytes })) reads.push(one);
      const first = reads[0];
      if (first?.tooLarge)
        throw new IngestError(first.tooLarge.message, item.file, item.line, first.tooLarge);
      if (!first?.article) throw new Error(first?.error ?? "no article in the file");
      read = first;
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fail(error instanceof Error ? error.message : String(error));
  }
  const resolved = resolveLanguage(read.article!, language);
  if ("error" in resolved) throw fail(resolved.error);
  try {
    extractor ??= import("../../ingest/extract/default.ts").then((m) => m.createDefaultExtractor());
    const rules = await extractor;
    const extraction = await rules.extract(resolved.article);
    return toAnnotatedArticle({
      read,
      article: resolved.article,
      extraction,
      extractor: rules.name,
    });
  } catch (error) {
    extractor = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    throw fail(`plain articles need the extractor, which could not run: ${reason}`);
  }
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
