import fs from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import type { Params } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { parseAnnotatedArticle } from "../../src/ingest/annotated-schema.ts";
import { IngestError, ingestAnnotated } from "../../src/ingest/ingest.ts";
import { planArticle } from "../../src/ingest/plan.ts";
import { useTestGraph } from "../support/graph.ts";

const FIXTURE = "test/fixtures/annotated/kamer-steunt-navo-missie-irak.json";
const loadFixture = () => JSON.parse(fs.readFileSync(FIXTURE, "utf8")) as AnnotatedArticle;

/** A small annotated article; `mentioned` are [type, name] pairs, each located in the body. */
function article(
  id: string,
  body: string,
  entities: [AnnotatedArticle["entities"][number]["type"], string][],
  relations: AnnotatedArticle["relations"],
  extra: Partial<AnnotatedArticle["article"]> = {},
): AnnotatedArticle {
  const title = `Article ${id}`;
  const text = `${title}\n\n${body}`;
  return {
    article: { id, title, body, source: "Test Source", language: "en", ...extra },
    extractor: "test",
    entities: entities.map(([type, name]) => {
      const start = text.indexOf(name);
      return {
        type,
        name,
        ...(start >= 0 ? { mentions: [{ start, end: start + name.length }] } : {}),
      };
    }),
    relations,
  };
}

/** Offsets of `sentence` in the text of an article built by `article()`. */
function evidenceOf(doc: AnnotatedArticle, sentence: string, confidence = 0.9) {
  const text = `${doc.article.title}\n\n${doc.article.body}`;
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`"${sentence}" not in ${doc.article.id}`);
  return { start, end: start + sentence.length, confidence };
}

describe("writing annotated articles to the graph", () => {
  const graph = useTestGraph();
  const repo = createArticleRepository(graph.executor);
  const q = (text: string, params: Params = {}) =>
    graph.executor.read({ name: "test", text }, params);

  beforeAll(async () => {
    await migrate(graph.executor);
  });
  beforeEach(async () => {
    await graph.reset();
  });

  it("writes the article, its source, entities, mentions, relationships and evidence with provenance", async () => {
    const doc = loadFixture();
    const result = await ingestAnnotated(repo, doc, { file: FIXTURE });
    const plan = planArticle(parseAnnotatedArticle(doc));
    expect(result).toEqual({
      articleId: "kamer-steunt-navo-missie-irak",
      status: "created",
      entities: plan.counts.entities,
      relations: plan.counts.relations,
      mentions: plan.counts.mentions,
    });
    expect(await repo.countGraph()).toEqual({
      articles: 1,
      sources: 1,
      entities: plan.counts.entities,
      evidence: plan.counts.evidence,
      mentions: plan.counts.entities,
      relationships: plan.counts.relations,
    });

    const [a] = await q(
      "MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(s:Source) RETURN a.title AS title, a.language AS language, a.contentHash AS hash, s.id AS source",
      { id: result.articleId },
    );
    expect(a).toEqual({
      title: "Meerderheid Kamer steunt deelname nieuwe NAVO-missie Irak",
      language: "nl",
      hash: plan.article.contentHash,
      source: "source:defensie",
    });

    const [hq] = await q(
      `MATCH (m:Entity:Mission {id: 'mission:nato-mission-iraq'})-[r:HEADQUARTERED_IN]->(b:Entity:Location {id: 'location:baghdad'})
       MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(a:Article)
       RETURN r.id AS id, r.confidence AS confidence, r.evidenceCount AS evidenceCount, r.articleCount AS articleCount,
              a.id AS article, ev.sentence AS sentence, ev.start AS start, ev.end AS end, ev.extractor AS extractor,
              ev.confidence AS evConfidence`,
    );
    const text = `${doc.article.title}\n\n${doc.article.body}`;
    expect(hq).toMatchObject({
      id: "HEADQUARTERED_IN:mission:nato-mission-iraq->location:baghdad",
      confidence: 1,
      evidenceCount: 1,
      articleCount: 1,
      article: "kamer-steunt-navo-missie-irak",
      sentence: "De NAVO-missie in Irak heeft een eigen hoofdkwartier in Bagdad.",
      extractor: "gold",
      evConfidence: 1,
    });
    expect(text.slice(Number(hq!.start), Number(hq!.end))).toBe(hq!.sentence);

    const [nato] = await q(
      "MATCH (:Article)-[m:MENTIONS]->(e:Entity {id: 'organisation:nato'}) RETURN labels(e) AS labels, e.aliases AS aliases, m.surfaces AS surfaces, m.count AS count",
    );
    expect(nato?.labels).toEqual(expect.arrayContaining(["Entity", "Organisation"]));
    expect(nato?.aliases).toContain("NAVO");
    expect(nato).toMatchObject({ surfaces: ["NAVO"], count: 1 });

    // Every entity-to-entity relationship can be traced to this article.
    const [untraced] = await q(
      "MATCH (:Entity)-[r]->(:Entity) WHERE NOT EXISTS { MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(:Article) } RETURN count(r) AS n",
    );
    expect(untraced?.n).toBe(0);
  });

  it("sends the same fixed number of statements whatever the article's size", async () => {
    const small = article(
      "small",
      "Alice met Bob.",
      [
        ["Person", "Alice"],
        ["Person", "Bob"],
      ],
      [{ type: "COOPERATES_WITH", source: "Alice", target: "Bob" }],
    );
    const smallRun = await graph.countRoundTrips(() => ingestAnnotated(repo, small));
    const bigRun = await graph.countRoundTrips(() => ingestAnnotated(repo, loadFixture()));
    expect(smallRun.names).toEqual(bigRun.names);
    expect(bigRun.roundTrips).toBeLessThanOrEqual(10);
  });

  it("writes nothing when an unchanged article is ingested again", async () => {
    const doc = loadFixture();
    await ingestAnnotated(repo, doc);
    const stamps = `MATCH (a:Article) OPTIONAL MATCH (e:Entity) WITH a, e ORDER BY e.id
                    RETURN a.ingestedAt AS ingestedAt, collect(e.updatedAt) AS updated`;
    const before = { counts: await repo.countGraph(), stamps: await q(stamps) };

    const again = await graph.countRoundTrips(() => ingestAnnotated(repo, loadFixture()));
    expect(again.result.status).toBe("unchanged");
    expect(again.names).toEqual(["article/find-hash"]);
    expect(await repo.countGraph()).toEqual(before.counts);
    expect(await q(stamps)).toEqual(before.stamps);
  });

  it("replaces a changed article's mentions and evidence and removes what only it supported", async () => {
    const v1 = article(
      "changing",
      "Canada leads the mission. Zorro supports the mission.",
      [
        ["Country", "Canada"],
        ["Mission", "mission"],
        ["Person", "Zorro"],
      ],
      [],
    );
    v1.relations = [
      {
        type: "LEADS",
        source: "Canada",
        target: "mission",
        evidence: [evidenceOf(v1, "Canada leads the mission.", 0.7)],
      },
      {
        type: "SUPPORTS",
        source: "Zorro",
        target: "mission",
        evidence: [evidenceOf(v1, "Zorro supports the mission.")],
      },
    ];
    expect((await ingestAnnotated(repo, v1)).status).toBe("created");

    const v2 = article(
      "changing",
      "The mission, first announced last year, is led by Canada.",
      [
        ["Country", "Canada"],
        ["Mission", "mission"],
      ],
      [],
    );
    v2.relations = [
      {
        type: "LEADS",
        source: "Canada",
        target: "mission",
        evidence: [
          evidenceOf(v2, "The mission, first announced last year, is led by Canada.", 0.8),
        ],
      },
    ];
    expect((await ingestAnnotated(repo, v2)).status).toBe("updated");

    const evidence = await q(
      "MATCH (ev:Evidence) RETURN ev.relType AS type, ev.sentence AS sentence, ev.confidence AS confidence",
    );
    expect(evidence).toEqual([
      {
        type: "LEADS",
        sentence: "The mission, first announced last year, is led by Canada.",
        confidence: 0.8,
      },
    ]);
    const rels = await q(
      "MATCH (s:Entity)-[r]->(t:Entity) RETURN type(r) AS type, r.confidence AS confidence, r.evidenceCount AS n",
    );
    expect(rels).toEqual([{ type: "LEADS", confidence: 0.8, n: 1 }]);
    const entities = await q("MATCH (e:Entity) RETURN e.id AS id ORDER BY id");
    expect(entities.map((e) => e.id)).toEqual(["country:canada", "mission:mission"]);
    const [mention] = await q(
      "MATCH (:Article {id: 'changing'})-[m:MENTIONS]->(:Entity {id: 'country:canada'}) RETURN m.starts AS starts",
    );
    const v2Text = `${v2.article.title}\n\n${v2.article.body}`;
    expect(mention?.starts).toEqual([v2Text.indexOf("Canada")]);
  });

  it("deletes an article, keeping shared relationships with the evidence left and removing orphans", async () => {
    const one = article(
      "one",
      "Canada is a member of NATO. Alice represents Canada.",
      [
        ["Country", "Canada"],
        ["Organisation", "NATO"],
        ["Person", "Alice"],
      ],
      [],
    );
    one.relations = [
      {
        type: "MEMBER_OF",
        source: "Canada",
        target: "NATO",
        evidence: [evidenceOf(one, "Canada is a member of NATO.", 0.9)],
      },
      {
        type: "REPRESENTS",
        source: "Alice",
        target: "Canada",
        evidence: [evidenceOf(one, "Alice represents Canada.")],
      },
    ];
    const two = article(
      "two",
      "NATO counts Canada among its members.",
      [
        ["Country", "Canada"],
        ["Organisation", "NATO"],
      ],
      [],
    );
    two.relations = [
      {
        type: "MEMBER_OF",
        source: "Canada",
        target: "NATO",
        evidence: [evidenceOf(two, "NATO counts Canada among its members.", 0.6)],
      },
    ];
    await ingestAnnotated(repo, one);
    await ingestAnnotated(repo, two);
    const memberOf =
      "MATCH (:Entity {id: 'country:canada'})-[r:MEMBER_OF]->(:Entity {id: 'organisation:nato'}) RETURN r.evidenceCount AS evidence, r.articleCount AS articles, r.confidence AS confidence";
    expect(await q(memberOf)).toEqual([{ evidence: 2, articles: 2, confidence: 0.9 }]);

    const result = await repo.deleteArticle("one");
    expect(result).toEqual({ deleted: true, relationshipsDeleted: 1, entitiesDeleted: 1 });

    expect(await q(memberOf)).toEqual([{ evidence: 1, articles: 1, confidence: 0.6 }]);
    expect(await q("MATCH (e:Entity {id: 'person:alice'}) RETURN e")).toEqual([]);
    expect(await q("MATCH (:Entity)-[r:REPRESENTS]->() RETURN r")).toEqual([]);
    expect(await q("MATCH (ev:Evidence) RETURN ev.articleId AS a")).toEqual([{ a: "two" }]);
    expect(await q("MATCH (a:Article) RETURN a.id AS id")).toEqual([{ id: "two" }]);
    expect(await q("MATCH (s:Source) RETURN s.id AS id")).toEqual([{ id: "source:test-source" }]);

    expect(await repo.deleteArticle("one")).toEqual({
      deleted: false,
      relationshipsDeleted: 0,
      entitiesDeleted: 0,
    });
    await repo.deleteArticle("two");
    expect(await repo.countGraph()).toEqual({
      articles: 0,
      sources: 0,
      entities: 0,
      evidence: 0,
      mentions: 0,
      relationships: 0,
    });
  });

  it("aggregates a relationship over articles: max confidence, dates, latest properties", async () => {
    const make = (id: string, quantity: number, publishedAt: string, confidence: number) => {
      const doc = article(
        id,
        "The Netherlands provides F-16s.",
        [
          ["Country", "Netherlands"],
          ["Asset", "F-16s"],
        ],
        [],
        { publishedAt },
      );
      doc.relations = [
        {
          type: "PROVIDES",
          source: "Netherlands",
          target: "F-16s",
          properties: { quantity },
          evidence: [evidenceOf(doc, "The Netherlands provides F-16s.", confidence)],
        },
      ];
      return doc;
    };
    // Ingested out of date order: "most recent" is by publication date, not by ingest order.
    await ingestAnnotated(repo, make("later", 4, "2019-03-01", 0.5));
    await ingestAnnotated(repo, make("earlier", 2, "2018-01-15", 0.8));
    const provides = "MATCH ()-[r:PROVIDES]->() RETURN properties(r) AS p";
    expect((await q(provides))[0]?.p).toEqual({
      id: "PROVIDES:country:netherlands->asset:f-16s",
      quantity: 4,
      confidence: 0.8,
      evidenceCount: 2,
      articleCount: 2,
      firstSeen: "2018-01-15",
      lastSeen: "2019-03-01",
    });
    await repo.deleteArticle("later");
    expect((await q(provides))[0]?.p).toMatchObject({
      quantity: 2,
      confidence: 0.8,
      evidenceCount: 1,
      articleCount: 1,
      firstSeen: "2018-01-15",
      lastSeen: "2018-01-15",
    });
  });

  it("stores a symmetric relationship once, whichever way articles state it", async () => {
    const ab = article(
      "ab",
      "Alpha works with Beta.",
      [
        ["Country", "Alpha"],
        ["Country", "Beta"],
      ],
      [{ type: "COOPERATES_WITH", source: "Alpha", target: "Beta" }],
    );
    const ba = article(
      "ba",
      "Beta works with Alpha.",
      [
        ["Country", "Alpha"],
        ["Country", "Beta"],
      ],
      [{ type: "COOPERATES_WITH", source: "Beta", target: "Alpha" }],
    );
    await ingestAnnotated(repo, ab);
    await ingestAnnotated(repo, ba);
    const rels = await q(
      "MATCH (s)-[r:COOPERATES_WITH]->(t) RETURN s.id AS s, t.id AS t, r.articleCount AS n",
    );
    expect(rels).toEqual([{ s: "country:alpha", t: "country:beta", n: 2 }]);
    const [ev] = await q(
      "MATCH (ev:Evidence {articleId: 'ab'}) RETURN ev.sentence AS sentence, ev.start AS start",
    );
    expect(ev).toEqual({ sentence: null, start: null });
  });

  it("rejects bad input naming the file, and writes nothing", async () => {
    const doc = loadFixture();
    doc.relations[3]!.target = "Foo";
    const error = await ingestAnnotated(repo, doc, { file: "bad.json" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).file).toBe("bad.json");
    expect((error as Error).message).toBe(
      'bad.json: relations[3].target: "Foo" is not the name or alias of an entity in this article',
    );
    expect((await repo.countGraph()).articles).toBe(0);
    expect((await repo.countGraph()).entities).toBe(0);
  });

  it("leaves nothing of an article when its transaction fails part-way", async () => {
    const doc = loadFixture();
    const plan = planArticle(parseAnnotatedArticle(doc));
    // Two evidence rows with one id: the Evidence uniqueness constraint fails the fifth statement,
    // after the article, entities, mentions and relationships were written in the transaction.
    const broken = { ...plan, evidence: [...plan.evidence, { ...plan.evidence[0]! }] };
    const names: string[] = [];
    const stop = graph.executor.observe(({ name }) => names.push(name));
    try {
      await expect(repo.writeArticle(broken)).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      stop();
    }
    expect(names).toEqual([
      "article/detach-content",
      "article/upsert",
      "ingest/merge-entities",
      "ingest/merge-relationships",
    ]);
    expect(await repo.countGraph()).toEqual({
      articles: 0,
      sources: 0,
      entities: 0,
      evidence: 0,
      mentions: 0,
      relationships: 0,
    });
  });

  it("keeps the previous version whole when writing a new version fails", async () => {
    await ingestAnnotated(repo, loadFixture());
    const before = await repo.countGraph();
    const hash = await repo.findArticleHash("kamer-steunt-navo-missie-irak");

    const changed = loadFixture();
    changed.article.body = `${changed.article.body}\nA sentence added at the end.`;
    const plan = planArticle(parseAnnotatedArticle(changed));
    const broken = { ...plan, evidence: [...plan.evidence, { ...plan.evidence[0]! }] };
    await expect(repo.writeArticle(broken)).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await repo.countGraph()).toEqual(before);
    expect(await repo.findArticleHash("kamer-steunt-navo-missie-irak")).toBe(hash);
  });
});
