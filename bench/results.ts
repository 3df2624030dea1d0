import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Merges `figures` into the JSON results `file` under `key`, keeping what other benches wrote. */
export function mergeResults(file: string, key: string, figures: unknown): void {
  let current: Record<string, unknown> = {};
  if (existsSync(file)) {
    try {
      current = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
      current = {};
    }
  }
  current[key] = figures;
  writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
}
