import { beforeAll, describe, expect, it } from "vitest";
import { annotatedArticle } from "../../bench/annotated-articles.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../../src/domain/vocabulary.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { cypher, EVIDENCE_ID } from "../../src/graph/cypher.ts";
import { listMigrations, migrate, migrationStatus } from "../../src/graph/migrate.ts";
import { cypherInt } from "../../src/graph/read/batch.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";

describe("schema migrations", () => {
  const graph = useTestGraph();

  beforeAll(async () => {
    // reset() removes every node, the :Migration records included, so the first run below
    // re-applies every statement (each IF NOT EXISTS) whatever ran before this file.
    await graph.reset();
  });

  it("applies every migration once, in order, and records it", async () => {
    const all = listMigrations().map((m) => m.id);
    expect(all.length).toBeGreaterThan(30);
    expect([...all].sort()).toEqual(all);

    const first = await migrate(graph.executor);
    expect(first.applied).toEqual(all);

    const second = await migrate(graph.executor);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(all);

    const status = await migrationStatus(graph.executor);
    expect(status.every((m) => m.applied && typeof m.appliedAt === "string")).toBe(true);
  });

  it("creates a uniqueness constraint on the id of every node label and relationship type", async () => {
    const constraints = await graph.executor.read(cypher("schema/meta/show-constraints"));
    const unique = (entityType: string, label: string) =>
      constraints.some(
        (c) =>
          c.entityType === entityType &&
          String(c.type).endsWith("UNIQUENESS") &&
          (c.labelsOrTypes as string[]).join() === label &&
          (c.properties as string[]).join() === "id",
      );
    for (const label of ["Entity", ...ENTITY_TYPES, "Article", "Source", "Migration"]) {
      expect(unique("NODE", label), `unique ${label}.id`).toBe(true);
    }
    // Dropped by migration 055: evidence ids are unique by construction and nothing seeks one.
    expect(unique("NODE", "Evidence")).toBe(false);
    expect(constraints.some((c) => c.name === "evidence_id")).toBe(false);
    for (const type of RELATION_TYPES) {
      expect(unique("RELATIONSHIP", type), `unique ${type}.id`).toBe(true);
    }
  });

  it("creates the query indexes and the folding full-text index, all online", async () => {
    const indexes = await graph.executor.read(cypher("schema/meta/show-indexes"));
    expect(indexes.every((i) => i.state === "ONLINE")).toBe(true);
    const find = (label: string, property: string) =>
      indexes.find(
        (i) =>
          i.type === "RANGE" &&
          (i.labelsOrTypes as string[]).join() === label &&
          (i.properties as string[]).join() === property,
      );
    for (const [label, property] of [
      ["Evidence", "relId,publishedAt"],
      ["Article", "publishedAt"],
      ["Article", "url"],
      ["Entity", "name"],
      ["Entity", "wikidataId"],
    ] as const) {
      expect(find(label, property), `index on ${label}.${property}`).toBeDefined();
    }
    // Dropped by migration 038: nothing seeks evidence by article id (IN_ARTICLE leads there).
    expect(indexes.some((i) => i.name === "evidence_article_id")).toBe(false);
    // Dropped by migration 040: the timeline reaches evidence from its articles.
    expect(indexes.some((i) => i.name === "evidence_published_at")).toBe(false);
    // Dropped by migration 057: (relId, publishedAt) holds all evidence since 056.
    expect(indexes.some((i) => i.name === "evidence_rel_id")).toBe(false);
    const fulltext = indexes.find((i) => i.name === "entity_names");
    expect(fulltext).toMatchObject({
      type: "FULLTEXT",
      labelsOrTypes: ["Entity"],
      properties: ["name", "aliases"],
    });
    const [config] = await graph.executor.read({
      name: "test/fulltext-analyzer",
      text: "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
    });
    expect(config?.analyzer).toBe("standard-folding");
  });

  it("finds names and aliases through the full-text index regardless of accents and case", async () => {
    await graph.executor.write({
      name: "test/entity",
      text: "CREATE (:Entity:Country {id: 'country:jordan', name: 'Jordan', aliases: ['Jordanië', 'Hasjemitisch Koninkrijk']})",
    });
    const search = (q: string) =>
      graph.executor.read(
        {
          name: "test/search",
          text: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
        },
        { q },
      );
    expect(await search("jordanie")).toEqual([{ id: "country:jordan" }]);
    expect(await search("HASJEMITISCH")).toEqual([{ id: "country:jordan" }]);
  });

  it("removes the relationship's type and ends from evidence written before migration 039, and nothing else", async () => {
    await migrate(graph.executor);
    const old = {
      id: "LEADS:country:canada->mission:m@a1#0",
      relId: "LEADS:country:canada->mission:m",
      relType: "LEADS",
      sourceId: "country:canada",
      targetId: "mission:m",
      articleId: "a1",
      sentence: "Canada leads the mission.",
      confidence: 0.8,
    };
    await graph.executor.write(
      { name: "test/old-evidence", text: "CREATE (ev:Evidence) SET ev = $old" },
      { old },
    );
    await graph.executor.write({
      name: "test/forget-039",
      text: "MATCH (m:Migration {id: '039-evidence-without-rel-ends'}) DELETE m",
    });
    expect((await migrate(graph.executor)).applied).toEqual(["039-evidence-without-rel-ends"]);
    const [row] = await graph.executor.read(
      { name: "test/evidence", text: "MATCH (ev:Evidence {id: $id}) RETURN properties(ev) AS p" },
      { id: old.id },
    );
    const { relType: _type, sourceId: _source, targetId: _target, ...kept } = old;
    expect(row?.p).toEqual(kept);
  });

  it("drops the evidence_id constraint of a graph written before migration 055, and keeps its evidence", async () => {
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    for (let i = 0; i < 6; i++) await ingestAnnotated(repo, annotatedArticle(i, "growing"));
    const evidence = () =>
      graph.executor.read({
        name: "test/evidence",
        text: "MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article) RETURN a.id AS article, properties(ev) AS p ORDER BY ev.id",
      });
    const before = await evidence();
    expect(before.length).toBeGreaterThan(20);
    await graph.executor.write({
      name: "test/evidence-id-constraint",
      text: "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (e:Evidence) REQUIRE e.id IS UNIQUE",
    });
    await graph.executor.write({
      name: "test/forget-055",
      text: "MATCH (m:Migration {id: '055-drop-evidence-id'}) DELETE m",
    });
    const named = async () =>
      (await graph.executor.read(cypher("schema/meta/show-constraints"))).some(
        (c) => c.name === "evidence_id",
      );
    expect(await named()).toBe(true);
    expect((await migrate(graph.executor)).applied).toEqual(["055-drop-evidence-id"]);
    expect(await named()).toBe(false);
    expect(await evidence()).toEqual(before);
  });

  it("stores evidence as an ingest now does after migrations 056 and 057 (number of its id, no ingest time, '' for no date, no relId index), reads giving the same answers", async () => {
    await graph.reset();
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    for (let i = 0; i < 8; i++) {
      const doc = annotatedArticle(i, "growing");
      // Undated articles, and a relation stated twice in one article (ids #0 and #1).
      if (i % 3 === 0) delete doc.article.publishedAt;
      const [first, second] = doc.relations;
      first!.evidence = [...(first!.evidence ?? []), ...(second!.evidence ?? [])];
      await ingestAnnotated(repo, doc);
    }
    const stored = () =>
      graph.executor.read({
        name: "test/evidence",
        text: `MATCH (ev:Evidence) RETURN properties(ev) AS p ORDER BY ${EVIDENCE_ID}`,
      });
    const relIds = (
      await graph.executor.read({
        name: "test/rel-ids",
        text: "MATCH (:Entity)-[r]->(:Entity) RETURN collect(r.id) AS ids",
      })
    )[0]!.ids as string[];
    const read = () =>
      graph.executor.read(cypher("read/evidence-by-rel-ids"), { relIds, limit: cypherInt(100) });
    const fresh = await stored();
    const answers = await read();
    expect(fresh.some(({ p }) => (p as { n?: number }).n === 1)).toBe(true);
    expect(fresh.some(({ p }) => (p as { publishedAt: string }).publishedAt === "")).toBe(true);
    expect(
      answers.some((row) => (row.evidence as { publishedAt: unknown }).publishedAt === null),
    ).toBe(true);
    expect(answers.some((row) => String((row.evidence as { id: string }).id).endsWith("#1"))).toBe(
      true,
    );

    // As the code before 056 stored it: the whole id, the article's ingest time, no date when
    // undated, and an index on relId; one id of another form (from no version of the code: an
    // id the migration cannot take apart is kept whole), of a relationship with no other evidence
    // (so that its new id changes no order).
    await graph.executor.write({
      name: "test/old-evidence",
      text: `MATCH (ev:Evidence)-[:IN_ARTICLE]->(a:Article)
             SET ev.id = ${EVIDENCE_ID}, ev.ingestedAt = a.ingestedAt,
                 ev.publishedAt = CASE WHEN ev.publishedAt <> '' THEN ev.publishedAt END
             REMOVE ev.n`,
    });
    await graph.executor.write({
      name: "test/old-odd-evidence",
      text: "MATCH (ev:Evidence) WHERE COUNT { MATCH (o:Evidence) WHERE o.relId = ev.relId } = 1 WITH ev ORDER BY ev.id LIMIT 1 SET ev.id = 'odd:' + ev.id",
    });
    await graph.executor.write({
      name: "test/evidence-rel-id-index",
      text: "CREATE INDEX evidence_rel_id IF NOT EXISTS FOR (e:Evidence) ON (e.relId)",
    });
    await graph.executor.write({
      name: "test/forget-056-057",
      text: "MATCH (m:Migration) WHERE m.id IN ['056-evidence-number-and-undated', '057-drop-evidence-rel-id'] DELETE m",
    });
    const [old] = await graph.executor.read({
      name: "test/old-keys",
      text: "MATCH (ev:Evidence) RETURN count(ev.id) AS ids, count(ev.ingestedAt) AS times, count(ev.n) AS numbers, count(*) AS all",
    });
    expect(old).toMatchObject({ numbers: 0 });
    expect(old!.ids).toBe(old!.all);
    expect(old!.times).toBe(old!.all);

    expect((await migrate(graph.executor)).applied).toEqual([
      "056-evidence-number-and-undated",
      "057-drop-evidence-rel-id",
    ]);
    const indexes = await graph.executor.read(cypher("schema/meta/show-indexes"));
    expect(indexes.some((i) => i.name === "evidence_rel_id")).toBe(false);
    const migrated = await stored();
    const odd = migrated.filter(({ p }) => String((p as { id?: string }).id).startsWith("odd:"));
    expect(odd).toHaveLength(1);
    const { id: oddId, ...oddRest } = odd[0]!.p as Record<string, unknown>;
    expect(fresh).toContainEqual({
      p: {
        ...oddRest,
        ...(oddId === `odd:${oddRest.relId}@${oddRest.articleId}#0` ? {} : { n: 1 }),
      },
    });
    expect(migrated.filter((row) => row !== odd[0])).toEqual(
      fresh.filter(({ p }) => {
        const q = p as Record<string, unknown>;
        return `odd:${q.relId}@${q.articleId}#${q.n ?? 0}` !== oddId;
      }),
    );
    const after = await read();
    const withOdd = answers.map((row) => {
      const ev = row.evidence as { id: string };
      return `odd:${ev.id}` === oddId ? { ...row, evidence: { ...ev, id: oddId } } : row;
    });
    expect(after).toEqual(withOdd);
  });

  it("backfills the target's id of relationships written before migration 041, as an ingest stores it", async () => {
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    for (let i = 0; i < 12; i++) await ingestAnnotated(repo, annotatedArticle(i, "growing"));
    const relationships = () =>
      graph.executor.read({
        name: "test/relationships",
        text: "MATCH (:Entity)-[r]->(:Entity) RETURN r.id AS id, properties(r) AS p ORDER BY id",
      });
    const fresh = await relationships();
    expect(fresh.length).toBeGreaterThan(20);
    for (const { id, p } of fresh) {
      expect((p as { targetId: string }).targetId, String(id)).toBe(String(id).split("->")[1]);
    }
    await graph.executor.write({
      name: "test/forget-041",
      text: "MATCH (:Entity)-[r]->(:Entity) REMOVE r.targetId WITH count(*) AS n MATCH (m:Migration {id: '041-relationship-target-id'}) DELETE m",
    });
    expect((await relationships()).some(({ p }) => "targetId" in (p as object))).toBe(false);
    expect((await migrate(graph.executor)).applied).toEqual(["041-relationship-target-id"]);
    expect(await relationships()).toEqual(fresh);
  });

  it("stores each entity's degree on graphs written before migration 058, as an ingest stores it", async () => {
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    for (let i = 0; i < 12; i++) await ingestAnnotated(repo, annotatedArticle(i, "growing"));
    const degrees = () =>
      graph.executor.read({
        name: "test/degrees",
        text: `MATCH (e:Entity) RETURN e.id AS id, e.degree AS stored,
          COUNT { (e)-[:${RELATION_TYPES.join("|")}]-() } AS counted ORDER BY id`,
      });
    const fresh = await degrees();
    expect(fresh.length).toBeGreaterThan(10);
    expect(new Set(fresh.map((row) => row.counted)).size).toBeGreaterThan(2);
    for (const row of fresh) expect(row.stored, String(row.id)).toBe(row.counted);
    await graph.executor.write({
      name: "test/forget-058",
      text: "MATCH (e:Entity) REMOVE e.degree WITH count(*) AS n MATCH (m:Migration {id: '058-entity-degree'}) DELETE m",
    });
    expect((await degrees()).every((row) => row.stored === null)).toBe(true);
    expect((await migrate(graph.executor)).applied).toEqual(["058-entity-degree"]);
    expect(await degrees()).toEqual(fresh);
  });

  it("indexes each relationship type on (targetId, id), for an entity's incoming relationships in id order", async () => {
    await migrate(graph.executor);
    const indexes = await graph.executor.read(cypher("schema/meta/show-indexes"));
    for (const type of RELATION_TYPES) {
      expect(
        indexes.some(
          (i) =>
            i.type === "RANGE" &&
            i.entityType === "RELATIONSHIP" &&
            (i.labelsOrTypes as string[]).join() === type &&
            (i.properties as string[]).join() === "targetId,id",
        ),
        `index on ${type}(targetId, id)`,
      ).toBe(true);
    }
  });

  it("refuses a migration whose text changed after it was applied", async () => {
    const changed = listMigrations().map((m, i) => (i === 1 ? { ...m, checksum: "edited" } : m));
    await expect(migrate(graph.executor, { migrations: changed })).rejects.toThrow(
      /migration 002-entity-id has changed since it was applied/,
    );
  });
});
