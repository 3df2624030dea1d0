import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnotatedArticle, EntityAnnotation } from "../../src/domain/article.ts";
import { RELATION_TYPES } from "../../src/domain/vocabulary.ts";
import {
  type ArticleRepository,
  createArticleRepository,
} from "../../src/graph/article-repository.ts";
import { evidenceIdOf } from "../../src/graph/cypher.ts";
import type { Params } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { parseAnnotatedArticle } from "../../src/ingest/annotated-schema.ts";
import {
  type IngestOutcome,
  type InputItem,
  ingestAnnotated,
  ingestMany,
} from "../../src/ingest/ingest.ts";
import { planArticle } from "../../src/ingest/plan.ts";
import { createInlineWork, type IngestWork } from "../../src/ingest/work.ts";
import { useTestGraph } from "../support/graph.ts";

/**
 * Bulk ingest (many new articles per transaction) against one-by-one ingest of the same stream:
 * the graphs must be the same, every aggregate included. Only the bookkeeping timestamps
 * (createdAt, updatedAt, ingestedAt) may differ.
 */

type Ent = [EntityAnnotation["type"], string];
const COUNTRIES: Ent[] = [
  ["Country", "Netherlands"],
  ["Country", "Germany"],
  ["Country", "Belgium"],
  ["Country", "France"],
];
const ASSETS: Ent[] = [
  ["Asset", "F-16s"],
  ["Asset", "Patriot"],
  ["Asset", "Leopard"],
];
const ORGS: Ent[] = [
  ["Organisation", "NATO"],
  ["Organisation", "European Union"],
];
const DATES = ["2019-01-01", "2019-01-01", "2020-06-30", null, "2018-03-15", "2020-06-30"];

/** A deterministic article `i` (version `v`): shared entities, overlapping relationships. */
function generated(i: number, v = 1): AnnotatedArticle {
  const country = COUNTRIES[i % COUNTRIES.length]!;
  const other = COUNTRIES[(i + 1 + (i % 3)) % COUNTRIES.length]!;
  const asset = ASSETS[(i + v) % ASSETS.length]!;
  const org = ORGS[i % ORGS.length]!;
  const sentences = [
    `${country[1]} provides ${asset[1]}.`,
    `${country[1]} works with ${other[1]}.`,
    `${other[1]} is a member of ${org[1]}.`,
  ];
  const title = `Bulk article ${i}`;
  const body = sentences.join(" ");
  const text = `${title}\n\n${body}`;
  const at = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };
  const entity = ([type, name]: Ent, extra: Partial<EntityAnnotation> = {}): EntityAnnotation => {
    const start = text.indexOf(name);
    return { type, name, mentions: [{ start, end: start + name.length }], ...extra };
  };
  const publishedAt = DATES[(i + v) % DATES.length];
  return {
    article: {
      id: `bulk-${i}`,
      title,
      body,
      language: "en",
      source: i % 2 ? "Source A" : `Source ${String.fromCharCode(66 + (i % 3))}`,
      ...(publishedAt ? { publishedAt } : {}),
    },
    extractor: "test",
    entities: [
      // Aliases, facts and wikidata ids that differ between articles: the merge order shows.
      entity(country, {
        aliases: [`${country[1]} (${i % 3})`],
        properties: { note: `from ${i}` },
        ...(i % 5 === 2 ? { wikidataId: `Q${100 + i}` } : {}),
      }),
      entity(other),
      entity(asset, { properties: { category: "AIRCRAFT" } }),
      entity(org),
    ],
    relations: [
      {
        type: "PROVIDES",
        source: country[1],
        target: asset[1],
        properties: { quantity: (i * 7 + v) % 11 },
        evidence: [{ ...at(sentences[0]!), confidence: ((i % 9) + 1) / 10 }],
      },
      {
        type: "COOPERATES_WITH",
        source: country[1],
        target: other[1],
        ...(i % 4 === 0 ? {} : { evidence: [{ ...at(sentences[1]!), confidence: 0.5 }] }),
      },
      {
        type: "MEMBER_OF",
        source: other[1],
        target: org[1],
        confidence: 0.9,
        properties: { since: 1949 + (i % 3) },
      },
    ],
  };
}

const BOOKKEEPING = new Set(["createdAt", "updatedAt", "ingestedAt"]);
const strip = (props: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !BOOKKEEPING.has(k)));

describe("bulk ingest (many new articles per transaction)", () => {
  const graph = useTestGraph();
  const q = (text: string, params: Params = {}) =>
    graph.executor.read({ name: "test", text }, params);

  /** Every node and relationship with its properties, bookkeeping timestamps left out. */
  async function snapshot() {
    const nodes = await q(
      "MATCH (n) RETURN labels(n) AS labels, properties(n) AS p ORDER BY n.id, n.name",
    );
    const rels = await q(
      `MATCH (a)-[r]->(b)
       RETURN type(r) AS type, coalesce(${evidenceIdOf("a")}, a.name) AS from, coalesce(b.id, b.name) AS to,
              properties(r) AS p
       ORDER BY type, from, to, r.id`,
    );
    const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return {
      nodes: nodes
        .map((n) => ({ labels: [...(n.labels as string[])].sort(), ...strip(n.p as never) }))
        .map((n) => JSON.stringify(n))
        .sort(byText),
      rels: rels.map((r) => JSON.stringify({ ...r, p: strip(r.p as never) })).sort(byText),
    };
  }

  /** A clock that moves one second per write, so one-by-one writes are ordered in time. */
  const ticking = () => {
    let tick = 0;
    return () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);
  };

  const items = (docs: AnnotatedArticle[]): InputItem[] =>
    docs.map((value, k) => ({ kind: "annotated", file: `stream.jsonl`, line: k + 1, value }));

  async function bulk(
    repo: ReturnType<typeof createArticleRepository>,
    docs: AnnotatedArticle[],
    batchSize: number,
  ): Promise<IngestOutcome[]> {
    const out: IngestOutcome[] = [];
    for await (const outcome of ingestMany(repo, items(docs), { batchSize })) out.push(outcome);
    return out;
  }

  const first = Array.from({ length: 36 }, (_, i) => generated(i));
  // New articles, changed versions of earlier ones and unchanged ones, interleaved.
  const second = [
    generated(40),
    generated(3, 2),
    generated(5),
    generated(41),
    generated(42),
    generated(10, 2),
    generated(11),
    generated(43),
    generated(20, 3),
    generated(44),
  ];

  beforeAll(async () => {
    await migrate(graph.executor);
  });
  beforeEach(async () => {
    await graph.reset();
  });

  it("writes the graph one-by-one ingest writes, aggregates included, across batches and with changed articles", async () => {
    const oneByOne = createArticleRepository(graph.executor, { clock: ticking() });
    for (const doc of first) await ingestAnnotated(oneByOne, doc);
    const afterFirst = await snapshot();
    const statuses: string[] = [];
    for (const doc of second) statuses.push((await ingestAnnotated(oneByOne, doc)).status);
    const afterSecond = await snapshot();
    expect(statuses).toEqual([
      "created",
      "updated",
      "unchanged",
      "created",
      "created",
      "updated",
      "unchanged",
      "created",
      "updated",
      "created",
    ]);

    await graph.reset();
    const repo = createArticleRepository(graph.executor, { clock: ticking() });
    const firstRun = await bulk(repo, first, 8);
    expect(firstRun.map((o) => o.status)).toEqual(first.map(() => "created"));
    expect(firstRun.map((o) => o.line)).toEqual(first.map((_, k) => k + 1));
    expect(await snapshot()).toEqual(afterFirst);
    const secondRun = await bulk(repo, second, 4);
    expect(secondRun.map((o) => o.status)).toEqual(statuses);
    const bulkSnapshot = await snapshot();
    expect(bulkSnapshot).toEqual(afterSecond);

    // Not a vacuous comparison: the graph holds shared relationships with aggregates over many
    // articles, aliases from several articles, and the latest statement of each relationship.
    const provides = await q(
      "MATCH ()-[r:PROVIDES]->() RETURN r.articleCount AS n, r.quantity AS quantity ORDER BY n DESC",
    );
    expect(Number(provides[0]?.n)).toBeGreaterThan(3);
    expect(provides.every((r) => r.quantity !== null)).toBe(true);
    const [nl] = await q("MATCH (e:Entity {id: 'country:netherlands'}) RETURN e.aliases AS a");
    expect(((nl?.a ?? []) as string[]).length).toBeGreaterThan(2);
    // The stored degree (ingest/apply-relationship-summaries) is in both snapshots: each entity's number of
    // relationships after the changed articles dropped some and added others, not all alike.
    const degrees = await q(
      `MATCH (e:Entity) RETURN e.id AS id, e.degree AS stored,
        COUNT { (e)-[:${RELATION_TYPES.join("|")}]-() } AS counted`,
    );
    expect(new Set(degrees.map((row) => row.counted)).size).toBeGreaterThan(1);
    for (const row of degrees) expect(row.stored, String(row.id)).toBe(row.counted);
  }, 300_000);

  /** What a batch of new articles sends; planBulkWrite sends the same, without rows. */
  const BATCH_STATEMENTS = [
    "article/find-hash",
    "ingest/find-redirects",
    "ingest/create-articles",
    "ingest/merge-entities",
    "ingest/merge-relationships",
    "ingest/create-evidence",
    "ingest/apply-relationship-summaries",
  ];

  it("reads hashes and redirects once per batch and writes it with a fixed set of statements", async () => {
    const repo = createArticleRepository(graph.executor);
    const small = await graph.countRoundTrips(() => bulk(repo, first.slice(0, 3), 50));
    const large = await graph.countRoundTrips(() => bulk(repo, first.slice(3, 33), 50));
    expect(large.result.every((o) => o.status === "created")).toBe(true);
    expect(large.names).toEqual(small.names);
    // Each ingest first has its statements planned (planBulkWrite), then one batch.
    expect(large.names).toEqual([...BATCH_STATEMENTS, ...BATCH_STATEMENTS]);
    const two = await graph.countRoundTrips(() => bulk(repo, first.slice(33, 36), 2));
    expect(two.names).toEqual([...BATCH_STATEMENTS, ...BATCH_STATEMENTS, ...BATCH_STATEMENTS]);
    const again = await graph.countRoundTrips(() => bulk(repo, first.slice(3, 33), 50));
    expect(again.result.every((o) => o.status === "unchanged")).toBe(true);
    expect(again.names).toEqual([...BATCH_STATEMENTS, "article/find-hash"]);
  });

  it("plans every statement a batch sends, in one transaction that writes nothing", async () => {
    const repo = createArticleRepository(graph.executor);
    await bulk(repo, first.slice(0, 3), 50);
    const before = await snapshot();
    const planned = await graph.countRoundTrips(() => repo.planBulkWrite());
    expect(await snapshot()).toEqual(before);
    // A batch's statements, sent by the write itself: planBulkWrite must send each of them (a
    // statement added to the batch write and not planned ahead would show here).
    const written = await graph.countRoundTrips(async () => {
      await repo.findArticleHashes(["x"]);
      await repo.findRedirects(["x"]);
      await repo.createArticles(
        first.slice(3, 6).map((d) => planArticle(parseAnnotatedArticle(d))),
      );
    });
    expect(written.names).toEqual(BATCH_STATEMENTS);
    expect(planned.names).toEqual(written.names);
    expect((await repo.countGraph()).articles).toBe(6);
  });

  it("prepares the next batch while one is written, and reads its hashes only once that one is committed", async () => {
    const events: string[] = [];
    let prepared = 0;
    const inline = createInlineWork();
    const work: IngestWork = {
      ...inline,
      prepare: (task) => {
        prepared += 1;
        events.push(`prepare ${task.line}`);
        return inline.prepare(task);
      },
    };
    const real = createArticleRepository(graph.executor);
    const repo: ArticleRepository = {
      ...real,
      findArticleHashes: (ids) => {
        events.push(`hashes ${ids[0]}`);
        return real.findArticleHashes(ids);
      },
      createArticles: async (plans) => {
        const first = plans[0]!.article.id;
        // The write is held until the next batch is prepared (or 5 s pass: then it was not).
        const until = Date.now() + 5_000;
        const next = Math.min(prepared + plans.length, 12);
        while (prepared < next && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
        const written = await real.createArticles(plans);
        events.push(`written ${first}`);
        return written;
      },
    };
    const docs = first.slice(0, 12);
    const outcomes: IngestOutcome[] = [];
    // Lookahead 1: an item is prepared only when the loop asks for it.
    for await (const o of ingestMany(repo, items(docs), { work, batchSize: 4, lookahead: 1 })) {
      outcomes.push(o);
    }
    expect(outcomes.map((o) => o.status)).toEqual(docs.map(() => "created"));
    expect(outcomes.map((o) => o.line)).toEqual(docs.map((_, k) => k + 1));
    const at = (event: string) => events.indexOf(event);
    for (const [batch, next] of [
      [0, 4],
      [4, 8],
    ] as const) {
      // A batch's write begins with its hash read; the first batch's, once its statements are
      // planned (planBulkWrite, started with the ingest), so from its handing over: with
      // lookahead 1, when its last item is prepared.
      const write = batch === 0 ? at("prepare 4") : at(`hashes bulk-${batch}`);
      const written = at(`written bulk-${batch}`);
      expect(at(`hashes bulk-${batch}`)).toBeLessThan(written);
      for (let line = next + 1; line <= next + 4; line++) {
        expect(
          at(`prepare ${line}`),
          `item ${line} while batch ${batch} is written`,
        ).toBeGreaterThan(write);
        expect(at(`prepare ${line}`)).toBeLessThan(written);
      }
      expect(at(`hashes bulk-${next}`)).toBeGreaterThan(written);
    }
    expect((await real.countGraph()).articles).toBe(12);
  });

  it("retries a failing batch article by article: the bad one is named, nothing else is lost", async () => {
    const docs = first.slice(0, 6);
    // The bad article names a person no other article names, and a stray Person node without
    // the Entity label holds that person's id: merge-entities creates the entity and its Person
    // label breaks the person_id constraint inside Neo4j, after validation passed.
    docs[3] = {
      ...docs[3]!,
      entities: [...docs[3]!.entities, { type: "Person", name: "Stray Person" }],
    };
    const bad = docs[3]!;
    const taken = planArticle(parseAnnotatedArticle(bad)).entities.find(
      (e) => e.name === "Stray Person",
    )!.id;
    const stray = () =>
      graph.executor.write({ name: "test", text: "CREATE (:Person {id: $id})" }, { id: taken });
    await stray();

    const repo = createArticleRepository(graph.executor);
    const outcomes = await bulk(repo, docs, 10);
    expect(outcomes.map((o) => o.status)).toEqual([
      "created",
      "created",
      "created",
      "failed",
      "created",
      "created",
    ]);
    const failed = outcomes[3]!;
    if (failed.status !== "failed") throw new Error("expected a failure");
    expect(failed.error.message).toContain("stream.jsonl:4");
    expect(failed.error.message).toContain(`article ${bad.article.id} was not written`);
    expect(failed.line).toBe(4);

    const [row] = await q(
      `MATCH (a:Article) WITH collect(a.id) AS ids
       OPTIONAL MATCH (ev:Evidence {articleId: $bad}) RETURN ids, count(ev) AS evidence`,
      { bad: bad.article.id },
    );
    expect([...((row?.ids ?? []) as string[])].sort()).toEqual(
      docs
        .filter((d) => d !== bad)
        .map((d) => d.article.id)
        .sort(),
    );
    expect(Number(row?.evidence)).toBe(0);

    // The same graph as the five good articles ingested one by one (stray node aside).
    const written = await snapshot();
    await graph.reset();
    await stray();
    const oneByOne = createArticleRepository(graph.executor);
    for (const doc of docs) if (doc !== bad) await ingestAnnotated(oneByOne, doc);
    expect(await snapshot()).toEqual(written);
  });
});
