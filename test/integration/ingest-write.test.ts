import fs from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import type { EvidenceRow, WritePlan } from "../../src/graph/article-write.ts";
import { EVIDENCE_ID } from "../../src/graph/cypher.ts";
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

/** The plan with one more evidence row, whose `properties` Neo4j refuses to store (a map). */
function brokenEvidence(plan: WritePlan): WritePlan {
  const first = plan.evidence[0]!;
  const bad = { ...first, id: `${first.relId}@${first.articleId}#99`, properties: {} };
  return { ...plan, evidence: [...plan.evidence, bad as unknown as EvidenceRow] };
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

    // Evidence stores only what its relId, relationship and article do not say
    // (docs/graph-model.md): its type and ends are the relationship's, its ingest time its
    // article's, and of its id `<relId>@<articleId>#<n>` only n, when not 0 (every relation of
    // this fixture has one evidence: none stores it). This fixture states no rule and no date: an
    // undated article's evidence has publishedAt '' (so the (relId, publishedAt) index holds it).
    const keys = await q(
      "MATCH (ev:Evidence) UNWIND keys(ev) AS key RETURN DISTINCT key ORDER BY key",
    );
    expect(keys.map((k) => k.key)).toEqual([
      "articleId",
      "confidence",
      "end",
      "extractor",
      "properties",
      "publishedAt",
      "relId",
      "sentence",
      "start",
    ]);
    const [dates] = await q("MATCH (ev:Evidence) RETURN collect(DISTINCT ev.publishedAt) AS dates");
    expect(dates?.dates).toEqual([""]);

    // Every entity-to-entity relationship can be traced to this article.
    const [untraced] = await q(
      "MATCH (:Entity)-[r]->(:Entity) WHERE NOT EXISTS { MATCH (ev:Evidence {relId: r.id})-[:IN_ARTICLE]->(:Article) } RETURN count(r) AS n",
    );
    expect(untraced?.n).toBe(0);
  });

  it("stores every evidence row as planned, its sentence whole, whether sent or cut from the text (astral characters, other extractors, no offsets)", async () => {
    // One article whose sentences are cut from its text in create-evidence (many rows, few
    // sentences), one with an emoji before its sentences (UTF-16 offsets: sent whole), one whose
    // relation has no offsets and one evidence item of another extractor.
    const sentences = [
      "Belgium provides F-16s to NATO.",
      "België levert ook Patriot-systemen aan de NAVO.",
      "Belgium provides Leopard tanks, says NATO.",
    ];
    const docs: AnnotatedArticle[] = [];
    for (const [id, lead] of [
      ["cut", ""],
      ["astral", "🚀 Launch news 🛰️. "],
    ] as const) {
      const doc = article(
        id,
        `${lead}${sentences.join(" ")}`,
        [
          ["Country", "Belgium"],
          ["Organisation", "NATO"],
          ["Asset", "F-16s"],
        ],
        [],
      );
      doc.relations = [
        {
          type: "SUPPORTS",
          source: "Belgium",
          target: "NATO",
          evidence: sentences.map((sentence) => evidenceOf(doc, sentence)),
        },
        {
          type: "PROVIDES",
          source: "Belgium",
          target: "F-16s",
          evidence: [
            evidenceOf(doc, sentences[0]!),
            { ...evidenceOf(doc, sentences[2]!), extractor: "other-extractor@2" },
          ],
        },
        { type: "MEMBER_OF", source: "Belgium", target: "NATO", confidence: 0.6 },
      ];
      docs.push(doc);
    }
    const stored = async () =>
      (
        await q(
          `MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article) RETURN properties(ev) AS p ORDER BY ${EVIDENCE_ID}`,
        )
      ).map(({ p }) => {
        // Stored: n of the id `<relId>@<articleId>#<n>` when not 0, '' for no date.
        const { n, publishedAt, ...rest } = p as Record<string, unknown>;
        expect(n === undefined || (typeof n === "number" && n > 0)).toBe(true);
        return {
          ...rest,
          id: `${String(rest.relId)}@${String(rest.articleId)}#${String(n ?? 0)}`,
          ...(publishedAt === "" ? {} : { publishedAt }),
        };
      });
    const planned = docs
      .flatMap((doc) => planArticle(parseAnnotatedArticle(doc)).evidence)
      .map(({ relType: _t, sourceId: _s, targetId: _e, ...ev }) =>
        Object.fromEntries(Object.entries(ev).filter(([, v]) => v !== null)),
      )
      .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    expect(planned.some((ev) => !("sentence" in ev))).toBe(true);
    expect(planned.some((ev) => ev.extractor === "other-extractor@2")).toBe(true);
    expect(planned.filter((ev) => String(ev.sentence).startsWith("België"))).toHaveLength(2);

    for (const doc of docs) await ingestAnnotated(repo, doc);
    expect(await stored()).toEqual(planned);

    await graph.reset();
    const bulk = createArticleRepository(graph.executor);
    await bulk.createArticles(docs.map((doc) => planArticle(parseAnnotatedArticle(doc))));
    expect(await stored()).toEqual(planned);
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
      "MATCH (ev:Evidence) MATCH ()-[r]->() WHERE r.id = ev.relId RETURN type(r) AS type, ev.sentence AS sentence, ev.confidence AS confidence",
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
      targetId: "asset:f-16s",
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

  /** One article stating "Netherlands PROVIDES F-16s" with a quantity, at a date (or undated). */
  const provides = (id: string, quantity: number, publishedAt: string | null, confidence = 0.6) => {
    const doc = article(
      id,
      "The Netherlands provides F-16s.",
      [
        ["Country", "Netherlands"],
        ["Asset", "F-16s"],
      ],
      [],
      publishedAt ? { publishedAt } : {},
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

  /**
   * Every relationship's properties as a full recomputation from its evidence gives them, worked
   * out here independently of the repository: aggregates, and the statement of the most recent
   * evidence (latest publishedAt, undated last, then latest ingestedAt, then highest id).
   */
  async function recomputedFromEvidence(): Promise<Record<string, Record<string, unknown>>> {
    const rows = await q(
      `MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article) RETURN ev.relId AS relId, ${EVIDENCE_ID} AS id, ev.articleId AS articleId, ev.confidence AS confidence, CASE WHEN ev.publishedAt <> '' THEN ev.publishedAt END AS publishedAt, a.ingestedAt AS ingestedAt, ev.properties AS properties`,
    );
    const byRel = new Map<string, typeof rows>();
    for (const row of rows)
      byRel.set(String(row.relId), [...(byRel.get(String(row.relId)) ?? []), row]);
    const key = (r: (typeof rows)[number]) =>
      [String(r.publishedAt ?? ""), String(r.ingestedAt), String(r.id)] as const;
    const later = (a: readonly string[], b: readonly string[]) => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
      return false;
    };
    const result: Record<string, Record<string, unknown>> = {};
    for (const [relId, evidence] of byRel) {
      const latest = evidence.reduce((best, ev) => (later(key(ev), key(best)) ? ev : best));
      const dates = evidence
        .map((ev) => ev.publishedAt)
        .filter((d): d is string => typeof d === "string")
        .sort();
      result[relId] = {
        ...(JSON.parse(String(latest.properties)) as object),
        id: relId,
        // The target's id, which the incoming pages seek by (docs/graph-model.md).
        targetId: relId.slice(relId.indexOf("->") + 2),
        confidence: Math.max(...evidence.map((ev) => Number(ev.confidence))),
        evidenceCount: evidence.length,
        articleCount: new Set(evidence.map((ev) => ev.articleId)).size,
        ...(dates.length > 0 ? { firstSeen: dates[0], lastSeen: dates[dates.length - 1] } : {}),
      };
    }
    return result;
  }

  async function storedRelationships(): Promise<Record<string, Record<string, unknown>>> {
    const rows = await q("MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p");
    return Object.fromEntries(
      rows.map((row) => [String(row.id), row.p as Record<string, unknown>]),
    );
  }

  it("keeps the most recent evidence's statement when older or undated evidence arrives after it", async () => {
    // A fixed clock: every write has the same ingestedAt, so on equal dates the evidence id decides.
    let tick = 0;
    const fixed = createArticleRepository(graph.executor, {
      clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick)),
    });
    await ingestAnnotated(fixed, provides("newest", 6, "2020-05-01", 0.5));
    await ingestAnnotated(fixed, provides("oldest", 1, "2017-02-03", 0.9));
    await ingestAnnotated(fixed, provides("undated", 9, null, 0.4));
    await ingestAnnotated(fixed, provides("middle", 3, "2019-07-07", 0.3));
    // Same date as "newest", written at the same instant: "newest" has the higher evidence id.
    await ingestAnnotated(fixed, provides("equal-date", 7, "2020-05-01", 0.2));
    const relId = "PROVIDES:country:netherlands->asset:f-16s";
    const expected = {
      id: relId,
      targetId: "asset:f-16s",
      quantity: 6,
      confidence: 0.9,
      evidenceCount: 5,
      articleCount: 5,
      firstSeen: "2017-02-03",
      lastSeen: "2020-05-01",
    };
    expect((await storedRelationships())[relId]).toEqual(expected);
    expect(await storedRelationships()).toEqual(await recomputedFromEvidence());

    // Same date again but written later: now the later ingest is the most recent.
    tick = 5;
    await ingestAnnotated(fixed, provides("equal-date-later", 8, "2020-05-01", 0.2));
    expect((await storedRelationships())[relId]).toMatchObject({ quantity: 8, evidenceCount: 6 });
    expect(await storedRelationships()).toEqual(await recomputedFromEvidence());
  });

  it("takes an undated statement only while nothing is dated, the latest ingested first", async () => {
    await ingestAnnotated(repo, provides("first", 2, null, 0.5));
    await ingestAnnotated(repo, provides("second", 3, null, 0.7));
    const relId = "PROVIDES:country:netherlands->asset:f-16s";
    expect((await storedRelationships())[relId]).toEqual({
      id: relId,
      targetId: "asset:f-16s",
      quantity: 3,
      confidence: 0.7,
      evidenceCount: 2,
      articleCount: 2,
    });
    await ingestAnnotated(repo, provides("dated", 4, "2015-01-01", 0.1));
    expect((await storedRelationships())[relId]).toMatchObject({
      quantity: 4,
      firstSeen: "2015-01-01",
      lastSeen: "2015-01-01",
    });
    expect(await storedRelationships()).toEqual(await recomputedFromEvidence());
  });

  it("after replacing an article, every relationship equals a full recomputation from its evidence", async () => {
    await ingestAnnotated(repo, provides("a", 6, "2021-01-01", 0.9));
    await ingestAnnotated(repo, provides("b", 2, "2018-01-01", 0.5));
    const fixture = loadFixture();
    await ingestAnnotated(repo, fixture);
    // "a" changes: it now states an older date, a lower confidence, another quantity, and a
    // second relationship: the relationship it supported loses its latest, strongest evidence.
    const changed = provides("a", 5, "2016-06-06", 0.4);
    changed.article.body = "The Netherlands provides F-16s. The Netherlands leads the mission.";
    changed.entities.push({ type: "Mission", name: "mission" });
    changed.relations.push({ type: "LEADS", source: "Netherlands", target: "mission" });
    expect((await ingestAnnotated(repo, changed)).status).toBe("updated");
    const stored = await storedRelationships();
    expect(stored["PROVIDES:country:netherlands->asset:f-16s"]).toEqual({
      id: "PROVIDES:country:netherlands->asset:f-16s",
      targetId: "asset:f-16s",
      quantity: 2,
      confidence: 0.5,
      evidenceCount: 2,
      articleCount: 2,
      firstSeen: "2016-06-06",
      lastSeen: "2018-01-01",
    });
    expect(stored).toEqual(await recomputedFromEvidence());
    // A changed fixture (all its relationships lose their old evidence and gain new) as well.
    fixture.article.body = `${fixture.article.body}\nA sentence added at the end.`;
    expect((await ingestAnnotated(repo, fixture)).status).toBe("updated");
    expect(await storedRelationships()).toEqual(await recomputedFromEvidence());
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
    // An evidence row whose properties Neo4j cannot store (a map): Neo4j fails the fifth
    // statement, after the article, entities, mentions and relationships were written in the
    // transaction.
    const broken = brokenEvidence(plan);
    const names: string[] = [];
    const stop = graph.executor.observe(({ name }) => names.push(name));
    try {
      await expect(repo.writeArticle(broken)).rejects.toThrow(/ingest\/create-evidence/);
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
    await expect(repo.writeArticle(brokenEvidence(plan))).rejects.toThrow(
      /ingest\/create-evidence/,
    );

    expect(await repo.countGraph()).toEqual(before);
    expect(await repo.findArticleHash("kamer-steunt-navo-missie-irak")).toBe(hash);
  });
});
