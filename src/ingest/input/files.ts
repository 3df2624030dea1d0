import fs from "node:fs";
import path from "node:path";
import { isSidecarFile } from "./sidecar.ts";

/** The extensions of files that hold articles; anything else in a directory is left alone. */
export const ARTICLE_FILE_EXTENSIONS = [
  ".json",
  ".jsonl",
  ".ndjson",
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".xhtml",
] as const;

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isSidecarFile(name);
}

const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The article files of a directory, recursively, in name order (code units, the same in every
 * locale); hidden entries and a directory's metadata.json (sidecar.ts) are skipped. `extract` and
 * `ingest` both read directories through this, so they see the same files in the same order.
 */
export function articleFilesIn(directory: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isArticleFile(entry.name)) out.push(full);
    }
  };
  walk(directory);
  return out;
}
