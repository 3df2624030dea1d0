import fs from "node:fs";
import { createInterface } from "node:readline";
import type { AnnotatedArticle, ArticleInput } from "../domain/article.ts";
import { NewsgraphError } from "../domain/errors.ts";
import type { Language } from "../domain/vocabulary.ts";
import type { ArticleRepository } from "../graph/article-repository.ts";
import type { WritePlan } from "../graph/article-write.ts";
import { parseJsonText } from "./annotated-schema.ts";
import {
  ArticleTooLargeError,
  checkArticleSize,
  DEFAULT_MAX_ARTICLE_BYTES,
  titleAndBody,
} from "./article-size.ts";
import { articleFilesIn } from "./input/files.ts";
import { isSidecarFile, sidecarAsInputError } from "./input/sidecar.ts";
import {
  createInlineWork,
  type IngestTask,
  type IngestWork,
  type Prepared,
  type TaskProblem,
} from "./work.ts";

export type IngestStatus = "created" | "updated" | "unchanged";

export interface IngestResult {
  articleId: string;
  status: IngestStatus;
  entities: number;
  relations: number;
  mentions: number;
}

/** An article that could not be ingested; names the file (and line) it came from. */
export class IngestError extends NewsgraphError {
  override name = "IngestError";
  /** "language": the article's language is missing or unsupported; the message is the reason. */
  stage?: "language";
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    override readonly cause?: unknown,
  ) {
    super(
      cause instanceof NewsgraphError ? cause.code : "BAD_USER_INPUT",
      message,
      file ? { file, ...(line ? { line } : {}) } : undefined,
    );
  }
}

/** Where an article came from, for messages. */
export interface IngestWhere {
  file?: string;
  line?: number;
}

export interface IngestOptions extends IngestWhere {
  /** Where extraction, validation and planning run. @default the calling thread */
  work?: IngestWork;
  /** Articles whose text is larger are refused before anything else. @default 1 MB */
  maxArticleBytes?: number;
}

/** How an article is named in messages: its file (and line), else its id, else its title. */
export function articleLabel(
  article: { id?: unknown; title?: unknown } | undefined,
  where: IngestWhere = {},
): string {
  if (where.file) return `${where.file}${where.line ? `:${where.line}` : ""}`;
  if (typeof article?.id === "string" && article.id) return `article ${article.id}`;
  const title = typeof article?.title === "string" ? article.title.trim() : "";
  return title ? `article "${title.length > 60 ? `${title.slice(0, 57)}…` : title}"` : "article";
}

/**
 * Refuses an article (plain, or the `article` of an annotated one; untrusted values too) whose
 * text is over the limit, as an IngestError naming it, the size and the limit.
 */
export function checkIngestSize(
  article: unknown,
  options: IngestWhere & { maxArticleBytes?: number } = {},
): void {
  const text = titleAndBody(article);
  if (!text) return;
  try {
    checkArticleSize(
      text,
      options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
      articleLabel(article as { id?: unknown; title?: unknown }, options),
    );
  } catch (error) {
    if (!(error instanceof ArticleTooLargeError)) throw error;
    throw new IngestError(error.message, options.file, options.line, error);
  }
}

/** The article of a task held in memory (a file's is checked when the work reads it). */
function taskArticle(task: IngestTask): unknown {
  if (task.kind === "annotated") return (task.value as { article?: unknown } | null)?.article;
  return task.article ?? task.value;
}

let inline: IngestWork | undefined;
const defaultWork = () => {
  inline ??= createInlineWork();
  return inline;
};

/**
 * Validates, plans and writes one annotated article in one transaction. Unchanged content (same
 * hash as the stored version) writes nothing; changed content replaces the article's mentions and
 * evidence. `annotated` may be untrusted JSON: its size is checked here, then it is validated (in
 * `options.work`).
 */
export async function ingestAnnotated(
  repo: ArticleRepository,
  annotated: AnnotatedArticle | unknown,
  options: IngestOptions = {},
): Promise<IngestResult> {
  return ingestTask(repo, { kind: "annotated", value: annotated, ...whereOf(options) }, options);
}

/**
 * Extracts, plans and writes one plain article (the API's `ingestArticle(article:)`, sample
 * loading): the default extractor annotates it, then it is written as ingestAnnotated writes.
 * A language that is missing and cannot be detected, or is not Dutch or English, is an
 * IngestError with `stage` "language".
 */
export async function ingestPlain(
  repo: ArticleRepository,
  article: ArticleInput,
  options: IngestOptions & { language?: Language } = {},
): Promise<IngestResult> {
  return ingestTask(
    repo,
    {
      kind: "plain",
      article,
      ...whereOf(options),
      ...(options.language ? { language: options.language } : {}),
    },
    options,
  );
}

/**
 * One task prepared and written on its own (the one-by-one path): the API, a queue job, a test.
 * An article over the size limit is refused before any work is done on it.
 */
export async function ingestTask(
  repo: ArticleRepository,
  task: IngestTask,
  options: { work?: IngestWork; maxArticleBytes?: number } = {},
): Promise<IngestResult> {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  checkIngestSize(taskArticle(task), { ...whereOf(task), maxArticleBytes: limit });
  const work = options.work ?? defaultWork();
  const prepared = await work.prepare(
    task.kind === "plain" && task.path ? { ...task, maxArticleBytes: limit } : task,
  );
  if (!prepared.ok) throw problemError(prepared.problem, task);
  return writeOne(repo, prepared, task, work);
}

function whereOf(where: IngestWhere): IngestWhere {
  return {
    ...(where.file ? { file: where.file } : {}),
    ...(where.line ? { line: where.line } : {}),
  };
}

function problemError(problem: TaskProblem, where: IngestWhere): IngestError {
  const size = problem.stage === "size" ? problem.details : undefined;
  const cause = size
    ? new ArticleTooLargeError(String(size.article), Number(size.bytes), Number(size.limit))
    : new NewsgraphError(problem.code, problem.message, problem.details);
  // A language problem's message is the bare reason (the API words it for its argument); a file
  // is named in front of it, as every other problem names its file.
  const named =
    problem.stage === "language" && where.file
      ? `${where.file}${where.line ? `:${where.line}` : ""}: ${problem.message}`
      : problem.message;
  const error = new IngestError(named, where.file, where.line, cause);
  if (problem.stage === "language") error.stage = "language";
  return error;
}

const countsOf = (plan: WritePlan) => ({
  articleId: plan.article.id,
  entities: plan.counts.entities,
  relations: plan.counts.relations,
  mentions: plan.counts.mentions,
});

type Ready = Extract<Prepared, { ok: true }>;

/** The one-by-one write: hash check, redirects, one transaction. */
async function writeOne(
  repo: ArticleRepository,
  prepared: Ready,
  where: IngestWhere,
  work: IngestWork,
): Promise<IngestResult> {
  const storedHash = await repo.findArticleHash(prepared.plan.article.id);
  if (storedHash === prepared.plan.article.contentHash) {
    return { ...countsOf(prepared.plan), status: "unchanged" };
  }
  return writeChanged(repo, prepared, where, work);
}

/** Writes an article known to be new or changed, one transaction of its own. */
async function writeChanged(
  repo: ArticleRepository,
  prepared: Ready,
  where: IngestWhere,
  work: IngestWork,
): Promise<IngestResult> {
  // Ids come from names: a name whose entity was merged into another must be written to the kept
  // entity, or re-ingesting an article that still names it would undo the merge.
  const redirects = await repo.findRedirects(prepared.plan.entities.map((e) => e.id));
  const plan = redirects.size > 0 ? await work.plan(prepared.docJson, redirects) : prepared.plan;
  try {
    const written = await repo.writeArticle(plan);
    return { ...countsOf(plan), status: written.replaced ? "updated" : "created" };
  } catch (error) {
    throw notWritten(plan, where, error);
  }
}

function notWritten(plan: WritePlan, where: IngestWhere, error: unknown): IngestError {
  const at = where.file ? `${where.file}${where.line ? `:${where.line}` : ""}: ` : "";
  const reason = error instanceof Error ? error.message : String(error);
  return new IngestError(
    `${at}article ${plan.article.id} was not written: ${reason}`,
    where.file,
    where.line,
    error,
  );
}

/** The graph cannot be reached: every further write would fail the same way, so ingest stops. */
export function isGraphUnavailable(error: unknown): boolean {
  const cause = error instanceof IngestError ? error.cause : error;
  return cause instanceof NewsgraphError && cause.code === "GRAPH_UNAVAILABLE";
}

/** What happened to one input item of a bulk ingest, in input order. */
export type IngestOutcome = IngestWhere &
  (
    | { status: IngestStatus; result: IngestResult }
    | { status: "planned"; result: Omit<IngestResult, "status"> }
    | { status: "failed"; error: IngestError }
  );

export interface BulkOptions {
  /** Where extraction, validation and planning run. @default the calling thread */
  work?: IngestWork;
  /** New articles written per transaction (at most). @default DEFAULT_BATCH_SIZE */
  batchSize?: number;
  /**
   * A batch also ends once its articles' validated JSON reaches this many characters, so large
   * articles make smaller batches and memory does not grow with article size.
   * @default DEFAULT_BATCH_CHARS
   */
  batchChars?: number;
  /** Items being prepared ahead of their turn. @default DEFAULT_LOOKAHEAD */
  lookahead?: number;
  /** Called after each batch is written (the CLI collects garbage there). */
  afterBatch?: () => void;
  /** Articles of text files larger than this are refused unread. @default 1 MB */
  maxArticleBytes?: number;
}

export const DEFAULT_BATCH_SIZE = 250;
/** About 2 MB of articles per transaction: 250 news articles of 8 KB, fewer when they are long. */
export const DEFAULT_BATCH_CHARS = 2_000_000;
/** Enough to keep the worker threads extracting while the main thread writes. */
export const DEFAULT_LOOKAHEAD = 64;

/**
 * Ingests a stream of input items, yielding one outcome per item in input order. Items are
 * prepared ahead (extraction and validation run in `work`, in parallel with the writes) and
 * collected into batches of `batchSize` articles or `batchChars` characters; per batch one
 * statement reads the stored hashes and one the redirects. New articles go into the graph together
 * (ArticleRepository.createArticles); unchanged ones write nothing; a changed one is written alone
 * by the one-by-one path, in its place in the input, so the graph is the one one-by-one ingest
 * gives. When a batch fails, its articles are written one by one, so the one at fault is named and
 * the others are kept. When the graph is unreachable the generator throws (GRAPH_UNAVAILABLE):
 * nothing of the batch in flight was written, and running the same input again completes it.
 *
 * Pipelined: while one batch is written, the next one is read and prepared (on this thread, for
 * annotated articles), so preparing costs no time of its own. While the first batch is prepared,
 * Neo4j plans the statements a batch sends (ArticleRepository.planBulkWrite), so the first write
 * does not wait for planning that the extraction worker's start could cover. Batches are still
 * written one after the other (the next one's hashes are read once the previous one is
 * committed), so the graph and the outcomes are those of writing them in turn; at most two
 * batches are held in memory.
 *
 * Without a repository (dry run) every item is prepared and reported "planned".
 */
export async function* ingestMany(
  repo: ArticleRepository | null,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  options: BulkOptions = {},
): AsyncGenerator<IngestOutcome> {
  const work = options.work ?? defaultWork();
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batchChars = Math.max(1, options.batchChars ?? DEFAULT_BATCH_CHARS);
  const lookahead = Math.max(1, options.lookahead ?? DEFAULT_LOOKAHEAD);
  let batch: PreparedItem[] = [];
  let chars = 0;
  const ids = new Set<string>();
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  /** The batch being written, if any. */
  let writing: Promise<IngestOutcome[]> | undefined;
  // Neo4j plans the batch's statements while the first batch is prepared (in a bulk ingest of
  // plain articles, while the extraction worker starts); the first write waits for it. Should it
  // fail, the first write meets the same trouble and reports it.
  let planning = repo?.planBulkWrite().catch(() => {});
  /** Waits for the batch being written and yields its outcomes, then starts writing `next`. */
  async function* handOver(next: PreparedItem[]): AsyncGenerator<IngestOutcome> {
    if (writing) {
      const outcomes = await writing;
      writing = undefined;
      options.afterBatch?.();
      yield* outcomes;
    }
    if (next.length === 0) return;
    const planned = planning;
    planning = undefined;
    writing = planned
      ? planned.then(() => writeBatch(repo, next, work))
      : writeBatch(repo, next, work);
    // Awaited at the next hand-over; this only keeps Node from reporting a rejection early.
    writing.catch(() => {});
  }
  const startNext = () => {
    const full = batch;
    batch = [];
    ids.clear();
    chars = 0;
    return full;
  };
  try {
    for await (const entry of prepareAhead(items, work, lookahead, limit)) {
      const id = entry.prepared?.ok ? entry.prepared.plan.article.id : undefined;
      // An article twice in one batch would be new twice: the batch ends before the second.
      if (id !== undefined && ids.has(id)) yield* handOver(startNext());
      batch.push(entry);
      if (id !== undefined) ids.add(id);
      if (entry.prepared?.ok) chars += entry.prepared.docJson.length;
      if (batch.length >= batchSize || chars >= batchChars) yield* handOver(startNext());
      // Preparing on this thread must not starve the write: its replies wait for a turn of the
      // event loop, which a loop of promise continuations never gives.
      if (writing) await new Promise(setImmediate);
    }
    yield* handOver(startNext());
    yield* handOver([]);
  } finally {
    // Stopped early (an error, or the consumer stopped): no write goes on behind the caller's back.
    await planning;
    await writing?.catch(() => {});
  }
}

/** An item once prepared: only where it came from is kept of the input (memory stays flat). */
interface PreparedItem {
  item: IngestWhere & { error?: IngestError };
  /** Absent for items that were invalid before any work. */
  prepared?: Prepared;
}

/** Starts up to `lookahead` items' work before their turn, and yields them in input order. */
async function* prepareAhead(
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  work: IngestWork,
  lookahead: number,
  maxArticleBytes: number,
): AsyncGenerator<PreparedItem> {
  const queue: Promise<PreparedItem>[] = [];
  const start = (item: InputItem): Promise<PreparedItem> => {
    if (item.kind === "invalid") {
      return Promise.resolve({ item: { ...whereOf(item), error: item.error } });
    }
    try {
      checkIngestSize(taskArticle(item), { ...whereOf(item), maxArticleBytes });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return Promise.resolve({ item: { ...whereOf(item), error } });
    }
    const task = item.kind === "plain" && item.path ? { ...item, maxArticleBytes } : item;
    return work.prepare(task).then((prepared) => ({ item: whereOf(item), prepared }));
  };
  try {
    for await (const item of items) {
      const pending = start(item);
      // Rejections are awaited in order below; this only keeps Node from reporting them early.
      pending.catch(() => {});
      queue.push(pending);
      if (queue.length >= lookahead) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    // Stopped early (an error downstream): let the work already started finish quietly.
    await Promise.allSettled(queue);
  }
}

/** Writes one batch (hash check, new articles together, changed ones alone); its outcomes in order. */
async function writeBatch(
  repo: ArticleRepository | null,
  batch: readonly PreparedItem[],
  work: IngestWork,
): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = batch.map(({ item, prepared }) => {
    const where = whereOf(item);
    if (item.error) return { ...where, status: "failed", error: item.error };
    if (!prepared!.ok)
      return { ...where, status: "failed", error: problemError(prepared!.problem, where) };
    return { ...where, status: "planned", result: countsOf(prepared!.plan) };
  });
  if (!repo) return outcomes;
  const ready = batch.flatMap((entry, k) =>
    entry.prepared?.ok ? [{ k, prepared: entry.prepared, where: outcomes[k]! }] : [],
  );
  const stored = await repo.findArticleHashes(ready.map((r) => r.prepared.plan.article.id));
  let run: typeof ready = [];
  const settle = (k: number, outcome: IngestOutcome) => {
    outcomes[k] = outcome;
  };
  const flushNew = async () => {
    for (const [k, outcome] of await writeNew(repo, run, work)) settle(k, outcome);
    run = [];
  };
  for (const entry of ready) {
    const hash = stored.get(entry.prepared.plan.article.id);
    if (hash === entry.prepared.plan.article.contentHash) {
      settle(entry.k, {
        ...whereOf(entry.where),
        status: "unchanged",
        result: { ...countsOf(entry.prepared.plan), status: "unchanged" },
      });
    } else if (hash !== undefined) {
      // A changed article takes the one-by-one path, after the new ones before it.
      await flushNew();
      settle(entry.k, await writeAlone(repo, entry.prepared, entry.where, work, writeChanged));
    } else {
      run.push(entry);
    }
  }
  await flushNew();
  return outcomes;
}

type Writer = (
  repo: ArticleRepository,
  prepared: Ready,
  where: IngestWhere,
  work: IngestWork,
) => Promise<IngestResult>;

/** One article on its own; a failure becomes its outcome unless the graph is unreachable. */
async function writeAlone(
  repo: ArticleRepository,
  prepared: Ready,
  where: IngestWhere,
  work: IngestWork,
  write: Writer,
): Promise<IngestOutcome> {
  try {
    const result = await write(repo, prepared, where, work);
    return { ...whereOf(where), status: result.status, result };
  } catch (error) {
    if (isGraphUnavailable(error)) throw error;
    if (!(error instanceof IngestError)) throw error;
    return { ...whereOf(where), status: "failed", error };
  }
}

/** New articles in one transaction; if it fails, one by one. */
async function writeNew(
  repo: ArticleRepository,
  run: readonly { k: number; prepared: Ready; where: IngestWhere }[],
  work: IngestWork,
): Promise<[number, IngestOutcome][]> {
  if (run.length === 0) return [];
  const redirects = await repo.findRedirects([
    ...new Set(run.flatMap((r) => r.prepared.plan.entities.map((e) => e.id))),
  ]);
  const plans = await Promise.all(
    run.map(({ prepared }) =>
      redirects.size > 0 && prepared.plan.entities.some((e) => redirects.has(e.id))
        ? work.plan(prepared.docJson, redirects)
        : prepared.plan,
    ),
  );
  try {
    await repo.createArticles(plans);
    return run.map(({ k, where }, i) => {
      const result: IngestResult = { ...countsOf(plans[i]!), status: "created" };
      return [k, { ...whereOf(where), status: "created", result }];
    });
  } catch (error) {
    if (isGraphUnavailable(error)) throw error;
    // Which article failed the batch? Each on its own says; the others are written.
    const out: [number, IngestOutcome][] = [];
    for (const { k, prepared, where } of run) {
      out.push([k, await writeAlone(repo, prepared, where, work, writeOne)]);
    }
    return out;
  }
}

/** One thing to ingest found in the input: a task for IngestWork, or an input that failed already. */
export type InputItem =
  | IngestTask
  | { kind: "invalid"; file: string; line?: number; error: IngestError };

/**
 * Expands files and directories (recursively, sorted, hidden entries skipped) into files. A path
 * that does not exist becomes an `invalid` item, so one typo does not stop the others.
 */
export function listInputFiles(paths: readonly string[]): (string | InputItem)[] {
  const out: (string | InputItem)[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push({
        kind: "invalid",
        file: p,
        error: new IngestError(`${p}: no such file or directory`, p),
      });
      continue;
    }
    if (stat.isDirectory()) out.push(...articleFilesIn(p));
    else if (isSidecarFile(p))
      out.push({ kind: "invalid", file: p, error: new IngestError(sidecarAsInputError(p), p) });
    else out.push(p);
  }
  return out;
}

/** An object with an `entities` field is an annotated article; other JSON objects are plain ones. */
function isAnnotated(value: unknown): boolean {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && "entities" in value
  );
}

function invalid(file: string, error: unknown, line?: number): InputItem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: "invalid",
    file,
    ...(line ? { line } : {}),
    error:
      error instanceof IngestError
        ? error
        : new IngestError(
            message.startsWith(file) ? message : `${file}: ${message}`,
            file,
            line,
            error,
          ),
  };
}

/**
 * The items of files and directories, in order: a JSON object (annotated when it has `entities`),
 * a JSON array of them, JSON Lines (one per line, streamed: memory does not grow with the file;
 * blank lines skipped), or any other file as a plain article (read by the work that extracts it).
 * A JSON or JSON Lines file that holds no article (empty, or `[]`) is an `invalid` item that says
 * so. Sizes are checked by the consumer (ingestMany), which sees every item whatever its source.
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputItem> {
  for (const entry of listInputFiles(paths)) {
    if (typeof entry === "string") yield* readInputItems(entry);
    else yield entry;
  }
}

/** The items of one file (see readInputs). */
export async function* readInputItems(file: string): AsyncGenerator<InputItem> {
  const lower = file.toLowerCase();
  if (!lower.endsWith(".jsonl") && !lower.endsWith(".ndjson") && !lower.endsWith(".json")) {
    yield { kind: "plain", file, path: file };
    return;
  }
  let count = 0;
  for await (const item of readJsonItems(file)) {
    count += 1;
    yield item;
  }
  // An empty JSON Lines file or `[]` holds nothing to ingest: say so rather than nothing.
  if (count === 0) {
    yield invalid(file, `${file}: no articles: the file is empty or an empty list`);
  }
}

async function* readJsonItems(file: string): AsyncGenerator<InputItem> {
  const lower = file.toLowerCase();
  const isJsonLines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  if (isJsonLines) {
    let line = 0;
    try {
      const lines = createInterface({
        input: fs.createReadStream(file, { encoding: "utf8" }),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      for await (const raw of lines) {
        line += 1;
        if (raw.trim() === "") continue;
        yield jsonItem(raw, file, line);
      }
    } catch (error) {
      yield invalid(file, error, line || undefined);
    }
    return;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    yield invalid(file, error);
    return;
  }
  let value: unknown;
  try {
    value = parseJsonText(text, { file });
  } catch (error) {
    yield invalid(file, error);
    return;
  }
  if (Array.isArray(value)) {
    // Items are named "file.json[3]", as the extraction reader names them.
    for (const [i, item] of value.entries()) yield itemOf(item, `${file}[${i}]`);
    return;
  }
  yield itemOf(value, file);
}

function jsonItem(raw: string, file: string, line: number): InputItem {
  try {
    return itemOf(parseJsonText(raw, { file, line }), file, line);
  } catch (error) {
    return invalid(file, error, line);
  }
}

function itemOf(value: unknown, file: string, line?: number): InputItem {
  const where = line ? { file, line } : { file };
  return isAnnotated(value)
    ? { kind: "annotated", ...where, value }
    : { kind: "plain", ...where, value };
}
