/**
 * Read benchmark (`npm run bench`, or `npm run bench:queries` alone): four GraphQL questions
 * against archives of two sizes whose entity graph grows with them (bench/annotated-articles.ts,
 * "growing"), each measured three ways under the same closed-loop load:
 *
 *   (a) an entity's relationships(first: 50) with evidence(first: 3) of each
 *   (b) neighbourhood(depth: 2, limit: 50)
 *   (c) search(text: "NATO")
 *   (d) paths(maxHops: 4) between entities three hops apart
 *
 * - the newsgraph server as `npm start` runs it (compiled JavaScript, a child process) with its
 *   production defaults: metrics on, the response cache off (its default without a TTL), so every
 *   request reaches Neo4j; the bench's plain JSON POSTs take its direct lane
 *   (src/server/direct-lane.ts);
 * - the same Cypher without GraphQL: the statements the server sent for the query, recorded and
 *   replayed by a minimal node:http + driver server (bench/raw-server.mjs), each as the server
 *   sends it (an auto-commit read transaction with the same timeout);
 * - for (a) without evidence, @neo4j/graphql over the same stored graph
 *   (bench/neo4j-graphql-server.mjs), by throughput.
 *
 * Beside p50 and throughput, each server's own CPU time per request (all its threads, from /proc on
 * Linux): on a shared machine latency measures how CPU was shared as much as the server, and the
 * CPU a server spends per request is the steadier figure of what GraphQL costs. Neo4j's CPU per
 * request (the throwaway one's) and this client's own are printed beside it: all three share the
 * two cores, so a p50 ratio moves with each of them (the GraphQL client POSTs a JSON body and
 * parses the JSON answer, the raw one GETs and reads bytes).
 *
 * Printed, and written under "queries" in bench-results.json (merged with what else is there).
 * Figures are ratios measured in one run on one machine, never pass/fail.
 *
 * Environment: BENCH_QUERY_SIZES (default "1000,20000"), BENCH_QUERY_SECONDS per measurement
 * (default 6), BENCH_QUERY_WARMUP seconds per target before it (default 5),
 * BENCH_QUERY_CONNECTIONS (default 10), BENCH_NEO4J_URI (use that Neo4j instead of a throwaway
 * one: its graph is DELETED).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isInt } from "neo4j-driver";
import { loadConfig } from "../src/config.ts";
import { RELATION_TYPES } from "../src/domain/vocabulary.ts";
import { createArticleRepository } from "../src/graph/article-repository.ts";
import type { GraphExecutor } from "../src/graph/executor.ts";
import { type InputItem, ingestMany } from "../src/ingest/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { neo4jEnv } from "../test/support/neo4j-env.ts";
import { annotatedArticle, HUB, PATH_FROM, PATH_TO } from "./annotated-articles.ts";
import { mergeResults } from "./results.ts";
import { startBenchNeo4j } from "./throwaway-neo4j.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS_FILE = join(ROOT, "bench-results.json");
const SIZES = (process.env.BENCH_QUERY_SIZES ?? "1000,20000").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_QUERY_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_QUERY_CONNECTIONS ?? 10);
const ROUNDS = 3;
/**
 * Seconds each target serves a query before it is measured. The GraphQL server's JIT compiles
 * far more code than the raw server's: after 1 s its background compiler threads still took a
 * fifth of its CPU (perf, query c), and a measurement that starts then weighs the warm-up, not the
 * server a long-running process is.
 */
const WARMUP_SECONDS = Number(process.env.BENCH_QUERY_WARMUP ?? 5);

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const HUB_ID = `mission:${slug(HUB)}`;

const QUERIES = {
  a: `{ entity(id: "${HUB_ID}") { relationships(first: 50) { totalCount edges { node {
    type source { name } target { name } evidence(first: 3) { sentence article { title } } } } } } }`,
  b: `{ entity(id: "${HUB_ID}") { neighbourhood(depth: 2, limit: 50) {
    nodes { id name type degree } edges { id type source target } } } }`,
  c: `{ search(text: "NATO") { totalCount edges { node { id name } } } }`,
  d: `{ paths(from: "person:${slug(PATH_FROM)}", to: "location:${slug(PATH_TO)}", maxHops: 4) {
    length nodes { name } steps { relationship { type } } } }`,
  aWithoutEvidence: `{ entity(id: "${HUB_ID}") { relationships(first: 50) { edges { node {
    type source { id name } target { id name } } } } } }`,
} as const;
type QueryName = keyof typeof QUERIES;

const camel = (type: string) =>
  type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
/** Query (a) without evidence, as @neo4j/graphql's schema spells it (50 per type and direction). */
const NEO4J_GRAPHQL_QUERY = `{ entities(where: { id: { eq: "${HUB_ID}" } }) { id name
${RELATION_TYPES.map((t) => `  ${camel(t)}Out(limit: 50) { id name }\n  ${camel(t)}In(limit: 50) { id name }`).join("\n")}
} }`;

interface Target {
  name: string;
  request: (query: QueryName) => Promise<void>;
  /** The server's process, whose CPU time per request is reported (Linux: /proc). */
  pid?: number | undefined;
}

/**
 * CPU time (user + system, all threads: GC and the JIT's background compilers included) a
 * process has used, in ms; undefined where /proc is not there. Clock ticks are 1/100 s on Linux.
 */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses: utime is the 14th
    // field of the line, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Loads articles `from`..`to` with bulk ingest (ingestMany, batches of 250); returns articles/s. */
async function loadArchive(executor: GraphExecutor, from: number, to: number) {
  const repo = createArticleRepository(executor);
  const started = performance.now();
  function* items(): Generator<InputItem> {
    for (let i = from; i < to; i++) {
      yield { kind: "annotated", value: annotatedArticle(i, "growing"), file: `generated-${i}` };
    }
  }
  let n = 0;
  for await (const outcome of ingestMany(repo, items())) {
    if (outcome.status === "failed") throw outcome.error;
    n += 1;
    if (n % 5000 === 0) console.log(`  loaded ${from + n} articles`);
  }
  return (to - from) / ((performance.now() - started) / 1000);
}

/** A child process that prints its URL when it listens. */
function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  pattern: RegExp,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited ${code}:\n${output}`)));
  });
}

async function post(url: string, query: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${url}: ${JSON.stringify(body).slice(0, 400)}`);
}

/** `connections` clients each sending `query` back to back for `seconds`. */
async function closedLoop(target: Target, query: QueryName, seconds: number) {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const started = performance.now();
        await target.request(query);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

const p50 = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** CPU time used by `pid` while `work` runs, in ms (NaN where /proc is not there). */
const cpuDelta = (pid: number | undefined, before: number | undefined) => {
  const after = processCpuMs(pid);
  return before !== undefined && after !== undefined ? after - before : Number.NaN;
};

/**
 * Alternating rounds, so drift in the machine's load falls on every target alike. Beside each
 * server's CPU, Neo4j's (the throwaway one's pid) and this client's own, per request: the three
 * share the two cores with the load, so a p50 ratio moves with each of them.
 */
async function compare(targets: Target[], query: QueryName, neo4jPid?: number) {
  for (const target of targets) await closedLoop(target, query, WARMUP_SECONDS);
  const results = targets.map(() => ({
    latencies: [] as number[],
    seconds: 0,
    cpuMs: 0,
    neo4jCpuMs: 0,
    clientCpuMs: 0,
  }));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, target] of targets.entries()) {
      const started = performance.now();
      const cpuBefore = processCpuMs(target.pid);
      const neo4jBefore = processCpuMs(neo4jPid);
      const clientBefore = process.cpuUsage();
      const latencies = await closedLoop(target, query, SECONDS / ROUNDS);
      const client = process.cpuUsage(clientBefore);
      const entry = results[k];
      if (!entry) continue;
      entry.latencies.push(...latencies);
      entry.seconds += (performance.now() - started) / 1000;
      entry.cpuMs += cpuDelta(target.pid, cpuBefore);
      entry.neo4jCpuMs += cpuDelta(neo4jPid, neo4jBefore);
      entry.clientCpuMs += (client.user + client.system) / 1000;
    }
  }
  return results.map((r) => ({
    p50Ms: round(p50(r.latencies)),
    perSecond: round(r.latencies.length / r.seconds, 1),
    // The server's CPU per request: what the machine's load does not change as much as latency.
    cpuMsPerRequest: round(r.cpuMs / r.latencies.length),
    neo4jCpuMsPerRequest: round(r.neo4jCpuMs / r.latencies.length),
    clientCpuMsPerRequest: round(r.clientCpuMs / r.latencies.length),
  }));
}

/** The statements the GraphQL server sends for each query, recorded in process. */
async function recordStatements(executor: GraphExecutor, file: string) {
  const recorded: { text: string; params: unknown }[] = [];
  const recorder = executor.with({
    observer: ({ text, params }) => recorded.push({ text, params }),
  });
  const app = createApp({
    executor: recorder,
    config: loadConfig({ ...process.env, LOG_LEVEL: "silent" }),
    graphiql: false,
  });
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    recorded.length = 0;
    const response = await app.fetch("http://bench/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERIES[name] }),
    });
    await response.json();
    out[name] = [...recorded];
  }
  const json = JSON.stringify(out, (_, value: unknown) =>
    isInt(value) ? { $int: (value as { toNumber(): number }).toNumber() } : value,
  );
  writeFileSync(file, json);
  return Object.fromEntries(
    Object.entries(out).map(([name, list]) => [name, (list as unknown[]).length]),
  );
}

export async function queryBench(): Promise<void> {
  // BENCH_NEO4J_URI: that Neo4j, its graph deleted; otherwise a throwaway one.
  const neo4j = await startBenchNeo4j("queries", { uri: process.env.BENCH_NEO4J_URI || undefined });
  const { dir, executor } = neo4j;
  // The server as users run it: its production defaults (no setting of ours but where Neo4j is).
  const env = neo4jEnv(neo4j.settings);
  const children: ChildProcess[] = [];
  const figures: Record<string, unknown> = {};
  try {
    console.log(
      `read queries (sizes ${SIZES.join(", ")}; ${CONNECTIONS} connections, ${SECONDS} s per measurement)`,
    );
    const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");

    const graphql = await startChild(
      ["dist/cli/main.js", "serve", "--port", "0"],
      env,
      /API on (http:\/\/\S+\/graphql)/,
    );
    children.push(graphql.child);
    const graphqlUrl = graphql.url.replace("localhost", "127.0.0.1");
    const library = await startChild(
      ["bench/neo4j-graphql-server.mjs"],
      { ...env, RELATION_TYPES: JSON.stringify(RELATION_TYPES) },
      /server on (http:\/\/\S+\/graphql)/,
    );
    children.push(library.child);

    let loaded = 0;
    for (const size of SIZES) {
      const rate = await loadArchive(executor, loaded, size);
      loaded = size;
      const statementsFile = join(dir, `statements-${size}.json`);
      const statements = await recordStatements(executor, statementsFile);
      const raw = await startChild(
        ["bench/raw-server.mjs"],
        { ...env, RAW_STATEMENTS: statementsFile },
        /raw server on (http:\/\/\S+)/,
      );
      children.push(raw.child);

      const newsgraph: Target = {
        name: "graphql",
        pid: graphql.child.pid,
        request: (query) => post(graphqlUrl, QUERIES[query]),
      };
      const cypherOnly: Target = {
        name: "raw",
        pid: raw.child.pid,
        request: async (query) => {
          const response = await fetch(`${raw.url}/${query}`);
          if (!response.ok) throw new Error(`raw ${query}: ${await response.text()}`);
          await response.arrayBuffer();
        },
      };
      const neo4jGraphql: Target = {
        name: "@neo4j/graphql",
        pid: library.child.pid,
        request: () => post(library.url, NEO4J_GRAPHQL_QUERY),
      };

      console.log(`  ${size} articles (loaded at ${rate.toFixed(1)} articles/s)`);
      const perQuery: Record<string, unknown> = {};
      for (const query of ["a", "b", "c", "d"] as const) {
        const [g, r] = await compare([newsgraph, cypherOnly], query, neo4j.pid);
        if (!g || !r) continue;
        perQuery[query] = {
          statements: statements[query],
          graphqlP50Ms: g.p50Ms,
          rawP50Ms: r.p50Ms,
          graphqlOverRaw: round(g.p50Ms / r.p50Ms),
          graphqlPerSecond: g.perSecond,
          rawPerSecond: r.perSecond,
          graphqlCpuMsPerRequest: g.cpuMsPerRequest,
          rawCpuMsPerRequest: r.cpuMsPerRequest,
          neo4jCpuMsPerRequestGraphql: g.neo4jCpuMsPerRequest,
          neo4jCpuMsPerRequestRaw: r.neo4jCpuMsPerRequest,
          clientCpuMsPerRequestGraphql: g.clientCpuMsPerRequest,
          clientCpuMsPerRequestRaw: r.clientCpuMsPerRequest,
        };
        console.log(
          `    (${query}) p50 graphql ${g.p50Ms} ms, same Cypher raw ${r.p50Ms} ms: ×${round(g.p50Ms / r.p50Ms)}  (${statements[query]} statements; ${g.perSecond}/s vs ${r.perSecond}/s; server CPU ${g.cpuMsPerRequest} vs ${r.cpuMsPerRequest}, Neo4j ${g.neo4jCpuMsPerRequest} vs ${r.neo4jCpuMsPerRequest}, client ${g.clientCpuMsPerRequest} vs ${r.clientCpuMsPerRequest} ms/request)`,
        );
      }
      const [ours, theirs] = await compare(
        [newsgraph, neo4jGraphql],
        "aWithoutEvidence",
        neo4j.pid,
      );
      if (ours && theirs) {
        perQuery.aWithoutEvidenceVsNeo4jGraphql = {
          newsgraphPerSecond: ours.perSecond,
          neo4jGraphqlPerSecond: theirs.perSecond,
          throughputRatio: round(ours.perSecond / theirs.perSecond),
          newsgraphP50Ms: ours.p50Ms,
          neo4jGraphqlP50Ms: theirs.p50Ms,
          newsgraphCpuMsPerRequest: ours.cpuMsPerRequest,
          neo4jGraphqlCpuMsPerRequest: theirs.cpuMsPerRequest,
          neo4jCpuMsPerRequestNewsgraph: ours.neo4jCpuMsPerRequest,
          neo4jCpuMsPerRequestNeo4jGraphql: theirs.neo4jCpuMsPerRequest,
        };
        console.log(
          `    (a without evidence) newsgraph ${ours.perSecond}/s (p50 ${ours.p50Ms} ms, CPU ${ours.cpuMsPerRequest} ms/request, Neo4j ${ours.neo4jCpuMsPerRequest}), @neo4j/graphql ${theirs.perSecond}/s (p50 ${theirs.p50Ms} ms, CPU ${theirs.cpuMsPerRequest} ms/request, Neo4j ${theirs.neo4jCpuMsPerRequest}): ×${round(ours.perSecond / theirs.perSecond)} throughput`,
        );
      }
      figures[String(size)] = { loadArticlesPerSecond: round(rate, 1), ...perQuery };
      raw.child.kill();
    }

    const [small, large] = SIZES.map(
      (s) => figures[String(s)] as Record<string, { graphqlP50Ms?: number }>,
    );
    if (small && large && SIZES.length >= 2) {
      const growth: Record<string, number> = {};
      for (const query of ["a", "b", "c", "d"]) {
        const before = small[query]?.graphqlP50Ms;
        const after = large[query]?.graphqlP50Ms;
        if (before && after) growth[query] = round(after / before);
      }
      figures.p50GrowthLargestOverSmallest = growth;
      console.log(
        `    p50 at ${SIZES.at(-1)} / p50 at ${SIZES[0]}: ${Object.entries(growth)
          .map(([q, g]) => `(${q}) ×${g}`)
          .join(", ")}`,
      );
    }
    // Merged: other parts of the bench write their own keys.
    mergeResults(RESULTS_FILE, "queries", {
      measuredAt: new Date().toISOString(),
      sizes: SIZES,
      connections: CONNECTIONS,
      secondsPerMeasurement: SECONDS,
      warmupSecondsPerTarget: WARMUP_SECONDS,
      ...figures,
    });
    console.log(`  figures written to ${RESULTS_FILE} ("queries")`);
  } finally {
    for (const child of children) child.kill();
    await neo4j.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await queryBench();
}
