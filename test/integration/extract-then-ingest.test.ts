import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVIDENCE_ID } from "../../src/graph/cypher.ts";
import { newsgraph } from "../support/cli.ts";
import { useTestGraph } from "../support/graph.ts";
import { createTestApi } from "./graphql-client.ts";

/**
 * Issue 8, item 5: what `extract --out DIR` writes is what `ingest` reads, and loading it gives
 * the graph that ingesting the plain articles gives — same articles (same content hash, so the
 * same plan), entities, relationships and evidence.
 */
describe("extract --out DIR, then ingest DIR", () => {
  const graph = useTestGraph();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-extract-ingest-"));
  const out = path.join(dir, "out");
  const texts = [
    "test/fixtures/corpus/seed",
    "test/fixtures/corpus/dev/en-mattis-hosts-sajjan.txt",
  ];
  const feed = path.join(dir, "feed.jsonl");

  beforeAll(() => {
    // JSON articles: one with its own id, one whose id is derived from its URL.
    const corpus = fs.readFileSync("test/fixtures/corpus/dev/en-mattis-hosts-sajjan.txt", "utf8");
    const [title, ...rest] = corpus.split("\n");
    const body = rest.join("\n").trim();
    fs.writeFileSync(
      feed,
      [
        JSON.stringify({ id: "feed-1", title, body, publishedAt: "2017-09-19" }),
        JSON.stringify({
          title: "Netherlands sends F-16s",
          body: "The Netherlands sends 4 F-16s to Jordan to fight ISIS. NATO leads the mission.",
          url: "https://example.org/news/f16",
          language: "en",
        }),
      ].join("\n"),
    );
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The graph in a comparable form: every node and relationship with what identifies it. */
  async function snapshot() {
    const read = (text: string) => graph.executor.read({ name: "test", text });
    return {
      articles: await read(
        "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.language AS language, a.contentHash AS hash, a.extractor AS extractor ORDER BY id",
      ),
      // Aliases accumulate in the order articles arrive: compared as sets.
      entities: (
        await read(
          "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, labels(e) AS labels, e.aliases AS aliases ORDER BY id",
        )
      ).map((e) => ({ ...e, aliases: [...((e.aliases as string[] | null) ?? [])].sort() })),
      relationships: await read(
        "MATCH (s:Entity)-[r]->(t:Entity) RETURN r.id AS id, type(r) AS type, s.id AS source, t.id AS target, r.confidence AS confidence, r.evidenceCount AS evidenceCount ORDER BY id",
      ),
      evidence: await read(
        `MATCH (ev:Evidence) RETURN ${EVIDENCE_ID} AS id, ev.start AS start, ev.end AS end, ev.rule AS rule ORDER BY id`,
      ),
      mentions: await read(
        "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id AS article, e.id AS entity, m.starts AS starts ORDER BY article, entity",
      ),
    };
  }

  it("loads the same graph as ingesting the plain articles", async () => {
    await graph.reset();
    const direct = await newsgraph(["ingest", ...texts, feed]);
    expect(direct.stderr).toMatch(/5 articles: 5 created, 0 updated, 0 unchanged, 0 failed/);
    const expected = await snapshot();
    expect(expected.articles.map((a) => a.id)).toEqual([
      "anti-isis-coalitie-ottawa",
      "article:example-org-news-f16",
      "en-mattis-hosts-sajjan",
      "feed-1",
      "kamer-steunt-navo-missie-irak",
    ]);
    expect(expected.relationships.length).toBeGreaterThan(30);
    expect(expected.evidence.length).toBeGreaterThanOrEqual(expected.relationships.length);

    const extracted = await newsgraph(["extract", "--quiet", "--out", out, ...texts, feed]);
    expect(extracted.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toHaveLength(5);

    await graph.reset();
    const loaded = await newsgraph(["ingest", out]);
    expect(loaded.stderr).toMatch(/5 articles: 5 created, 0 updated, 0 unchanged, 0 failed/);
    expect(await snapshot()).toEqual(expected);

    // And the plain articles, ingested over it, change nothing: the content hashes agree.
    const again = await newsgraph(["ingest", ...texts, feed]);
    expect(again.stderr).toMatch(/5 articles: 0 created, 0 updated, 5 unchanged, 0 failed/);
  }, 300_000);

  it("reads a corpus directory's metadata.json: dates, sources and languages, and the timeline counts them", async () => {
    // The shared corpora's layout: article files and, beside them, their metadata by file name,
    // some dates known only to the month.
    const corpusDir = path.join(dir, "corpus");
    fs.mkdirSync(corpusDir);
    fs.copyFileSync(
      "test/fixtures/corpus/seed/kamer-steunt-navo-missie-irak.txt",
      path.join(corpusDir, "a.txt"),
    );
    fs.copyFileSync(
      "test/fixtures/corpus/dev/en-mattis-hosts-sajjan.txt",
      path.join(corpusDir, "b.txt"),
    );
    fs.writeFileSync(
      path.join(corpusDir, "metadata.json"),
      JSON.stringify({
        "a.txt": { source: "Rijksoverheid", publishedAt: "2018-01", language: "nl", note: "x" },
        "b.txt": { url: "https://example.org/b", publishedAt: "2018-03-14", language: "en" },
      }),
    );
    const extracted = await newsgraph([
      "extract",
      "--quiet",
      "--out",
      path.join(dir, "c"),
      corpusDir,
    ]);
    expect(extracted.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "c")).sort()).toEqual(["a.json", "b.json"]);

    await graph.reset();
    const run = await newsgraph(["ingest", corpusDir]);
    expect(run.stderr).toMatch(/2 articles: 2 created, 0 updated, 0 unchanged, 0 failed/);
    const articles = await graph.executor.read({
      name: "test",
      text: "MATCH (a:Article) RETURN a.id AS id, a.publishedAt AS publishedAt, a.url AS url, a.language AS language ORDER BY id",
    });
    expect(articles).toEqual([
      { id: "a", publishedAt: "2018-01", url: null, language: "nl" },
      { id: "b", publishedAt: "2018-03-14", url: "https://example.org/b", language: "en" },
    ]);
    const api = createTestApi(graph);
    const { timeline } = await api.data<{ timeline: { start: string; articleCount: number }[] }>(
      `{ timeline(interval: MONTH) { start articleCount } }`,
    );
    expect(timeline.filter((b) => b.articleCount > 0)).toEqual([
      { start: "2018-01-01", articleCount: 1 },
      { start: "2018-03-01", articleCount: 1 },
    ]);
  }, 300_000);

  it("writes the scoring format with --format gold", async () => {
    const gold = path.join(dir, "gold");
    const run = await newsgraph(["extract", "--format", "gold", "--out", gold, texts[0]!]);
    expect(run.code).toBe(0);
    const file = JSON.parse(
      fs.readFileSync(path.join(gold, "kamer-steunt-navo-missie-irak.json"), "utf8"),
    );
    expect(file.article).toBe("kamer-steunt-navo-missie-irak.txt");
    expect(file.entities.length).toBeGreaterThan(10);
    // The scoring format is not an annotated article: ingest refuses it.
    const refused = await newsgraph(["ingest", "--dry-run", gold]);
    expect(refused.code).toBe(1);
  }, 120_000);
});
