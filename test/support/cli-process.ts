import { type ChildProcess, spawn } from "node:child_process";
import { inject } from "vitest";
import { neo4jEnv } from "./neo4j-env.ts";

/** The environment of a `newsgraph` child process on the suite's Neo4j and Redis. */
export function clusterEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return neo4jEnv(inject("neo4j"), { REDIS_URL: inject("redis"), LOG_LEVEL: "warn", ...extra });
}

export interface CliProcess {
  readonly child: ChildProcess;
  /** Everything written so far, per stream. */
  readonly stdout: string[];
  readonly stderr: string[];
  /** Resolves with the first match of `pattern` in stderr + stdout (now or later). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Resolves when the process has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** `newsgraph ARGS…` (tsx, no build) as a child process with its output collected. */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout.push(chunk.toString());
    notify();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    notify();
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  exited.then(notify);
  return {
    child,
    stdout,
    stderr,
    exited,
    waitFor(pattern, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = (stderr.join("") + stdout.join("")).match(pattern);
          if (match) {
            done();
            resolve(match);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            done();
            reject(new Error(`newsgraph ${args[0]} exited: ${stderr.join("").slice(-2000)}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for ${pattern}: ${stderr.join("").slice(-2000)}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** `newsgraph serve` on a free port; resolves with its base URL once it listens. */
export async function startReplica(
  env: NodeJS.ProcessEnv,
): Promise<{ process: CliProcess; url: string }> {
  const replica = spawnCli(["serve", "--port", "0", "--host", "127.0.0.1", "--no-graphiql"], env);
  const match = await replica.waitFor(/newsgraph API on (http:\/\/[^\s/]+)\/graphql/);
  return { process: replica, url: match[1] as string };
}
