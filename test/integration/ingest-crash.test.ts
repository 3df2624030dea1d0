import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { evidenceIdOf } from "../../src/graph/cypher.ts";
import { createDriver } from "../../src/graph/driver.ts";
import { createExecutor, type GraphExecutor } from "../../src/graph/executor.ts";
import { stopLocalNeo4j } from "../../src/neo4j-local/index.ts";
import { useTestGraph } from "../support/graph.ts";
import { type Neo4jSettings, neo4jEnv } from "../support/neo4j-env.ts";
import { startThrowawayNeo4j } from "../support/throwaway-neo4j.ts";

/**
 * Crash safety of bulk ingest: Neo4j is killed (SIGKILL) in the middle of `newsgraph ingest`,
 * restarted, and the same command run again gives the graph a clean run gives (every node and
 * relationship with its properties and aggregates; only ingest timestamps may differ). The killed
 * Neo4j is one of its own, so the suite's shared one stays up; the clean run uses the shared one.
 */

const ARTICLES = 400;
const COUNTRIES = ["Netherlands", "Germany", "Belgium", "France", "Canada", "Norway"];
const ASSETS = ["F-16s", "Patriot", "Leopard", "Caesar"];

function line(i: number): string {
  const a = COUNTRIES[i % COUNTRIES.length]!;
  const b = COUNTRIES[(i * 5 + 1) % COUNTRIES.length]!;
  const asset = ASSETS[i % ASSETS.length]!;
  const title = `Crash article ${i}`;
  const s1 = `${a} provides ${asset}.`;
  const s2 = `${a} works with ${b}.`;
  if (i % 10 === 9) {
    // Some plain articles: extracted in the worker pool on the way.
    return JSON.stringify({
      id: `crash-${i}`,
      title,
      body: `${s1} ${s2} The Netherlands and Germany support NATO.`,
      language: "en",
      publishedAt: `2020-0${(i % 9) + 1}-01`,
    });
  }
  const text = `${title}\n\n${s1} ${s2}`;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return JSON.stringify({
    article: {
      id: `crash-${i}`,
      title,
      body: `${s1} ${s2}`,
      language: "en",
      source: `Source ${i % 3}`,
      ...(i % 7 ? { publishedAt: `2021-0${(i % 9) + 1}-15` } : {}),
    },
    extractor: "test",
    entities: [
      { type: "Country", name: a, aliases: [`${a} ${i % 2}`] },
      ...(a === b ? [] : [{ type: "Country", name: b }]),
      { type: "Asset", name: asset },
    ],
    relations: [
      {
        type: "PROVIDES",
        source: a,
        target: asset,
        properties: { quantity: i % 13 },
        evidence: [{ ...at(s1), confidence: ((i % 9) + 1) / 10 }],
      },
      ...(a === b ? [] : [{ type: "COOPERATES_WITH", source: a, target: b }]),
    ],
  });
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ingest(
  file: string,
  neo4j: Neo4jSettings,
  onLine?: (line: string) => void,
  env: Record<string, string> = {},
): Promise<Run> {
  const child = spawn("npx", ["tsx", "src/cli/main.ts", "ingest", file, "--batch-size", "20"], {
    env: neo4jEnv(neo4j, env),
  });
  let stdout = "";
  let stderr = "";
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const l of lines) onLine?.(l);
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

const BOOKKEEPING = new Set(["createdAt", "updatedAt", "ingestedAt"]);
// Keys sorted: the order Neo4j returns a node's properties in is not part of the graph.
const strip = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => !BOOKKEEPING.has(k))
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  );

async function snapshot(executor: GraphExecutor) {
  const q = (text: string) => executor.read({ name: "test", text });
  // Migration records (when the schema was applied) are not part of the ingested graph.
  const nodes = await q(
    "MATCH (n) WHERE NOT n:Migration RETURN labels(n) AS labels, properties(n) AS p",
  );
  const rels = await q(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(${evidenceIdOf("a")}, a.name) AS from, coalesce(b.id, b.name) AS to,
            properties(r) AS p`,
  );
  const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return {
    nodes: nodes
      .map((n) =>
        JSON.stringify({ labels: [...(n.labels as string[])].sort(), ...strip(n.p as never) }),
      )
      .sort(byText),
    rels: rels.map((r) => JSON.stringify({ ...r, p: strip(r.p as never) })).sort(byText),
  };
}

describe("bulk ingest survives a killed Neo4j", () => {
  const graph = useTestGraph();
  const config = loadConfig();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-crash-"));
  const dataDir = path.join(dir, "neo4j");
  const file = path.join(dir, "articles.jsonl");
  afterAll(async () => {
    await stopLocalNeo4j(dataDir).catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("kill -9 of Neo4j mid-ingest, restart: the command waits, goes on from the batch in flight, and leaves the graph of a clean run", async () => {
    fs.writeFileSync(file, `${Array.from({ length: ARTICLES }, (_, i) => line(i)).join("\n")}\n`);
    const local = (port = 0) =>
      startThrowawayNeo4j(dataDir, { port, memory: { heap: "512m", pageCache: "64m" } });
    const settings = (uri: string) => ({
      uri,
      user: "neo4j",
      password: config.neo4j.password,
      database: "neo4j",
    });

    const first = await local();
    let written = 0;
    let killed: Promise<unknown> | undefined;
    // Neo4j is killed after 60 articles are reported and started again on the same port while
    // the command waits the outage out (up to 5 minutes here).
    const resumed = await ingest(
      file,
      settings(first.uri),
      (l) => {
        if (l.includes('"status":"created"')) written += 1;
        if (!killed && written >= 60) {
          process.kill(first.pid, "SIGKILL");
          killed = new Promise((r) => setTimeout(r, 2_000)).then(() => local(first.port));
        }
      },
      { NEWSGRAPH_INGEST_OUTAGE_RETRY_MS: "300000" },
    );
    expect(killed).toBeDefined();
    const second = (await killed) as Awaited<ReturnType<typeof local>>;
    expect(second.port).toBe(first.port);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(/is unreachable; retrying/);
    expect(resumed.stderr).toMatch(/answers again after/);
    // One outcome per article, none twice: the batch in flight is reported once, after the restart.
    const reported = resumed.stdout
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { line: number }).line);
    expect(reported).toEqual(Array.from({ length: ARTICLES }, (_, i) => i + 1));
    expect(resumed.stderr).toMatch(new RegExp(`^${ARTICLES} articles: .* 0 failed$`, "m"));

    // The same command again finds every article written.
    const again = await ingest(file, settings(second.uri));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(
      new RegExp(`^${ARTICLES} articles: 0 created, 0 updated, ${ARTICLES} unchanged`, "m"),
    );
    const driver = createDriver(settings(second.uri));
    let recovered: Awaited<ReturnType<typeof snapshot>>;
    try {
      recovered = await snapshot(createExecutor(driver, { database: "neo4j" }));
    } finally {
      await driver.close();
    }
    await stopLocalNeo4j(dataDir);

    await graph.reset();
    const clean = await ingest(file, inject("neo4j"));
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toMatch(new RegExp(`^${ARTICLES} articles: ${ARTICLES} created`, "m"));
    const expected = await snapshot(graph.executor);
    expect(expected.nodes.filter((n) => n.includes('"Article"'))).toHaveLength(ARTICLES);
    expect(recovered.nodes.length).toBeGreaterThan(ARTICLES * 2);
    expect(recovered.nodes).toEqual(expected.nodes);
    expect(recovered.rels).toEqual(expected.rels);
  }, 900_000);
});
