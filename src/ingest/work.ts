import type { AnnotatedArticle, ArticleInput, Extractor } from "../domain/article.ts";
import { type ErrorCode, NewsgraphError } from "../domain/errors.ts";
import type { Language } from "../domain/vocabulary.ts";
import type { WritePlan } from "../graph/article-write.ts";
import { annotatedArticle } from "./annotate.ts";
import {
  AnnotatedArticleError,
  parseAnnotatedArticle,
  parseArticleInput,
} from "./annotated-schema.ts";
import { isBuiltIn } from "./extract/built-in.ts";
import type { resolveLanguage } from "./extract/run.ts";
import type { ArticleRead, articleFromJson, readArticleInputs } from "./input/read.ts";
import { planArticle } from "./plan.ts";

/**
 * The CPU-heavy half of ingesting one article, with no database: reading a plain article's file,
 * language detection, extraction, validation of the annotated article, and its write plan. It runs
 * in worker threads (src/ingest/pool.ts) so that the event loop and the graph writes never wait
 * for it; everything it takes and returns is plain data that crosses threads by structured clone.
 */

/** One article to prepare. `file` and `line` only name it in messages. */
export type IngestTask =
  | { kind: "annotated"; value: unknown; file?: string; line?: number }
  | {
      kind: "plain";
      file?: string;
      line?: number;
      /** The article, when the caller has it (API, JSON). */
      article?: ArticleInput;
      /** A JSON object to read the article from (JSON and JSON Lines input). */
      value?: unknown;
      /** A text, Markdown or HTML file to read it from; its name is the id unless it states one. */
      path?: string;
      /** The language, when the caller imposes one; stated or detected otherwise. */
      language?: Language;
      /** A file's article larger than this is refused before extraction. @default 1 MB */
      maxArticleBytes?: number;
    };

/** What went wrong, as plain data (it crosses threads). */
export interface TaskProblem {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
  /**
   * "language": the article's language is missing or unsupported (`message` is the reason);
   * "size": the article is over the size limit (`details`: article, bytes, limit).
   */
  stage?: "language" | "size";
}

/**
 * A prepared article: its plan, and the validated article as JSON text (needed only to plan it
 * again when redirects apply). Text, because a string crosses threads as one copy, where the
 * object of a large article took a long, blocking structured clone on the receiving event loop.
 */
export type Prepared =
  | { ok: true; docJson: string; plan: WritePlan }
  | { ok: false; problem: TaskProblem };

/**
 * A prepared article as a worker thread sends it: the plan as JSON text too. The structured clone
 * of a plan (about 45 KB of rows for the bench's 300-word articles) cost 0.33 ms to write and 0.35
 * ms to read per article, against 0.19 for `JSON.stringify` and 0.14 for `JSON.parse`, and the
 * reading is on the main thread, which also sends the writes. A plan is plain JSON data (strings,
 * numbers, null; its content hash is of its JSON), so the round trip gives the same plan.
 */
export type PreparedWire =
  | { ok: true; docJson: string; planJson: string }
  | { ok: false; problem: TaskProblem };

export function toWire(prepared: Prepared): PreparedWire {
  return prepared.ok
    ? { ok: true, docJson: prepared.docJson, planJson: JSON.stringify(prepared.plan) }
    : prepared;
}

export function fromWire(wire: PreparedWire): Prepared {
  return wire.ok
    ? { ok: true, docJson: wire.docJson, plan: JSON.parse(wire.planJson) as WritePlan }
    : wire;
}

/** The same work on the calling thread or in a pool of worker threads. */
export interface IngestWork {
  prepare(task: IngestTask): Promise<Prepared>;
  /** The plan of an already validated article (`docJson`) with redirects (merged id → kept id). */
  plan(docJson: string, redirects: ReadonlyMap<string, string>): Promise<WritePlan>;
  close(): Promise<void>;
}

const where = (task: IngestTask) =>
  task.file ? `${task.file}${task.line ? `:${task.line}` : ""}: ` : "";

const problem = (code: ErrorCode, message: string, details?: Record<string, unknown>) => ({
  ok: false as const,
  problem: { code, message, ...(details ? { details } : {}) },
});

/**
 * What preparing a plain article needs besides the extractor: the readers (HTML, Markdown, text)
 * and language detection. Whoever runs the work supplies them, loaded when the first plain article
 * comes, so a thread that only validates annotated articles never loads them.
 */
export interface PlainArticleTools {
  articleFromJson: typeof articleFromJson;
  readArticleInputs: typeof readArticleInputs;
  resolveLanguage: typeof resolveLanguage;
}

/** The tools, imported on first use. */
export async function importPlainArticleTools(): Promise<PlainArticleTools> {
  const [read, run] = await Promise.all([import("./input/read.ts"), import("./extract/run.ts")]);
  return {
    articleFromJson: read.articleFromJson,
    readArticleInputs: read.readArticleInputs,
    resolveLanguage: run.resolveLanguage,
  };
}

/**
 * Prepares one task on this thread; `extractor` and `tools` are asked for only when a plain
 * article comes.
 */
export async function prepareTask(
  task: IngestTask,
  extractor: () => Extractor | Promise<Extractor>,
  tools: () => PlainArticleTools | Promise<PlainArticleTools> = importPlainArticleTools,
): Promise<Prepared> {
  let value: unknown;
  if (task.kind === "annotated") {
    value = task.value;
  } else {
    const annotated = await annotatePlain(task, extractor, await tools());
    if (!annotated.ok) return annotated;
    value = annotated.doc;
    if (annotated.builtIn) {
      const planned = planBuiltInOutput(annotated.doc);
      if (planned) return planned;
    }
  }
  try {
    const doc = parseAnnotatedArticle(value, {
      ...(task.file ? { file: task.file } : {}),
      ...(task.line ? { line: task.line } : {}),
    });
    return { ok: true, docJson: JSON.stringify(doc), plan: planArticle(doc) };
  } catch (error) {
    if (error instanceof AnnotatedArticleError) {
      return problem(error.code, error.message, error.details);
    }
    if (error instanceof NewsgraphError) return problem(error.code, error.message, error.details);
    throw error;
  }
}

/**
 * The built-in rules' output planned without validating it as an annotated article
 * (src/ingest/extract/built-in.ts); the article itself, the user's input, is still checked. Where
 * the article's check would change a field (it trims and normalises; the extractor's offsets were
 * counted in the text as given, so a changed field must take the full path) or fails, or the planner
 * refuses the output (a bug in the rules), undefined: the caller validates the whole document as
 * any other, so the outcome and its message are those of the full validation.
 */
function planBuiltInOutput(doc: AnnotatedArticle): Prepared | undefined {
  try {
    const article = parseArticleInput(doc.article);
    const given = doc.article as unknown as Record<string, unknown>;
    const checked = article as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(given), ...Object.keys(checked)])) {
      if (given[key] !== checked[key]) return undefined;
    }
    return { ok: true, docJson: JSON.stringify(doc), plan: planArticle(doc) };
  } catch {
    return undefined;
  }
}

/** A plain article made into an annotated one by the extractor. */
async function annotatePlain(
  task: Extract<IngestTask, { kind: "plain" }>,
  extractor: () => Extractor | Promise<Extractor>,
  { articleFromJson, readArticleInputs, resolveLanguage }: PlainArticleTools,
): Promise<
  { ok: true; doc: AnnotatedArticle; builtIn: boolean } | { ok: false; problem: TaskProblem }
> {
  const fail = (reason: string) => problem("BAD_USER_INPUT", `${where(task)}${reason}`);
  let article: ArticleInput;
  let fallbackId: string | undefined;
  try {
    if (task.article) {
      // Trimmed as a file's or JSON value's title is (articleFromJson), before the rules count
      // offsets in it: the stored title is the trimmed one.
      article = { ...task.article, title: task.article.title.trim() };
    } else if (task.value !== undefined) {
      article = articleFromJson(task.value);
    } else if (task.path) {
      let read: ArticleRead | undefined;
      const limit = task.maxArticleBytes ? { maxArticleBytes: task.maxArticleBytes } : {};
      for await (const item of readArticleInputs([task.path], limit)) {
        read ??= item;
      }
      if (read?.tooLarge) {
        const { message, details } = read.tooLarge;
        return { ok: false, problem: { code: "BAD_USER_INPUT", message, details, stage: "size" } };
      }
      if (!read?.article) throw new Error(read?.error ?? "no article in the file");
      article = read.article;
      fallbackId = read.id;
    } else {
      throw new Error("nothing to read");
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const resolved = resolveLanguage(article, task.language);
  if ("error" in resolved) {
    return {
      ok: false,
      problem: { ...fail(resolved.error).problem, stage: "language", message: resolved.error },
    };
  }
  let rules: Extractor;
  try {
    rules = await extractor();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`plain articles need the extractor, which could not run: ${reason}`);
  }
  try {
    const extraction = await rules.extract(resolved.article);
    const id = resolved.article.id ?? fallbackId;
    return {
      ok: true,
      doc: annotatedArticle({ ...resolved.article, ...(id ? { id } : {}) }, rules.name, extraction),
      builtIn: isBuiltIn(rules),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`extraction failed (${rules.name}): ${reason}`);
  }
}

/** IngestWork on the calling thread: for tests, tools and one-off use. */
export function createInlineWork(extractor?: () => Extractor | Promise<Extractor>): IngestWork {
  let rules: Promise<Extractor> | undefined;
  const load =
    extractor ??
    (() => {
      rules ??= import("./extract/default.ts").then((m) => m.createDefaultExtractor());
      rules.catch(() => {
        rules = undefined;
      });
      return rules;
    });
  return {
    prepare: (task) => prepareTask(task, load),
    plan: async (docJson, redirects) =>
      planArticle(JSON.parse(docJson) as AnnotatedArticle, { redirects }),
    close: async () => {},
  };
}
