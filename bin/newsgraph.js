#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm run build`; `npm start` and the Docker image build
// it) when it is at least as new as every source file; otherwise the TypeScript sources through
// tsx's loader, so a checkout still needs no build step and a stale build is never used.
import { readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : statSync(file).mtimeMs);
  }
  return newest;
}

function builtAt() {
  try {
    return statSync(`${root}dist/.tsbuildinfo`).mtimeMs;
  } catch {
    return -1;
  }
}

const built = builtAt();
if (
  built >= 0 &&
  process.env.NEWSGRAPH_FROM_SOURCE !== "1" &&
  built >= newestSource(`${root}src`)
) {
  await import("../dist/cli/main.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
