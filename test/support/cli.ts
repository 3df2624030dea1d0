import { execFile } from "node:child_process";
import { inject } from "vitest";

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
  const neo4j = inject("neo4j");
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "src/cli/main.ts", ...args],
      {
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri,
          NEO4J_USER: neo4j.user,
          NEO4J_PASSWORD: neo4j.password,
          NEO4J_DATABASE: neo4j.database,
          ...env,
        },
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
