import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { relationshipId } from "../../src/domain/identity.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { EVIDENCE_ID } from "../../src/graph/cypher.ts";
import { createEntityRepository } from "../../src/graph/entity-repository.ts";
import type { Params } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";

type EntityType = AnnotatedArticle["entities"][number]["type"];

/**
 * An article whose entities are located in its text and whose relations each have evidence: the
 * sentence of the body that names both ends (the first such sentence).
 */
function article(
  id: string,
  body: string,
  entities: [EntityType, string][],
  relations: [AnnotatedArticle["relations"][number]["type"], string, string][],
): AnnotatedArticle {
  const title = `Report ${id}`;
  const text = `${title}\n\n${body}`;
  const sentences = body.split(/(?<=\.)\s+/);
  return {
    article: { id, title, body, source: "Redirect Press", language: "en" },
    extractor: "test",
    entities: entities.map(([type, name]) => {
      const mentions: { start: number; end: number }[] = [];
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.push({ start: at, end: at + name.length });
      }
      return { type, name, mentions };
    }),
    relations: relations.map(([type, source, target]) => {
      const sentence = sentences.find((s) => s.includes(source) && s.includes(target));
      if (!sentence) throw new Error(`no sentence names ${source} and ${target}`);
      const start = text.indexOf(sentence);
      return {
        type,
        source,
        target,
        evidence: [{ start, end: start + sentence.length, confidence: 0.8 }],
      };
    }),
  };
}

const ALPHA = "organisation:alpha-force";
const TASK = "organisation:alpha-task-force";
const COMMAND = "organisation:alpha-command";
const COOPERATES = relationshipId("COOPERATES_WITH", ALPHA, "organisation:bravo-unit");

const first = article(
  "redirect-1",
  "Alpha Force supports Bravo Unit.",
  [
    ["Organisation", "Alpha Force"],
    ["Organisation", "Bravo Unit"],
  ],
  [["SUPPORTS", "Alpha Force", "Bravo Unit"]],
);
const second = article(
  "redirect-2",
  "Alpha Task Force operates in Kandahar.",
  [
    ["Organisation", "Alpha Task Force"],
    ["Location", "Kandahar"],
  ],
  [["OPERATES_IN", "Alpha Task Force", "Kandahar"]],
);
/** A new version of the second article: one more sentence, one more relationship. */
const secondChanged = article(
  "redirect-2",
  "Alpha Task Force operates in Kandahar. Alpha Task Force cooperates with Bravo Unit.",
  [
    ["Organisation", "Alpha Task Force"],
    ["Location", "Kandahar"],
    ["Organisation", "Bravo Unit"],
  ],
  [
    ["OPERATES_IN", "Alpha Task Force", "Kandahar"],
    ["COOPERATES_WITH", "Alpha Task Force", "Bravo Unit"],
  ],
);
const third = article(
  "redirect-3",
  "Alpha Command leads Bravo Unit.",
  [
    ["Organisation", "Alpha Command"],
    ["Organisation", "Bravo Unit"],
  ],
  [["LEADS", "Alpha Command", "Bravo Unit"]],
);

describe("entity redirects after a merge", () => {
  const graph = useTestGraph();
  const articles = createArticleRepository(graph.executor);
  const entities = createEntityRepository(graph.executor);
  const q = (text: string, params: Params = {}) =>
    graph.executor.read({ name: "test", text }, params);
  const entityIds = async () =>
    (await q("MATCH (e:Entity) RETURN e.id AS id ORDER BY id")).map((r) => r.id);
  /** Anything still stored under an id (as a node, an end of a relationship or of evidence). */
  const tracesOf = async (id: string) => {
    const [row] = await q(
      `CALL () { MATCH (e:Entity {id: $id}) RETURN count(e) AS nodes }
       CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.id CONTAINS $id RETURN count(r) AS relationships }
       CALL () { MATCH (ev:Evidence) WHERE ev.relId CONTAINS $id OR ${EVIDENCE_ID} CONTAINS $id
                 RETURN count(ev) AS evidence }
       RETURN nodes, relationships, evidence`,
      { id },
    );
    return row;
  };
  const redirects = () =>
    q("MATCH (r:EntityRedirect) RETURN r.id AS id, r.to AS to ORDER BY id").then((rows) =>
      rows.map((r) => [r.id, r.to]),
    );

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
  });
  beforeEach(async () => {
    await graph.reset();
  });

  it("writes a changed article naming a merged entity to the kept entity", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    const merged = await entities.mergeEntities(ALPHA, TASK);
    expect(merged).toMatchObject({ keptId: ALPHA, mergedId: TASK, mentionsMoved: 1 });
    expect(await redirects()).toEqual([[TASK, ALPHA]]);

    // The same content again is recognised as unchanged: the merge already moved it.
    expect((await ingestAnnotated(articles, second)).status).toBe("unchanged");

    const result = await ingestAnnotated(articles, secondChanged);
    expect(result).toMatchObject({ status: "updated", entities: 3, relations: 2 });
    expect(await entityIds()).toEqual(["location:kandahar", ALPHA, "organisation:bravo-unit"]);
    expect(await tracesOf(TASK)).toEqual({ nodes: 0, relationships: 0, evidence: 0 });

    const rels = await q(
      `MATCH (s:Entity)-[r]->(t:Entity)
       RETURN r.id AS id, s.id AS source, t.id AS target, r.evidenceCount AS evidence,
              r.articleCount AS articles ORDER BY id`,
    );
    expect(rels).toEqual([
      {
        id: COOPERATES,
        source: ALPHA,
        target: "organisation:bravo-unit",
        evidence: 1,
        articles: 1,
      },
      {
        id: `OPERATES_IN:${ALPHA}->location:kandahar`,
        source: ALPHA,
        target: "location:kandahar",
        evidence: 1,
        articles: 1,
      },
      {
        id: `SUPPORTS:${ALPHA}->organisation:bravo-unit`,
        source: ALPHA,
        target: "organisation:bravo-unit",
        evidence: 1,
        articles: 1,
      },
    ]);
    const evidence = await q(
      `MATCH (ev:Evidence)-[:IN_ARTICLE]->(:Article {id: 'redirect-2'})
       RETURN ${EVIDENCE_ID} AS id, ev.relId AS relId, ev.sentence AS sentence ORDER BY id`,
    );
    expect(evidence).toEqual([
      {
        id: `${COOPERATES}@redirect-2#0`,
        relId: COOPERATES,
        sentence: "Alpha Task Force cooperates with Bravo Unit.",
      },
      {
        id: `OPERATES_IN:${ALPHA}->location:kandahar@redirect-2#0`,
        relId: `OPERATES_IN:${ALPHA}->location:kandahar`,
        sentence: "Alpha Task Force operates in Kandahar.",
      },
    ]);
    const [mention] = await q(
      `MATCH (:Article {id: 'redirect-2'})-[m:MENTIONS]->(e:Entity {id: $id})
       RETURN e.name AS name, e.aliases AS aliases, m.count AS count, m.surfaces AS surfaces`,
      { id: ALPHA },
    );
    expect(mention).toEqual({
      name: "Alpha Force",
      aliases: ["Alpha Task Force"],
      count: 2,
      surfaces: ["Alpha Task Force", "Alpha Task Force"],
    });
  });

  it("resolves redirects with the same statements as an ingest without any", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    const plain = await graph.countRoundTrips(() => ingestAnnotated(articles, third));
    await entities.mergeEntities(ALPHA, TASK);
    const redirected = await graph.countRoundTrips(() => ingestAnnotated(articles, secondChanged));
    expect(redirected.result.status).toBe("updated");
    expect(redirected.names).toEqual(plain.names);
    expect(redirected.names.slice(0, 3)).toEqual([
      "article/find-hash",
      "ingest/find-redirects",
      "article/detach-content",
    ]);
  });

  it("merges an article's two names of one entity into one, dropping a relation between them", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    await entities.mergeEntities(ALPHA, TASK);
    const both = article(
      "redirect-both",
      "Alpha Task Force supports Alpha Force. Alpha Force operates in Kandahar.",
      [
        ["Organisation", "Alpha Task Force"],
        ["Organisation", "Alpha Force"],
        ["Location", "Kandahar"],
      ],
      [
        ["SUPPORTS", "Alpha Task Force", "Alpha Force"],
        ["OPERATES_IN", "Alpha Force", "Kandahar"],
      ],
    );
    const result = await ingestAnnotated(articles, both);
    expect(result).toMatchObject({ status: "created", entities: 2, relations: 1 });
    expect(await tracesOf(TASK)).toEqual({ nodes: 0, relationships: 0, evidence: 0 });
    const [self] = await q("MATCH (e:Entity)-[r]->(e) RETURN count(r) AS n");
    expect(self?.n).toBe(0);
    const [mention] = await q(
      `MATCH (:Article {id: 'redirect-both'})-[m:MENTIONS]->(e:Entity)
       RETURN collect(e.id) AS ids, sum(m.count) AS count`,
    );
    // One mention of the kept entity holds all three surfaces; Kandahar has its own.
    expect(mention).toEqual({
      ids: expect.arrayContaining([ALPHA, "location:kandahar"]),
      count: 4,
    });
    const [operates] = await q(
      `MATCH (:Entity {id: $id})-[r:OPERATES_IN]->(:Entity {id: 'location:kandahar'})
       RETURN r.evidenceCount AS evidence, r.articleCount AS articles`,
      { id: ALPHA },
    );
    expect(operates).toEqual({ evidence: 2, articles: 2 });
  });

  it("resolves chains: A merged into B, then B into C, leads A and B to C", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    await ingestAnnotated(articles, third);
    await entities.mergeEntities(ALPHA, TASK);
    await entities.mergeEntities(COMMAND, ALPHA);
    expect(await redirects()).toEqual([
      [ALPHA, COMMAND],
      [TASK, COMMAND],
    ]);

    expect((await ingestAnnotated(articles, secondChanged)).status).toBe("updated");
    const firstChanged = article(
      "redirect-1",
      "Alpha Force supports Bravo Unit. Alpha Force operates in Kandahar.",
      [
        ["Organisation", "Alpha Force"],
        ["Organisation", "Bravo Unit"],
        ["Location", "Kandahar"],
      ],
      [
        ["SUPPORTS", "Alpha Force", "Bravo Unit"],
        ["OPERATES_IN", "Alpha Force", "Kandahar"],
      ],
    );
    expect((await ingestAnnotated(articles, firstChanged)).status).toBe("updated");

    expect(await entityIds()).toEqual(["location:kandahar", COMMAND, "organisation:bravo-unit"]);
    expect(await tracesOf(TASK)).toEqual({ nodes: 0, relationships: 0, evidence: 0 });
    expect(await tracesOf(ALPHA)).toEqual({ nodes: 0, relationships: 0, evidence: 0 });
    const [operates] = await q(
      `MATCH (:Entity {id: $id})-[r:OPERATES_IN]->(:Entity {id: 'location:kandahar'})
       RETURN r.evidenceCount AS evidence, r.articleCount AS articles`,
      { id: COMMAND },
    );
    expect(operates).toEqual({ evidence: 2, articles: 2 });
    const [command] = await q(
      "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases, e.mergedIds AS mergedIds",
      { id: COMMAND },
    );
    expect(command).toEqual({
      name: "Alpha Command",
      aliases: ["Alpha Force", "Alpha Task Force"],
      mergedIds: [ALPHA, TASK],
    });
  });

  it("re-creates the kept entity when a redirect leads to one deleted since", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    await entities.mergeEntities(ALPHA, TASK);
    // The kept entity's articles go: it is deleted as an orphan; its redirect stays.
    await articles.deleteArticle("redirect-1");
    const removed = await articles.deleteArticle("redirect-2");
    expect(removed.entitiesDeleted).toBeGreaterThan(0);
    expect(await entityIds()).toEqual([]);
    expect(await redirects()).toEqual([[TASK, ALPHA]]);

    const later = article(
      "redirect-later",
      "Alpha Task Force operates in Kandahar.",
      [
        ["Organisation", "Alpha Task Force"],
        ["Location", "Kandahar"],
      ],
      [["OPERATES_IN", "Alpha Task Force", "Kandahar"]],
    );
    expect((await ingestAnnotated(articles, later)).status).toBe("created");
    expect(await entityIds()).toEqual(["location:kandahar", ALPHA]);
    const [created] = await q("MATCH (e:Entity {id: $id}) RETURN e.name AS name", { id: ALPHA });
    expect(created?.name).toBe("Alpha Task Force");

    // The entity's own name leads to the same node, and a new name for it is fine.
    expect((await ingestAnnotated(articles, first)).status).toBe("created");
    expect(await entityIds()).toEqual(["location:kandahar", ALPHA, "organisation:bravo-unit"]);
    expect(await tracesOf(TASK)).toEqual({ nodes: 0, relationships: 0, evidence: 0 });
  });

  it("keeps the id of a renamed kept entity, so redirects still lead to it", async () => {
    await ingestAnnotated(articles, first);
    await ingestAnnotated(articles, second);
    await entities.mergeEntities(ALPHA, TASK);
    const renamed = await entities.renameEntity(ALPHA, "Alpha Group");
    expect(renamed).toMatchObject({ entityId: ALPHA, changed: true, name: "Alpha Group" });

    expect((await ingestAnnotated(articles, secondChanged)).status).toBe("updated");
    expect(await entityIds()).toEqual(["location:kandahar", ALPHA, "organisation:bravo-unit"]);
    const [alpha] = await q(
      "MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases",
      {
        id: ALPHA,
      },
    );
    expect(alpha).toEqual({ name: "Alpha Group", aliases: ["Alpha Task Force", "Alpha Force"] });

    // A merged entity's name would be written to the kept entity: another one cannot take it.
    await expect(
      entities.renameEntity("organisation:bravo-unit", "Alpha Task Force"),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { conflictingId: ALPHA } });
    // The kept entity may take it back as its canonical name.
    expect(await entities.renameEntity(ALPHA, "Alpha Task Force")).toMatchObject({
      entityId: ALPHA,
      changed: true,
    });
  });
});
