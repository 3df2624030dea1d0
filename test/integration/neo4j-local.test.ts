import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { cypher } from "../../src/graph/cypher.ts";
import { createDriver } from "../../src/graph/driver.ts";
import {
  type LocalNeo4j,
  type LocalNeo4jError,
  localNeo4jStatus,
  startLocalNeo4j,
  stopLocalNeo4j,
} from "../../src/neo4j-local/index.ts";
import { useTestGraph } from "../support/graph.ts";
import { isRunning } from "../support/process.ts";

const runFile = promisify(execFile);
const CLI = path.resolve("bin/newsgraph.js");

describe("the suite's Neo4j", () => {
  const graph = useTestGraph();

  it("is a real Neo4j Community 5.26 answering Cypher over Bolt", async () => {
    const rows = await graph.executor.read(cypher("system/components"));
    expect(rows[0]).toMatchObject({ name: "Neo4j Kernel", edition: "community" });
    expect(String((rows[0]?.versions as string[] | undefined)?.[0])).toMatch(/^5\.26\./);
  });
});

/** Runs the real CLI in a child process; resolves even when it exits non-zero. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await runFile(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

async function answersCypher(uri: string, password: string): Promise<number> {
  const driver = createDriver({ uri, user: "neo4j", password });
  try {
    const result = await driver.executeQuery("MATCH (m:LifecycleMarker) RETURN count(m) AS n");
    return result.records[0]?.get("n") as number;
  } finally {
    await driver.close();
  }
}

/** Starts Neo4j from another Node process that stays alive until the test kills it. */
async function startInChildProcess(dataDir: string, password: string) {
  const script = path.join(dataDir, "owner.mts");
  fs.writeFileSync(
    script,
    `import { startLocalNeo4j } from ${JSON.stringify(path.resolve("src/neo4j-local/index.ts"))};
const local = await startLocalNeo4j({
  port: 0, dataDir: ${JSON.stringify(dataDir)}, password: ${JSON.stringify(password)},
  cacheDir: ${JSON.stringify(loadConfig().local.cacheDir)}, exitWithParent: true,
  memory: { heap: "512m", pageCache: "64m" },
});
console.log(JSON.stringify(local));
setInterval(() => {}, 1000);
`,
  );
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    child.once("exit", (code) => reject(new Error(`owner process exited with ${code}`)));
  });
  return { child, local: JSON.parse(line) as LocalNeo4j };
}

async function refuses(uri: string, password: string): Promise<boolean> {
  const driver = createDriver({ uri, user: "neo4j", password });
  try {
    await driver.verifyConnectivity();
    return false;
  } catch {
    return true;
  } finally {
    await driver.close();
  }
}

// A second, small Neo4j beside the suite's one: the lifecycle cannot be tested on the shared one.
describe("newsgraph neo4j start / status / stop", () => {
  const { password } = inject("neo4j");
  const { cacheDir } = loadConfig().local;
  const memory = { heap: "512m", pageCache: "64m" };
  let dataDir: string;
  let uri: string;
  let pid: number;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-neo4j-local-"));
  });
  afterAll(async () => {
    await stopLocalNeo4j(dataDir);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts on a free port, waits for Bolt and prints the URI to export", async () => {
    const run = await cli(
      ["neo4j", "start", "--port", "0", "--data", dataDir, "--heap", "512m", "--page-cache", "64m"],
      { NEO4J_PASSWORD: password },
    );
    expect(run.stderr).not.toMatch(/newsgraph:/);
    expect(run.code).toBe(0);
    const exported = /export NEO4J_URI=(bolt:\/\/127\.0\.0\.1:\d+)/.exec(run.stdout);
    expect(exported).not.toBeNull();
    uri = exported![1]!;

    const driver = createDriver({ uri, user: "neo4j", password });
    try {
      await driver.executeQuery("CREATE (:LifecycleMarker {at: datetime()})");
      const rows = await driver.executeQuery(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      );
      expect(rows.records[0]?.get("edition")).toBe("community");
      expect(rows.records[0]?.get("version")).toMatch(/^5\.26\./);
    } finally {
      await driver.close();
    }
    expect(await answersCypher(uri, password)).toBe(1);
  });

  it("reuses the running process on a second start", async () => {
    const first = await localNeo4jStatus(dataDir);
    expect(first.state).toBe("running");
    const again = await startLocalNeo4j({ port: 0, dataDir, password, cacheDir, memory });
    expect(again).toMatchObject({ started: false, uri, pid: first.pid });
    pid = again.pid;
    const status = await cli(["neo4j", "status", "--data", dataDir]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`running on ${uri} (pid ${pid}`);
  });

  it("refuses a second Neo4j on a data directory that another process holds", async () => {
    // As if the pid file were lost: the store lock inside Neo4j is what must protect the data.
    const pidFile = path.join(dataDir, "neo4j.pid");
    fs.rmSync(pidFile);
    try {
      const attempt = startLocalNeo4j({ port: 0, dataDir, password, cacheDir, memory });
      await expect(attempt).rejects.toMatchObject({
        code: "DATA_DIR_LOCKED",
        message: expect.stringContaining(`data directory ${dataDir} is locked`),
      } satisfies Partial<LocalNeo4jError>);
    } finally {
      fs.writeFileSync(pidFile, String(pid));
      fs.writeFileSync(path.join(dataDir, "neo4j.port"), uri.split(":").at(-1)!);
    }
    expect(await answersCypher(uri, password)).toBe(1);
  });

  it("stops cleanly, after which Bolt refuses connections", async () => {
    const run = await cli(["neo4j", "stop", "--data", dataDir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Neo4j stopped");
    expect(await refuses(uri, password)).toBe(true);
    expect(fs.existsSync(path.join(dataDir, "neo4j.pid"))).toBe(false);

    const status = await cli(["neo4j", "status", "--data", dataDir]);
    expect(status.code).toBe(3);
    expect(status.stdout).toContain("not running");
    expect(await stopLocalNeo4j(dataDir)).toBe(false);
  });

  it("shuts down by itself when its owner process dies; start then clears the stale pid file", async () => {
    // Started by a separate Node process with exitWithParent, as the test suite's own Neo4j is.
    const owner = await startInChildProcess(dataDir, password);
    try {
      expect(owner.local.started).toBe(true);
      expect(owner.local.pid).not.toBe(pid);
      // The marker written before the clean stop is still there.
      expect(await answersCypher(owner.local.uri, password)).toBe(1);
    } finally {
      owner.child.kill("SIGKILL");
    }
    await expect
      .poll(() => isRunning(owner.local.pid), { timeout: 30_000, interval: 250 })
      .toBe(false);
    expect(await refuses(owner.local.uri, password)).toBe(true);
    const status = await cli(["neo4j", "status", "--data", dataDir]);
    expect(status.stdout).toContain(
      `previous run with pid ${owner.local.pid} ended without cleaning up`,
    );

    // A start cleans the stale pid file up before anything else (here it then meets a taken port).
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    try {
      const port = (blocker.address() as net.AddressInfo).port;
      await expect(
        startLocalNeo4j({ port, dataDir, password, cacheDir, memory }),
      ).rejects.toMatchObject({ code: "PORT_IN_USE" });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(fs.existsSync(path.join(dataDir, "neo4j.pid"))).toBe(false);
    expect((await localNeo4jStatus(dataDir)).state).toBe("stopped");
  });
});

describe("local Neo4j start errors", () => {
  const { password } = inject("neo4j");
  const { cacheDir } = loadConfig().local;
  let scratch: string;

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-neo4j-errors-"));
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("names the taken port and how to choose another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = startLocalNeo4j({ port, dataDir: scratch, password, cacheDir });
      await expect(attempt).rejects.toMatchObject({
        code: "PORT_IN_USE",
        message: expect.stringMatching(
          new RegExp(`port ${port} is already in use.*NEO4J_LOCAL_PORT`),
        ),
      });
      const run = await cli(["neo4j", "start", "--port", String(port), "--data", scratch]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`newsgraph: port ${port} is already in use`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    expect(fs.existsSync(path.join(scratch, "neo4j.pid"))).toBe(false);
  });

  it("passes extra JVM flags after its own (a bench's comparison of settings)", async () => {
    // A second collector beside the built-in G1: the JVM refuses to start, which shows the flag
    // reached it; the pid file is gone again.
    const dataDir = path.join(scratch, "extra-flags");
    const attempt = startLocalNeo4j({
      port: 0,
      dataDir,
      password,
      cacheDir,
      extraJvmFlags: ["-XX:+UseParallelGC"],
    });
    await expect(attempt).rejects.toMatchObject({
      code: "START_FAILED",
      message: expect.stringContaining("Multiple garbage collectors selected"),
    });
    expect(fs.existsSync(path.join(dataDir, "neo4j.pid"))).toBe(false);
  });

  it("says that Java is missing instead of failing obscurely", async () => {
    const run = await cli(["neo4j", "start", "--port", "0", "--data", scratch], {
      PATH: "/nonexistent",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("`java` was not found on PATH");
  });
});
