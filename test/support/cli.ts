import { execFile } from "node:child_process";
import { inject } from "vitest";
import { neo4jEnv } from "./neo4j-env.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `newsgraph …` as a child process (the sources through tsx) against the suite's Neo4j; `env`
 * adds or overrides settings. Resolves with the exit code and both streams, never rejects.
 */
export function newsgraph(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "src/cli/main.ts", ...args],
      {
        env: neo4jEnv(inject("neo4j"), env),
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
