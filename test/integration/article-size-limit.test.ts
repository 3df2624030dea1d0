import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { newsgraph as runCli } from "../support/cli.ts";
import { useTestGraph } from "../support/graph.ts";
import { appWith, article, codes, KEYS_ENV, post, WRITE_KEY } from "./server-safety-support.ts";

const LIMIT = 2000;

/** `newsgraph …` as a child process against the suite's Neo4j, with a small article limit. */
const newsgraph = (args: string[]) => runCli(args, { NEWSGRAPH_MAX_ARTICLE_BYTES: String(LIMIT) });

/** Issue 8, item 4: articles over NEWSGRAPH_MAX_ARTICLE_BYTES are refused before any work. */
describe("the article size limit", () => {
  const graph = useTestGraph();
  const repo = createArticleRepository(graph.executor);
  const app = appWith(graph.executor, { ...KEYS_ENV, NEWSGRAPH_MAX_ARTICLE_BYTES: String(LIMIT) });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-size-limit-"));
  // "é" is two bytes in UTF-8: 1,900 characters of body are 2,000 bytes, over the limit with the title.
  const bigBody = "Nederland stuurt é. ".repeat(95);

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
    fs.writeFileSync(path.join(dir, "a-small.txt"), "NAVO\n\nNederland steunt de NAVO.\n");
    fs.writeFileSync(path.join(dir, "b-big.txt"), `Groot artikel\n\n${bigBody}\n`);
    fs.writeFileSync(
      path.join(dir, "c-feed.jsonl"),
      [
        JSON.stringify({ id: "feed-small", title: "NATO", body: "The Netherlands supports NATO." }),
        JSON.stringify({ id: "feed-big", title: "A big article", body: bigBody }),
        JSON.stringify(
          article("annotated-big", bigBody, [{ type: "Country", name: "Netherlands" }], []),
        ),
      ].join("\n"),
    );
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const INGEST = `mutation($annotated: JSONObject, $article: PlainArticleInput) {
    ingestArticle(annotated: $annotated, article: $article) { status } }`;

  it("refuses a plain article over the limit through the API, naming it and the limit, writing nothing", async () => {
    const { result: reply, roundTrips } = await graph.countRoundTrips(() =>
      post<{ ingestArticle: unknown }>(
        app,
        INGEST,
        { article: { id: "api-big", title: "Groot", body: bigBody, language: "nl" } },
        { key: WRITE_KEY },
      ),
    );
    expect(codes(reply)).toEqual(["BAD_USER_INPUT"]);
    const bytes = Buffer.byteLength(`Groot\n\n${bigBody}`, "utf8");
    expect(bigBody.length + 7).toBeLessThan(LIMIT);
    expect(reply.errors?.[0]?.message).toBe(
      `article api-big: the article text is ${(bytes / 1024).toFixed(1)} KB (${bytes} bytes), over the limit of 2.0 KB (2000 bytes) (NEWSGRAPH_MAX_ARTICLE_BYTES); nothing of it was extracted or written`,
    );
    expect(roundTrips).toBe(0);
    expect((await repo.countGraph()).articles).toBe(0);
  });

  it("refuses an annotated article over the limit through the API, and accepts one under it", async () => {
    const big = article(
      "api-annotated-big",
      bigBody,
      [{ type: "Country", name: "Netherlands" }],
      [],
    );
    const reply = await post(app, INGEST, { annotated: big }, { key: WRITE_KEY });
    expect(codes(reply)).toEqual(["BAD_USER_INPUT"]);
    expect(reply.errors?.[0]?.message).toMatch(
      /^article api-annotated-big: the article text is .* over the limit of 2\.0 KB \(2000 bytes\) \(NEWSGRAPH_MAX_ARTICLE_BYTES\)/,
    );
    const small = article(
      "api-small",
      "The Netherlands.",
      [{ type: "Country", name: "Netherlands" }],
      [],
    );
    const ok = await post<{ ingestArticle: { status: string } }>(
      app,
      INGEST,
      { annotated: small },
      { key: WRITE_KEY },
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.ingestArticle.status).toBe("CREATED");
    const ids = await graph.executor.read({
      name: "test",
      text: "MATCH (a:Article) RETURN a.id AS id",
    });
    expect(ids.map((r) => r.id)).toEqual(["api-small"]);
  });

  it("ingest (CLI) refuses each article over the limit, continues with the others and says so in its summary", async () => {
    await graph.reset();
    const run = await newsgraph(["ingest", dir]);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [path.basename(String(l.file)), l.line ?? null, l.status])).toEqual([
      ["a-small.txt", null, "created"],
      ["b-big.txt", null, "failed"],
      ["c-feed.jsonl", 1, "created"],
      ["c-feed.jsonl", 2, "failed"],
      ["c-feed.jsonl", 3, "failed"],
    ]);
    expect(lines[1]?.error).toMatch(
      /b-big\.txt: the article text is [\d.]+ KB \(\d+ bytes\), over the limit of 2\.0 KB \(2000 bytes\) \(NEWSGRAPH_MAX_ARTICLE_BYTES\); nothing of it was extracted or written$/,
    );
    expect(lines[4]?.error).toMatch(/c-feed\.jsonl:3: the article text is .* over the limit/);
    expect(run.stderr).toMatch(
      /5 articles: 2 created, 0 updated, 0 unchanged, 3 failed, 3 of them over the article size limit of 2\.0 KB \(2000 bytes\)/,
    );
    const ids = await graph.executor.read({
      name: "test",
      text: "MATCH (a:Article) RETURN a.id AS id ORDER BY id",
    });
    expect(ids.map((r) => r.id)).toEqual(["a-small", "feed-small"]);
  }, 180_000);

  it("extract (CLI) refuses each article over the limit, writes no file for it, and continues", async () => {
    const out = path.join(dir, "out");
    const run = await newsgraph([
      "extract",
      "--out",
      out,
      path.join(dir, "a-small.txt"),
      path.join(dir, "b-big.txt"),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ ${path.join(dir, "b-big.txt")}: the article text is `);
    expect(run.stderr).toContain(
      "over the limit of 2.0 KB (2000 bytes) (NEWSGRAPH_MAX_ARTICLE_BYTES)",
    );
    expect(run.stdout).toMatch(
      /1 extracted, 1 failed, 1 of them over the article size limit of 2\.0 KB \(2000 bytes\)/,
    );
    expect(fs.readdirSync(out)).toEqual(["a-small.json"]);
  }, 120_000);
});
