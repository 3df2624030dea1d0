/**
 * A real Neo4j Community 5.26 process for machines without Docker: the jars come from Maven
 * Central (through Maven, cached in ~/.m2), a small launcher (tools/neo4j-local) is compiled once
 * into the cache directory, and the DBMS runs as a child process with Bolt on loopback.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOL_DIR = fileURLToPath(new URL("../../tools/neo4j-local/", import.meta.url));
const LAUNCHER_SOURCE = path.join(TOOL_DIR, "src/main/java/dev/newsgraph/Neo4jLocal.java");
const POM = path.join(TOOL_DIR, "pom.xml");

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Database home: data, logs, pid file. Created when missing. */
  dataDir: string;
  password: string;
  /** Cache for the resolved classpath and the compiled launcher. */
  cacheDir: string;
  /** Milliseconds to wait for Bolt. @default 120000 */
  startTimeoutMs?: number;
  /** Progress lines (resolving, compiling, starting); silent when absent. */
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  /** True when this call started the process, false when it found one already running. */
  started: boolean;
}

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
}

const pidFile = (dataDir: string) => path.join(dataDir, "neo4j.pid");
const portFile = (dataDir: string) => path.join(dataDir, "neo4j.port");
const logFile = (dataDir: string) => path.join(dataDir, "neo4j.log");

/** Resolves the jars and compiles the launcher unless the cache already holds this version. */
export async function ensureLauncher(cacheDir: string, log?: (l: string) => void) {
  const stamp = createHash("sha256")
    .update(fs.readFileSync(POM))
    .update(fs.readFileSync(LAUNCHER_SOURCE))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(cacheDir, `neo4j-local-${stamp}`);
  const classpathFile = path.join(dir, "classpath.txt");
  const classesDir = path.join(dir, "classes");
  const done = path.join(dir, "ready");
  if (!fs.existsSync(done)) {
    fs.mkdirSync(dir, { recursive: true });
    log?.("resolving Neo4j Community from Maven Central (first run only)…");
    await run(
      "mvn",
      ["-q", "-B", "-f", POM, "dependency:build-classpath", `-Dmdep.outputFile=${classpathFile}`],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((e: Error & { stdout?: string }) => {
      throw new LocalNeo4jError(`could not resolve Neo4j with Maven: ${e.stdout || e.message}`);
    });
    log?.("compiling the Neo4j launcher…");
    const classpath = fs.readFileSync(classpathFile, "utf8").trim();
    await run("javac", ["-cp", classpath, "-d", classesDir, LAUNCHER_SOURCE]).catch(
      (e: Error & { stderr?: string }) => {
        throw new LocalNeo4jError(`could not compile the launcher: ${e.stderr || e.message}`);
      },
    );
    fs.writeFileSync(done, new Date().toISOString());
  }
  const classpath = fs.readFileSync(classpathFile, "utf8").trim();
  return { classpath: `${classesDir}${path.delimiter}${classpath}` };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function readRunning(dataDir: string): { pid: number; port: number } | undefined {
  try {
    const pid = Number(fs.readFileSync(pidFile(dataDir), "utf8"));
    const port = Number(fs.readFileSync(portFile(dataDir), "utf8"));
    return pid > 0 && isAlive(pid) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

/** Starts Neo4j (or finds the one already running on this data directory) and waits for Bolt. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const dataDir = path.resolve(options.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const running = readRunning(dataDir);
  if (running && (await canConnect(running.port))) {
    return { uri: `bolt://127.0.0.1:${running.port}`, pid: running.pid, started: false };
  }
  const port = options.port === 0 ? await freePort() : options.port;
  if (await canConnect(port)) {
    throw new LocalNeo4jError(
      `port ${port} is already in use by another process; set NEO4J_LOCAL_PORT to a free port or NEO4J_URI to use that server`,
    );
  }
  const { classpath } = await ensureLauncher(options.cacheDir, options.log);
  options.log?.(`starting Neo4j on bolt://127.0.0.1:${port} (data in ${dataDir})…`);
  const out = fs.openSync(logFile(dataDir), "a");
  const child: ChildProcess = spawn(
    "java",
    [
      "-Xms256m",
      "-Xmx2g",
      "-XX:+UseG1GC",
      "-cp",
      classpath,
      "dev.newsgraph.Neo4jLocal",
      path.join(dataDir, "home"),
      String(port),
      options.password,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  const pid = child.pid;
  if (!pid) throw new LocalNeo4jError("could not start java; is a JDK 17+ on PATH?");
  child.unref();
  fs.writeFileSync(pidFile(dataDir), String(pid));
  fs.writeFileSync(portFile(dataDir), String(port));

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new LocalNeo4jError(
        `Neo4j exited during start; last log lines:\n${tail(logFile(dataDir), 15)}`,
      );
    }
    if (/^READY /m.test(tail(logFile(dataDir), 5)) && (await canConnect(port))) {
      return { uri: `bolt://127.0.0.1:${port}`, pid, started: true };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stopLocalNeo4j(dataDir);
  throw new LocalNeo4jError(`Neo4j did not answer on Bolt within the start timeout`);
}

/** Stops the Neo4j started on this data directory; resolves false when none was running. */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const running = readRunning(path.resolve(dataDir));
  if (!running) return false;
  process.kill(running.pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(running.pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (isAlive(running.pid)) process.kill(running.pid, "SIGKILL");
  fs.rmSync(pidFile(path.resolve(dataDir)), { force: true });
  return true;
}

function tail(file: string, lines: number): string {
  try {
    return fs
      .readFileSync(file, "utf8")
      .split("\n")
      .slice(-lines - 1)
      .join("\n");
  } catch {
    return "";
  }
}
