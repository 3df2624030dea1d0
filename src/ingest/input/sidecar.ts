import { readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ArticleInput } from "../../domain/article.ts";
import { ArticleInputError } from "./decode.ts";
import { isLanguage } from "./language-field.ts";

/**
 * A directory's `metadata.json` describes the article files beside it, by file name:
 *
 *   { "a.txt": { "url": "…", "source": "Rijksoverheid", "publishedAt": "2021-11-05", "language": "nl" } }
 *
 * (the layout of the shared corpora). It is never read as an article. Its fields fill what a
 * one-article file does not state itself (a plain text file states only its title, body and
 * "Bron:" line); other keys of an entry (a note) are ignored.
 */
export const SIDECAR_NAME = "metadata.json";

/** The fields a sidecar entry may give an article. */
export type SidecarFields = Pick<
  ArticleInput,
  "id" | "url" | "source" | "publishedAt" | "language"
>;

export const isSidecarFile = (file: string) => basename(file).toLowerCase() === SIDECAR_NAME;

type Sidecar = { entries: Map<string, SidecarFields> } | { error: string };

/** Parsed sidecars by directory, with the modification time they were read at. */
const cache = new Map<string, { mtimeMs: number; sidecar: Sidecar }>();

const STRING_FIELDS = ["id", "url", "source", "publishedAt"] as const;

function parseSidecar(file: string, text: string): Sidecar {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { error: `${file}: invalid JSON: ${(error as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: `${file}: expected an object of file names to article fields` };
  }
  const entries = new Map<string, SidecarFields>();
  for (const [name, entry] of Object.entries(value)) {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      return { error: `${file}: the entry "${name}" must be an object of article fields` };
    }
    const record = entry as Record<string, unknown>;
    const fields: SidecarFields = {};
    for (const key of STRING_FIELDS) {
      const v = record[key];
      if (v === undefined || v === null) continue;
      if (typeof v !== "string") {
        return { error: `${file}: field "${key}" of "${name}" must be a string` };
      }
      if (v.trim() !== "") fields[key] = v.trim();
    }
    const language = record.language;
    if (language !== undefined && language !== null) {
      if (typeof language !== "string" || !isLanguage(language)) {
        return {
          error: `${file}: unsupported language ${JSON.stringify(language)} of "${name}" (newsgraph reads nl and en)`,
        };
      }
      fields.language = language;
    }
    entries.set(name, fields);
  }
  return { entries };
}

function sidecarOf(directory: string): Sidecar | undefined {
  const file = join(directory, SIDECAR_NAME);
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    cache.delete(directory);
    return undefined;
  }
  const cached = cache.get(directory);
  if (cached && cached.mtimeMs === mtimeMs) return cached.sidecar;
  let sidecar: Sidecar;
  try {
    sidecar = parseSidecar(file, readFileSync(file, "utf8"));
  } catch (error) {
    sidecar = { error: `cannot read ${file}: ${(error as Error).message}` };
  }
  cache.set(directory, { mtimeMs, sidecar });
  return sidecar;
}

/**
 * The article read from `file`, with what its directory's metadata.json says of it filled in
 * where the file said nothing. A metadata.json that cannot be read or is malformed fails the
 * articles beside it (an ArticleInputError naming the sidecar and what is wrong), rather than
 * storing them without the dates and sources it was meant to give them.
 */
export function withSidecar(file: string, article: ArticleInput): ArticleInput {
  const sidecar = sidecarOf(dirname(file));
  if (!sidecar) return article;
  if ("error" in sidecar) throw new ArticleInputError(sidecar.error);
  const fields = sidecar.entries.get(basename(file));
  if (!fields) return article;
  const out: ArticleInput = { ...article };
  if (fields.id !== undefined && out.id === undefined) out.id = fields.id;
  if (fields.url !== undefined && out.url == null) out.url = fields.url;
  if (fields.source !== undefined && out.source == null) out.source = fields.source;
  if (fields.publishedAt !== undefined && out.publishedAt == null)
    out.publishedAt = fields.publishedAt;
  if (fields.language !== undefined && out.language == null) out.language = fields.language;
  return out;
}

/** The message for a metadata.json named as an input. */
export function sidecarAsInputError(file: string): string {
  return `${file} is a directory's article metadata (url, source, publishedAt, language by file name), not an article: name its directory or the article files`;
}
