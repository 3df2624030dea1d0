import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import type { ArticleInput } from "../../domain/article.ts";
import {
  ArticleTooLargeError,
  checkArticleSize,
  DEFAULT_MAX_ARTICLE_BYTES,
} from "../article-size.ts";
import { ArticleInputError, decodeStream, decodeText } from "./decode.ts";
import { articleFilesIn } from "./files.ts";
import { isLanguage } from "./language-field.ts";
import { parsePlainText, splitSourceLine } from "./plain-text.ts";
import { isSidecarFile, sidecarAsInputError, withSidecar } from "./sidecar.ts";

/** One article read from input, or the reason it could not be read. */
export interface ArticleRead {
  /** The file it came from (with ":<line>" for JSON Lines). */
  file: string;
  /** File basename without extension for one-article files; the given id or url for JSON. */
  id: string;
  article?: ArticleInput;
  error?: string;
  /** Set when the article was refused for its size (`error` says so): not read further. */
  tooLarge?: ArticleTooLargeError;
}

export interface ReadOptions {
  /** Articles whose text is larger are refused (an entry with `error`). @default 1 MB */
  maxArticleBytes?: number;
}

/** The read of an article, or its refusal when its text is over the size limit. */
function admit(read: ArticleRead & { article: ArticleInput }, limit: number): ArticleRead {
  try {
    checkArticleSize(read.article, limit, read.file);
    return read;
  } catch (error) {
    if (!(error instanceof ArticleTooLargeError)) throw error;
    return { file: read.file, id: read.id, error: error.reason, tooLarge: error };
  }
}

export const TEXT_EXTENSIONS = [".txt", ".text"];
export const MARKDOWN_EXTENSIONS = [".md", ".markdown"];
export const HTML_EXTENSIONS = [".html", ".htm", ".xhtml"];
export const JSON_EXTENSIONS = [".json"];
export const JSONL_EXTENSIONS = [".jsonl", ".ndjson"];
function stem(file: string): string {
  return basename(file, extname(file));
}

const kindOf = (value: unknown) =>
  Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`;

/**
 * A JSON article object: `title`, `body` (or `text`/`content`), `source`, `url`, `publishedAt`,
 * `language`, `id`. The id is a string; anything else (a number too: `42` and `42.0` are the same
 * JSON number, and large ones lose digits) is refused rather than replaced by a derived id.
 */
export function articleFromJson(value: unknown): ArticleInput {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ArticleInputError(`expected a JSON object with title and body, got ${kindOf(value)}`);
  }
  const record = value as Record<string, unknown>;
  const str = (key: string): string | undefined => {
    const v = record[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") {
      throw new ArticleInputError(`field "${key}" must be a string, got ${kindOf(v)}`);
    }
    return v;
  };
  const title = str("title");
  const rawBody = str("body") ?? str("text") ?? str("content");
  if (title === undefined || title.trim() === "") {
    throw new ArticleInputError('missing field "title"');
  }
  if (rawBody === undefined) throw new ArticleInputError('missing field "body"');
  const { body, source: closing } = splitSourceLine(rawBody.replace(/\r\n?/g, "\n"));
  const article: ArticleInput = { title: title.trim(), body, source: str("source") ?? closing };
  const id = record.id;
  if (typeof id === "string") article.id = id;
  else if (typeof id === "number") {
    throw new ArticleInputError(
      `field "id" must be a string, got a number ${show(id)} (write it in quotes: "${show(id)}")`,
    );
  } else if (id !== undefined && id !== null) {
    throw new ArticleInputError(`field "id" must be a string, got ${kindOf(id)} ${show(id)}`);
  }
  const url = str("url");
  if (url) article.url = url;
  const publishedAt = str("publishedAt") ?? str("published_at") ?? str("date");
  if (publishedAt) article.publishedAt = publishedAt;
  const language = str("language") ?? str("lang");
  if (language) {
    if (!isLanguage(language)) {
      throw new ArticleInputError(`unsupported language "${language}" (newsgraph reads nl and en)`);
    }
    article.language = language;
  }
  return article;
}

/** A path's article files: the file itself, or a directory's (files.ts). */
async function* walk(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) yield path;
  else yield* articleFilesIn(path);
}

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

async function* readJsonLines(file: string, limit: number): AsyncGenerator<ArticleRead> {
  // Line by line from a stream: a file of 100,000 articles is never held in memory.
  const lines = createInterface({
    input: Readable.from(decodeStream(createReadStream(file))),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  let records = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === "") continue;
      records++;
      const where = `${file}:${lineNumber}`;
      try {
        const article = articleFromJson(JSON.parse(line));
        yield admit(
          { file: where, id: article.id ?? article.url ?? `${stem(file)}-${lineNumber}`, article },
          limit,
        );
      } catch (error) {
        yield { file: where, id: `${stem(file)}-${lineNumber}`, error: describe(error) };
      }
    }
  } catch (error) {
    // Binary content or another encoding, found while streaming: the rest of the file is unread.
    const at = lineNumber > 0 ? ` (after line ${lineNumber})` : "";
    yield { file, id: stem(file), error: `${describe(error)}${at}` };
    return;
  }
  if (records === 0) {
    yield { file, id: stem(file), error: "no articles: the file is empty" };
  }
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return `invalid JSON: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Articles from files and directories (recursively, supported extensions only), in a stable
 * order. Plain text, Markdown and HTML hold one article each; a .json file one article or an
 * array; .jsonl/.ndjson one article per line, streamed. A directory's metadata.json is not an
 * article: it fills the url, source, date and language of the one-article files it names. Unreadable input yields an entry with
 * `error` instead of throwing, so one bad file does not stop a batch; so does an article whose
 * text is over `maxArticleBytes` (with `tooLarge` set), before anything else is done with it.
 */
export async function* readArticleInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<ArticleRead> {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  for (const path of paths) {
    let files: AsyncGenerator<string>;
    try {
      await stat(path);
      files = walk(path);
    } catch (error) {
      yield {
        file: path,
        id: stem(path),
        error: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : describe(error)}`,
      };
      continue;
    }
    for await (const file of files) {
      if (isSidecarFile(file)) {
        yield { file, id: stem(file), error: sidecarAsInputError(file) };
        continue;
      }
      const extension = extname(file).toLowerCase();
      if (JSONL_EXTENSIONS.includes(extension)) {
        yield* readJsonLines(file, limit);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        yield { file, id: stem(file), error: `cannot read ${file}: ${describe(error)}` };
        continue;
      }
      try {
        const raw = decodeText(bytes);
        if (JSON_EXTENSIONS.includes(extension)) {
          const value: unknown = JSON.parse(raw);
          const items = Array.isArray(value) ? value : [value];
          const single = items.length === 1 && !Array.isArray(value);
          if (items.length === 0)
            throw new ArticleInputError("no articles: the JSON array is empty");
          for (let i = 0; i < items.length; i++) {
            try {
              const read = articleFromJson(items[i]);
              const article = single ? withSidecar(file, read) : read;
              const id =
                article.id ??
                article.url ??
                (items.length === 1 ? stem(file) : `${stem(file)}-${i + 1}`);
              yield admit(
                { file: items.length === 1 ? file : `${file}[${i}]`, id, article },
                limit,
              );
            } catch (error) {
              yield { file: `${file}[${i}]`, id: `${stem(file)}-${i + 1}`, error: describe(error) };
            }
          }
          continue;
        }
        // The HTML and Markdown readers (linkedom, Readability, marked: about 160 ms of CPU to
        // load) are loaded by the first such file, not by every thread that reads JSON or text.
        const parsed = MARKDOWN_EXTENSIONS.includes(extension)
          ? (await import("./markdown.ts")).parseMarkdown(raw)
          : HTML_EXTENSIONS.includes(extension)
            ? (await import("./html.ts")).parseHtml(raw)
            : parsePlainText(raw);
        if (!parsed.title) throw new ArticleInputError("no title: the file is empty");
        const article = withSidecar(file, parsed);
        yield admit({ file, id: stem(file), article }, limit);
      } catch (error) {
        yield { file, id: stem(file), error: describe(error) };
      }
    }
  }
}
