import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticArticle } from "../../../bench/articles.ts";
import { createWorkerPool } from "../../../src/ingest/pool.ts";
import { createInlineWork, fromWire, toWire } from "../../../src/ingest/work.ts";

const annotated = {
  article: {
    id: "pool-annotated",
    title: "Pool test",
    body: "The Netherlands provides F-16s to Ukraine.",
    language: "en",
  },
  entities: [
    { type: "Country", name: "Netherlands" },
    { type: "Asset", name: "F-16s" },
  ],
  relations: [{ type: "PROVIDES", source: "Netherlands", target: "F-16s" }],
};

const plain = {
  id: "pool-plain",
  title: "Kabinet stuurt F-16's naar Oekraïne",
  body: "Nederland levert F-16-gevechtsvliegtuigen aan Oekraïne, zei minister Brekelmans van Defensie in Den Haag. De NAVO steunt de levering.",
};

// Starting a thread through tsx and loading the knowledge base take seconds on a loaded machine.
describe("the ingest worker pool (piscina)", { timeout: 60_000 }, () => {
  // The sources are TypeScript: the pool must start its threads through tsx's loader.
  const pool = createWorkerPool({ threads: 1 });
  const inline = createInlineWork();
  afterAll(() => pool.close());

  it("runs its tasks in a worker thread, not on the calling one", async () => {
    const id = await pool.threadId();
    expect(id).not.toBe(threadId);
    expect(id).toBeGreaterThan(0);
  });

  it("validates and plans an annotated article as the calling thread would", async () => {
    const task = { kind: "annotated" as const, value: annotated };
    const [inPool, here] = await Promise.all([pool.prepare(task), inline.prepare(task)]);
    expect(inPool.ok).toBe(true);
    expect(inPool).toEqual(here);
  });

  it("extracts a plain article in the worker, with the same result", async () => {
    const task = { kind: "plain" as const, article: plain };
    const [inPool, here] = await Promise.all([pool.prepare(task), inline.prepare(task)]);
    if (!inPool.ok) throw new Error(inPool.problem.message);
    expect(inPool.plan.entities.map((e) => e.id)).toContain("country:netherlands");
    expect(inPool).toStrictEqual(here);
  });

  it("sends plans as JSON text that gives every corpus article's plan back exactly", async () => {
    const tasks = ["test/fixtures/corpus/dev", "test/fixtures/corpus/real10"].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".txt"))
        .map((name) => ({ kind: "plain" as const, path: join(dir, name), file: name })),
    );
    for (let i = 0; i < 4; i++) {
      const article = { id: `wire-${i}`, ...syntheticArticle(i, i % 2 ? "en" : "nl", 300) };
      tasks.push({ kind: "plain" as const, article } as never);
    }
    let plans = 0;
    for (const task of tasks) {
      const prepared = await inline.prepare(task);
      if (!prepared.ok) continue;
      plans++;
      // Strict: a value JSON would change (-0, undefined, NaN) fails here.
      expect(isDeepStrictEqual(fromWire(toWire(prepared)), prepared)).toBe(true);
    }
    expect(plans).toBeGreaterThan(25);
  });

  it("answers a bad article with its problems as data, naming the file", async () => {
    const bad = {
      ...annotated,
      relations: [{ type: "PROVIDES", source: "Nobody", target: "F-16s" }],
    };
    const prepared = await pool.prepare({ kind: "annotated", value: bad, file: "x.json" });
    expect(prepared).toMatchObject({
      ok: false,
      problem: {
        code: "BAD_USER_INPUT",
        message: expect.stringContaining("x.json: relations[0].source"),
      },
    });
  });

  it("applies redirects in the worker", async () => {
    const prepared = await pool.prepare({ kind: "annotated", value: annotated });
    if (!prepared.ok) throw new Error(prepared.problem.message);
    const plan = await pool.plan(
      prepared.docJson,
      new Map([["country:netherlands", "country:holland"]]),
    );
    expect(plan.entities.map((e) => e.id)).toContain("country:holland");
    expect(plan.article.contentHash).toBe(prepared.plan.article.contentHash);
  });
});
