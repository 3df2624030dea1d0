import { basename } from "node:path";
import type {
  AnnotatedArticle,
  ArticleInput,
  Extraction,
  Extractor,
} from "../../domain/article.ts";
import { articleText } from "../../domain/article.ts";
import type { Language } from "../../domain/vocabulary.ts";
import { annotatedArticle } from "../annotate.ts";
import type { ArticleRead } from "../input/read.ts";
import { identifyLanguage } from "../language.ts";

export type ReadyArticle = ArticleInput & { language: Language };

export type LanguageResolution = { article: ReadyArticle } | { error: string };

/**
 * The article's language: the one forced by the caller, else the one it states, else the detected
 * one. Anything but Dutch or English is refused with a message naming what was found.
 */
export function resolveLanguage(article: ArticleInput, forced?: Language): LanguageResolution {
  const language = forced ?? article.language ?? undefined;
  if (language) return { article: { ...article, language } };
  const guess = identifyLanguage(articleText(article));
  if (!guess.language) {
    return {
      error:
        guess.code === "und"
          ? "language could not be determined (text too short); pass --language nl|en"
          : `unsupported language "${guess.code}" (ISO 639-3); newsgraph extracts Dutch and English only`,
    };
  }
  return { article: { ...article, language: guess.language } };
}

export interface ExtractedArticle {
  read: ArticleRead;
  article: ReadyArticle;
  extraction: Extraction;
  extractor: string;
}

export async function extractRead(
  extractor: Extractor,
  read: ArticleRead,
  forced?: Language,
): Promise<ExtractedArticle | { read: ArticleRead; error: string }> {
  if (!read.article) return { read, error: read.error ?? "unreadable" };
  const resolved = resolveLanguage(read.article, forced);
  if ("error" in resolved) return { read, error: resolved.error };
  // A failure inside the extractor is this article's error: the others are still extracted.
  let extraction: Extraction;
  try {
    extraction = await extractor.extract(resolved.article);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { read, error: `extraction failed (${extractor.name}): ${reason}` };
  }
  return { read, article: resolved.article, extraction, extractor: extractor.name };
}

/** A file name for an article's output: its input's basename, or its id for JSON articles. */
export function outputBaseName(read: ArticleRead): string {
  const fromFile = !/[:[]\d+\]?$/.test(read.file) && !/\.(?:jsonl|ndjson)/i.test(read.file);
  const base = fromFile ? basename(read.file).replace(/\.[^.]+$/, "") : read.id;
  return (
    base
      .replace(/^[a-z]+:\/\//i, "")
      .replace(/[^\p{L}\p{N}._-]+/gu, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 120) || "article"
  );
}

/** JSON input names its own article (or leaves the id to be derived); a file of one article is named by its file. */
function isJsonInput(file: string): boolean {
  return /\.(?:json|jsonl|ndjson)(?:\[\d+\]|:\d+)?$/i.test(file);
}

/**
 * The annotated article (docs/ingest-format.md, built by `annotatedArticle` in annotate.ts) of an
 * extraction: what `ingest` writes for a plain article, and what `extract` writes by default, so
 * `extract --out DIR` then `ingest DIR` loads the same graph as ingesting the plain articles. A
 * one-article file without an id is named by its file (as `ingest` names it); JSON articles keep
 * their own id or none.
 */
export function toAnnotatedArticle(result: ExtractedArticle): AnnotatedArticle {
  const { read, article, extraction } = result;
  const id = article.id ?? (isJsonInput(read.file) ? undefined : read.id);
  return annotatedArticle({ ...article, ...(id ? { id } : {}) }, result.extractor, extraction);
}

/** The gold format of ONTOLOGY.md, plus mentions, properties, confidence and evidence. */
export function toGoldFormat(result: ExtractedArticle): Record<string, unknown> {
  const { read, article, extraction } = result;
  return {
    article: read.file.includes(":") || read.file.includes("[") ? read.id : basename(read.file),
    id: read.id,
    title: article.title,
    language: article.language,
    source: article.source ?? null,
    extractor: result.extractor,
    entities: extraction.entities,
    relations: extraction.relations,
  };
}
