/**
 * A real Neo4j Community 5.26 process for machines without Docker: the jars come from Maven
 * Central (through Maven, cached in ~/.m2), a small launcher (tools/neo4j-local) is compiled once
 * into the cache directory, and the DBMS runs as a detached child process with Bolt on loopback.
 *
 * State lives in the data directory: `neo4j.pid` and `neo4j.port` name the running process,
 * `neo4j.out` holds the launcher's output of the latest start, `home/` is the Neo4j home
 * (databases, transaction logs, debug.log).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOL_DIR = fileURLToPath(new URL("../../tools/neo4j-local/", import.meta.url));
const LAUNCHER_SOURCE = path.join(TOOL_DIR, "src/main/java/dev/newsgraph/Neo4jLocal.java");
const LAUNCHER_CLASS = "dev.newsgraph.Neo4jLocal";
const POM = path.join(TOOL_DIR, "pom.xml");
const MIN_JAVA = 17;

export interface LocalNeo4jMemory {
  /** JVM maximum heap (-Xmx). @default "2g" */
  heap?: string;
  /** Neo4j page cache. @default "512m" */
  pageCache?: string;
}

export interface LocalNeo4jOptions {
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** Database home: data, logs, pid file. Created when missing. */
  dataDir: string;
  password: string;
  /** Cache for the resolved classpath and the compiled launcher. */
  cacheDir: string;
  /** Milliseconds to wait for Bolt once the JVM runs. @default 120000 */
  startTimeoutMs?: number;
  /**
   * Sized for a 2-core / 24 GB machine or a CI runner: the test graphs are small, so 2 GB of heap
   * and 512 MB of page cache leave room for the test runner and a second, smaller instance.
   */
  memory?: LocalNeo4jMemory;
  /**
   * Shut Neo4j down when this Node process is gone, even if it never calls stop (a killed test
   * run). Off for `newsgraph neo4j start`, whose Neo4j must outlive the command. @default false
   */
  exitWithParent?: boolean;
  /** Progress lines (resolving, compiling, starting); silent when absent. */
  log?: (line: string) => void;
  /**
   * JVM flags added after the built-in ones (a later flag wins), for benches that compare JVM
   * settings (bench/throwaway-neo4j.ts reads them from BENCH_NEO4J_JVM_FLAGS). @default []
   */
  extraJvmFlags?: readonly string[];
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  /** True when this call started the process, false when it found one already running. */
  started: boolean;
}

export interface LocalNeo4jStatus {
  /** `stale` means a pid file from a run that crashed or was killed; start cleans it up. */
  state: "running" | "starting" | "stopped" | "stale";
  dataDir: string;
  pid?: number;
  port?: number;
  uri?: string;
}

export type LocalNeo4jErrorCode =
  | "JAVA_MISSING"
  | "JAVA_TOO_OLD"
  | "MAVEN_MISSING"
  | "RESOLVE_FAILED"
  | "COMPILE_FAILED"
  | "PORT_IN_USE"
  | "DATA_DIR_LOCKED"
  | "START_FAILED"
  | "START_TIMEOUT";

export class LocalNeo4jError extends Error {
  override name = "LocalNeo4jError";
  constructor(
    readonly code: LocalNeo4jErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const pidFile = (dataDir: string) => path.join(dataDir, "neo4j.pid");
const portFile = (dataDir: string) => path.join(dataDir, "neo4j.port");
const outFile = (dataDir: string) => path.join(dataDir, "neo4j.out");
const homeDir = (dataDir: string) => path.join(dataDir, "home");
const boltUri = (port: number) => `bolt://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function isMissingCommand(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}

let javaChecked: Promise<number> | undefined;

/** Fails with a clear message when `java` is absent or older than 17 (Neo4j 5 needs 17 or 21). */
export function checkJava(): Promise<number> {
  javaChecked ??= run("java", ["-version"]).then(
    ({ stderr, stdout }) => {
      const text = `${stderr}${stdout}`;
      const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
      // Java 8 and older report "1.8.0_x"; the feature release is the second number there.
      const major = match ? (match[1] === "1" ? Number(match[2]) : Number(match[1])) : Number.NaN;
      if (!(major >= MIN_JAVA)) {
        throw new LocalNeo4jError(
          "JAVA_TOO_OLD",
          `Neo4j 5.26 needs Java ${MIN_JAVA} or 21, but \`java -version\` reports: ${text.split("\n")[0]?.trim()}; install a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless) or put one first on PATH`,
        );
      }
      return major;
    },
    (error: unknown) => {
      throw isMissingCommand(error)
        ? new LocalNeo4jError(
            "JAVA_MISSING",
            "`java` was not found on PATH; the local Neo4j needs a JDK 17 (e.g. apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j",
          )
        : error;
    },
  );
  // A failed check is not remembered, so installing Java fixes the next call in the same process.
  javaChecked.catch(() => {
    javaChecked = undefined;
  });
  return javaChecked;
}

function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new Error(`no <neo4j.version> in ${POM}`);
  return match[1];
}

function mavenRepository(): string {
  return path.join(os.homedir(), ".m2", "repository");
}

async function resolveClasspath(outputFile: string, offline: boolean): Promise<void> {
  const args = [
    "-q",
    "-B",
    "-f",
    POM,
    "dependency:build-classpath",
    `-Dmdep.outputFile=${outputFile}`,
  ];
  await run("mvn", offline ? ["-o", ...args] : args, { maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Resolves the jars and compiles the launcher unless the cache already holds this version (keyed by
 * a hash of the pom and the launcher source). Concurrent callers each build into a private folder
 * and the first rename wins, so a half-written cache is never used.
 */
export async function ensureLauncher(
  cacheDir: string,
  log?: (l: string) => void,
): Promise<{ classpath: string }> {
  const stamp = createHash("sha256")
    .update(fs.readFileSync(POM))
    .update(fs.readFileSync(LAUNCHER_SOURCE))
    .digest("hex")
    .slice(0, 16);
  const dir = path.join(cacheDir, `neo4j-local-${stamp}`);
  const cached = readCachedClasspath(dir);
  if (cached) return { classpath: cached };
  // The cache names jars in ~/.m2; if those were deleted the cache is rebuilt, not trusted.
  fs.rmSync(dir, { recursive: true, force: true });

  const work = `${dir}.partial-${process.pid}-${Date.now()}`;
  fs.mkdirSync(work, { recursive: true });
  try {
    const classpathFile = path.join(work, "classpath.txt");
    const jarsCached = fs.existsSync(
      path.join(mavenRepository(), "org/neo4j/neo4j", neo4jVersion()),
    );
    let resolved = false;
    if (jarsCached) {
      // Offline first: skips Maven's remote metadata checks, the slow part once the jars are in ~/.m2.
      log?.("resolving Neo4j from ~/.m2 (offline)…");
      resolved = await resolveClasspath(classpathFile, true).then(
        () => true,
        (error: unknown) => {
          if (isMissingCommand(error)) throw mavenMissing();
          return false;
        },
      );
    }
    if (!resolved) {
      log?.(`resolving Neo4j Community ${neo4jVersion()} from Maven Central (first run only)…`);
      await resolveClasspath(classpathFile, false).catch(
        (error: Error & { stdout?: string; stderr?: string }) => {
          if (isMissingCommand(error)) throw mavenMissing();
          throw new LocalNeo4jError(
            "RESOLVE_FAILED",
            `could not resolve Neo4j with Maven: ${(error.stdout || error.stderr || error.message).trim()}`,
          );
        },
      );
    }
    log?.("compiling the Neo4j launcher…");
    const classpath = fs.readFileSync(classpathFile, "utf8").trim();
    await run("javac", ["-cp", classpath, "-d", path.join(work, "classes"), LAUNCHER_SOURCE]).catch(
      (error: Error & { stderr?: string }) => {
        throw new LocalNeo4jError(
          "COMPILE_FAILED",
          isMissingCommand(error)
            ? "`javac` was not found on PATH; the local Neo4j needs a full JDK 17, not only a JRE (e.g. apt-get install openjdk-17-jdk-headless)"
            : `could not compile the launcher: ${error.stderr || error.message}`,
        );
      },
    );
    fs.writeFileSync(path.join(work, "ready"), new Date().toISOString());
    try {
      fs.renameSync(work, dir);
    } catch (error) {
      // Another process finished first; its copy is identical.
      if (!readCachedClasspath(dir)) throw error;
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const classpath = readCachedClasspath(dir);
  if (!classpath) throw new LocalNeo4jError("COMPILE_FAILED", `launcher cache ${dir} is unusable`);
  return { classpath };
}

function mavenMissing(): LocalNeo4jError {
  return new LocalNeo4jError(
    "MAVEN_MISSING",
    "`mvn` was not found on PATH; it is needed once to download Neo4j from Maven Central into ~/.m2 (e.g. apt-get install maven), or set NEO4J_URI to use an existing Neo4j",
  );
}

function readCachedClasspath(dir: string): string | undefined {
  try {
    if (!fs.existsSync(path.join(dir, "ready"))) return undefined;
    const jars = fs.readFileSync(path.join(dir, "classpath.txt"), "utf8").trim();
    if (!jars.split(path.delimiter).every((jar) => fs.existsSync(jar))) return undefined;
    return `${path.join(dir, "classes")}${path.delimiter}${jars}`;
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie: a child that exited but was not reaped yet still answers signal 0. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): signal 0 is all there is
  }
}

/**
 * Whether `pid` is our launcher for this data directory. Pid numbers are reused after a crash or a
 * reboot, and `stop` must never signal an unrelated process that happens to hold the old number.
 */
function isOurLauncher(pid: number, dataDir: string): boolean {
  if (!isAlive(pid)) return false;
  let commandLine: string;
  try {
    commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
  } catch {
    return true; // no /proc: trust the pid file, as most pid-file tools do
  }
  return commandLine.includes(LAUNCHER_CLASS) && commandLine.includes(homeDir(dataDir));
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve(true));
    });
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

function readNumber(file: string): number | undefined {
  try {
    const value = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** What the data directory's pid file says, checked against the process table. */
export async function localNeo4jStatus(dataDir: string): Promise<LocalNeo4jStatus> {
  const dir = path.resolve(dataDir);
  const pid = readNumber(pidFile(dir));
  const port = readNumber(portFile(dir));
  if (pid === undefined) return { state: "stopped", dataDir: dir };
  if (!isOurLauncher(pid, dir) || port === undefined) return { state: "stale", dataDir: dir, pid };
  const answering = /^READY /m.test(readText(outFile(dir))) && (await canConnect(port));
  return { state: answering ? "running" : "starting", dataDir: dir, pid, port, uri: boltUri(port) };
}

/** Starts Neo4j (or finds the one already running on this data directory) and waits for Bolt. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const dataDir = path.resolve(options.dataDir);
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  fs.mkdirSync(dataDir, { recursive: true });

  const status = await localNeo4jStatus(dataDir);
  if (status.state === "running" || status.state === "starting") {
    const { pid, port } = status as Required<LocalNeo4jStatus>;
    if (options.port !== 0 && options.port !== port) {
      options.log?.(`Neo4j already runs on this data directory with port ${port}; reusing it`);
    }
    if (status.state === "starting") await waitForReady(dataDir, pid, port, timeoutMs);
    return { uri: boltUri(port), port, pid, started: false };
  }
  if (status.state === "stale") {
    options.log?.(
      `removing the pid file of a previous run that is no longer running (${status.pid})`,
    );
    fs.rmSync(pidFile(dataDir), { force: true });
  }

  await checkJava();
  const port = options.port === 0 ? await freePort() : options.port;
  if ((await canConnect(port)) || !(await canBind(port))) throw portInUse(port);
  const { classpath } = await ensureLauncher(options.cacheDir, options.log);

  options.log?.(`starting Neo4j on ${boltUri(port)} (data in ${dataDir})…`);
  const out = fs.openSync(outFile(dataDir), "w");
  const child: ChildProcess = spawn(
    "java",
    [
      ...jvmFlags(options.memory),
      ...(options.extraJvmFlags ?? []),
      ...(options.exitWithParent ? [`-Dnewsgraph.parentPid=${process.pid}`] : []),
      "-cp",
      classpath,
      LAUNCHER_CLASS,
      homeDir(dataDir),
      String(port),
      options.password,
    ],
    { detached: true, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  const pid = await new Promise<number>((resolve, reject) => {
    child.once("spawn", () => resolve(child.pid ?? 0));
    child.once("error", (error) =>
      reject(
        isMissingCommand(error)
          ? new LocalNeo4jError("JAVA_MISSING", "`java` was not found on PATH")
          : error,
      ),
    );
  });
  child.unref();
  fs.writeFileSync(pidFile(dataDir), String(pid));
  fs.writeFileSync(portFile(dataDir), String(port));
  try {
    await waitForReady(dataDir, pid, port, timeoutMs);
  } catch (error) {
    await stopLocalNeo4j(dataDir);
    fs.rmSync(pidFile(dataDir), { force: true });
    throw error;
  }
  return { uri: boltUri(port), port, pid, started: true };
}

/**
 * The JVM flags of Neo4j's own server distribution that matter here (the --add-opens let the
 * page cache use direct buffers instead of its slower fallback), plus a heap that fits beside a
 * test runner on a 2-core machine.
 */
function jvmFlags(memory: LocalNeo4jMemory = {}): string[] {
  return [
    "-Xms256m",
    `-Xmx${memory.heap ?? "2g"}`,
    `-Dnewsgraph.pagecache=${memory.pageCache ?? "512m"}`,
    "-XX:+UseG1GC",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    // C2, the optimising JIT compiler, compiles only code that has run ten times as often as by
    // default (JDK 17: 5,000 invocations, 15,000 with loops). On 2 cores a fresh Neo4j's C2
    // thread used more CPU than the thread writing during the first thousands of articles of a
    // bulk ingest; with these, 15% less Neo4j CPU over 2,300 of the bench's articles in two
    // back-to-back pairs, the other threads' CPU unchanged, and no slower reads in one read bench
    // pair (docs/ingest-format.md, "JVM settings").
    "-XX:Tier4InvocationThreshold=50000",
    "-XX:Tier4MinInvocationThreshold=6000",
    "-XX:Tier4CompileThreshold=150000",
    "-XX:Tier4BackEdgeThreshold=400000",
  ];
}

async function waitForReady(dataDir: string, pid: number, port: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const output = readText(outFile(dataDir));
    const failed = /^FAILED (.*)$/m.exec(output)?.[1];
    if (failed !== undefined || !isAlive(pid)) throw startFailure(dataDir, port, failed, output);
    if (/^READY /m.test(output) && (await canConnect(port))) return;
    await sleep(200);
  }
  throw new LocalNeo4jError(
    "START_TIMEOUT",
    `Neo4j did not answer on ${boltUri(port)} within ${Math.round(timeoutMs / 1000)} s; see ${path.join(homeDir(dataDir), "logs/debug.log")}`,
  );
}

function startFailure(dataDir: string, port: number, failed: string | undefined, output: string) {
  const reason = failed ?? lastLines(output, 15);
  if (/store_lock|FileLockException|locked by another process/i.test(reason)) {
    return new LocalNeo4jError(
      "DATA_DIR_LOCKED",
      `the data directory ${dataDir} is locked by another Neo4j process; stop it (newsgraph neo4j stop --data ${dataDir}) or choose another directory with NEO4J_LOCAL_DATA / --data`,
    );
  }
  if (/BindException|Address already in use/i.test(reason)) return portInUse(port);
  return new LocalNeo4jError(
    "START_FAILED",
    `Neo4j exited during start: ${reason}\n(full output in ${outFile(dataDir)})`,
  );
}

function portInUse(port: number): LocalNeo4jError {
  return new LocalNeo4jError(
    "PORT_IN_USE",
    `port ${port} is already in use by another process; choose a free port with NEO4J_LOCAL_PORT / --port (0 picks one), or set NEO4J_URI to use the server that listens there`,
  );
}

/**
 * Stops the Neo4j started on this data directory: SIGTERM lets it checkpoint and close the store,
 * SIGKILL only after `timeoutMs`. Resolves false when none was running (a stale pid file is removed).
 */
export async function stopLocalNeo4j(dataDir: string, timeoutMs = 60_000): Promise<boolean> {
  const dir = path.resolve(dataDir);
  const pid = readNumber(pidFile(dir));
  if (pid === undefined || !isOurLauncher(pid, dir)) {
    fs.rmSync(pidFile(dir), { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(pidFile(dir), { force: true });
  return true;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function lastLines(text: string, lines: number): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
