import { beforeAll, describe, expect, it } from "vitest";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { EVIDENCE_ID } from "../../src/graph/cypher.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { globalId } from "./graphql-client.ts";
import { appWith, article, codes, post, type Reply, WRITE_KEY } from "./server-safety-support.ts";

interface ArticlePage {
  articles: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { articleId: string } }[];
  };
}

/**
 * Mutations through the API, each checked in the graph itself (Cypher read-backs), not only in
 * what the mutation answers.
 */
describe("GraphQL mutations", () => {
  const graph = useTestGraph();
  const app = appWith(graph.executor);
  const write = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    post<T>(app, query, variables, { key: WRITE_KEY });

  async function cypher(text: string, params: Record<string, unknown> = {}) {
    const session = graph.driver.session();
    try {
      const result = await session.run(text, params);
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  }

  async function counts() {
    const [row] = await cypher(`
      CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
      CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence }
      CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentionLinks, sum(m.count) AS mentionItems }
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships, sum(r.evidenceCount) AS evidenceCounted }
      RETURN entities, evidence, mentionLinks, mentionItems, relationships, evidenceCounted`);
    return row as {
      entities: number;
      evidence: number;
      mentionLinks: number;
      mentionItems: number;
      relationships: number;
      evidenceCounted: number;
    };
  }

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
  });

  describe("ingestArticle", () => {
    const annotated = article(
      "mut-ingest",
      "Belgium cooperates with the Netherlands.",
      [
        { type: "Country", name: "Belgium" },
        { type: "Country", name: "Netherlands" },
      ],
      [["COOPERATES_WITH", "Belgium", "Netherlands"]],
    );
    const INGEST = `mutation($annotated: JSONObject, $article: PlainArticleInput) {
      ingestArticle(annotated: $annotated, article: $article) {
        status entities relations mentions at
        article { articleId title mentions { entity { entityId } } }
      } }`;

    it("writes an annotated article, then reports the same content as UNCHANGED", async () => {
      const first = await write<{ ingestArticle: Record<string, unknown> }>(INGEST, { annotated });
      expect(first.errors).toBeUndefined();
      expect(first.data?.ingestArticle).toMatchObject({
        status: "CREATED",
        entities: 2,
        relations: 1,
        mentions: 2,
        article: { articleId: "mut-ingest", title: "Article mut-ingest" },
      });
      const [row] = await cypher(
        "MATCH (a:Article {id: 'mut-ingest'})-[:MENTIONS]->(e) RETURN collect(e.id) AS ids",
      );
      expect([...((row?.ids ?? []) as string[])].sort()).toEqual([
        "country:belgium",
        "country:netherlands",
      ]);

      const again = await write<{ ingestArticle: { status: string } }>(INGEST, { annotated });
      expect(again.data?.ingestArticle.status).toBe("UNCHANGED");

      const changed = structuredClone(annotated);
      changed.article.title = "Article mut-ingest, revised";
      const updated = await write<{
        ingestArticle: { status: string; article: { title: string } };
      }>(INGEST, { annotated: changed });
      expect(updated.data?.ingestArticle).toMatchObject({
        status: "UPDATED",
        article: { title: "Article mut-ingest, revised" },
      });
    });

    it("annotates a plain article with the built-in extractor, then writes it", async () => {
      const plain = {
        id: "mut-plain",
        title: "Nederland stuurt F-16's naar Jordanië",
        body: "Nederland levert vier F-16's aan de strijd tegen ISIS. De toestellen opereren vanaf een basis in Jordanië. Minister Bijleveld maakte dat bekend in Den Haag.",
        source: "Defensie",
        publishedAt: "2018-12-07",
      };
      const reply = await write<{
        ingestArticle: {
          status: string;
          entities: number;
          article: { articleId: string; mentions: { entity: { entityId: string } }[] };
        };
      }>(INGEST, { article: plain });
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.ingestArticle.status).toBe("CREATED");
      const ids = reply.data?.ingestArticle.article.mentions.map((m) => m.entity.entityId) ?? [];
      expect(ids).toContain("country:netherlands");
      expect(ids).toContain("country:jordan");
      const [row] = await cypher(
        "MATCH (a:Article {id: 'mut-plain'}) RETURN a.extractor AS extractor, a.language AS language",
      );
      expect(row).toMatchObject({ language: "nl" });
      expect(String(row?.extractor)).not.toBe("unknown");
    });

    it("refuses bad input with BAD_USER_INPUT naming the problem, writing nothing", async () => {
      const before = await counts();
      const neither = await write(INGEST, {});
      const both = await write(INGEST, {
        annotated,
        article: { title: "t", body: "b" },
      });
      const broken = structuredClone(annotated) as unknown as {
        relations: { target: string }[];
      };
      (broken.relations[0] as { target: string }).target = "Nowhere";
      const invalid = await write(INGEST, { annotated: broken });
      const noLanguage = await write(INGEST, { article: { title: "x", body: "y" } });
      for (const reply of [neither, both, invalid, noLanguage]) {
        expect(codes(reply)).toEqual(["BAD_USER_INPUT"]);
      }
      expect(neither.errors?.[0]?.message).toContain("exactly one of `annotated` or `article`");
      expect(invalid.errors?.[0]?.message).toContain(
        'relations[0].target: "Nowhere" is not the name or alias of an entity',
      );
      expect(noLanguage.errors?.[0]?.message).toContain("article.language");
      expect(await counts()).toEqual(before);
    });
  });

  describe("concurrent writes while paging", () => {
    it("pages articles without repeats or gaps while ingestArticle mutations run", async () => {
      const dated = (n: number, day: string) =>
        article(
          `page-${n}`,
          `Ukraine cooperates with Poland, note ${n}.`,
          [
            { type: "Country", name: "Ukraine" },
            { type: "Country", name: "Poland" },
          ],
          [["COOPERATES_WITH", "Ukraine", "Poland"]],
          day,
        );
      const repo = createArticleRepository(graph.executor);
      const existing: string[] = [];
      for (let n = 0; n < 24; n++) {
        const a = dated(n, `2023-0${1 + (n % 9)}-1${n % 10}`);
        await ingestAnnotated(repo, a);
        existing.push(a.article.id ?? "");
      }
      const PAGE = `query($after: String) { articles(first: 5, after: $after, source: "Test Press") {
        pageInfo { hasNextPage endCursor } edges { node { articleId } } } }`;
      const seen: string[] = [];
      let after: string | null = null;
      let written = 0;
      for (let page = 0; page < 40; page++) {
        // Between pages, and while the page is read, new articles arrive: some newer than every
        // article (before the cursor), some older (still ahead of it).
        const writes = [0, 1].map((i) => {
          const n = 100 + written++;
          return write("mutation($a: JSONObject) { ingestArticle(annotated: $a) { status } }", {
            a: dated(n, i === 0 ? "2025-06-01" : "2022-01-01"),
          });
        });
        const page = post<ArticlePage>(app, PAGE, { after });
        await Promise.all([page, ...writes]);
        const reply: Reply<ArticlePage> = await page;
        const connection: ArticlePage["articles"] | undefined = reply.data?.articles;
        expect(connection).toBeDefined();
        seen.push(...(connection?.edges.map((e) => e.node.articleId) ?? []));
        if (!connection?.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of existing) expect(seen).toContain(id);
      expect(written).toBeGreaterThan(4);
    });
  });

  describe("deleteArticle", () => {
    it("deletes an article with what only it supported; a missing one is NOT_FOUND", async () => {
      await ingestAnnotated(
        createArticleRepository(graph.executor),
        article(
          "mut-delete",
          "Norway supports Denmark.",
          [
            { type: "Country", name: "Norway" },
            { type: "Country", name: "Denmark" },
          ],
          [["SUPPORTS", "Norway", "Denmark"]],
        ),
      );
      const reply = await write<{ deleteArticle: Record<string, unknown> }>(
        `mutation($id: ID!) { deleteArticle(id: $id) { articleId relationshipsDeleted entitiesDeleted } }`,
        { id: globalId("Article", "mut-delete") },
      );
      expect(reply.data?.deleteArticle).toEqual({
        articleId: "mut-delete",
        relationshipsDeleted: 1,
        entitiesDeleted: 2,
      });
      const rows = await cypher(
        "MATCH (n) WHERE n.id IN ['mut-delete', 'country:norway', 'country:denmark'] RETURN n.id AS id",
      );
      expect(rows).toEqual([]);

      const missing = await write(`mutation { deleteArticle(id: "mut-delete") { articleId } }`);
      expect(codes(missing)).toEqual(["NOT_FOUND"]);
      expect(missing.errors?.[0]?.message).toBe("no article with id mut-delete");
    });
  });

  describe("mergeEntities", () => {
    // Holland is the Netherlands under another name: it has a duplicate of a Netherlands
    // relationship (NATO SUPPORTS), a symmetric one that becomes a duplicate (COOPERATES_WITH
    // Belgium), one of its own (PROVIDES an asset), one with the Netherlands itself (a future
    // self-loop), and it is mentioned beside the Netherlands in one article.
    const one = article(
      "merge-1",
      "NATO supports the Netherlands, which cooperates with Belgium.",
      [
        { type: "Organisation", name: "NATO" },
        { type: "Country", name: "Netherlands" },
        { type: "Country", name: "Belgium" },
      ],
      [
        ["SUPPORTS", "NATO", "Netherlands"],
        ["COOPERATES_WITH", "Netherlands", "Belgium"],
      ],
      "2024-01-01",
    );
    const two = article(
      "merge-2",
      "NATO supports Holland. Holland cooperates with Belgium. Holland supports the Netherlands.",
      [
        { type: "Organisation", name: "NATO" },
        { type: "Country", name: "Holland", aliases: ["Olanda"] },
        { type: "Country", name: "Belgium" },
        { type: "Country", name: "Netherlands" },
      ],
      [
        ["SUPPORTS", "NATO", "Holland"],
        ["COOPERATES_WITH", "Holland", "Belgium"],
        ["SUPPORTS", "Holland", "Netherlands"],
      ],
      "2024-02-01",
    );
    const three = article(
      "merge-3",
      "Holland provides F-35 (Netherlands) aircraft.",
      [
        { type: "Country", name: "Holland" },
        { type: "Asset", name: "F-35 (Netherlands)" },
      ],
      [["PROVIDES", "Holland", "F-35 (Netherlands)"]],
      "2024-03-01",
    );

    it("moves aliases, mentions, relationships and evidence to the kept entity; nothing is lost", async () => {
      // Only these three articles, so every count below is theirs.
      await graph.reset();
      const repo = createArticleRepository(graph.executor);
      for (const a of [one, two, three]) await ingestAnnotated(repo, a);
      // Holland also has a typed extra and a wikidataId the Netherlands lacks.
      await cypher(
        "MATCH (h:Entity {id: 'country:holland'}) SET h.iso2 = 'NL', h.wikidataId = 'Q55'",
      );
      const before = await counts();
      const evidenceBefore = await cypher(
        "MATCH (ev:Evidence) RETURN ev.articleId AS article, ev.sentence AS sentence ORDER BY article, sentence",
      );

      const reply = await write<{ mergeEntities: Record<string, unknown> }>(
        `mutation { mergeEntities(keep: "country:netherlands", merge: "${globalId("Country", "country:holland")}") {
          mergedId aliasesAdded mentionsMoved relationshipsMoved relationshipsMerged
          selfLoopsDropped evidenceMoved evidenceDropped
          entity { entityId name aliases wikidataId ... on Country { iso2 } }
        } }`,
      );
      expect(reply.errors).toBeUndefined();
      expect(reply.data?.mergeEntities).toEqual({
        mergedId: "country:holland",
        aliasesAdded: 2,
        mentionsMoved: 2,
        relationshipsMoved: 1,
        relationshipsMerged: 2,
        selfLoopsDropped: 1,
        evidenceMoved: 3,
        evidenceDropped: 1,
        entity: {
          entityId: "country:netherlands",
          name: "Netherlands",
          aliases: expect.arrayContaining(["Holland", "Olanda"]),
          wikidataId: "Q55",
          iso2: "NL",
        },
      });

      // Counts: one entity fewer; the self-loop's one evidence gone, every other kept; the two
      // relationships that became duplicates joined theirs; article merge-2 named both, so one
      // mention link fewer, but every located mention is still there.
      const after = await counts();
      expect(after).toEqual({
        entities: before.entities - 1,
        evidence: before.evidence - 1,
        mentionLinks: before.mentionLinks - 1,
        mentionItems: before.mentionItems,
        relationships: before.relationships - 3,
        evidenceCounted: before.evidenceCounted - 1,
      });
      const evidenceAfter = await cypher(
        "MATCH (ev:Evidence) RETURN ev.articleId AS article, ev.sentence AS sentence ORDER BY article, sentence",
      );
      expect(evidenceAfter).toHaveLength(evidenceBefore.length - 1);
      // Moved evidence got new ids naming the relationship it now supports, and no id is taken
      // twice (nothing but this numbering keeps them unique since migration 055).
      const ids = await cypher(
        `MATCH (ev:Evidence) RETURN ${EVIDENCE_ID} AS id, ev.relId AS relId, ev.articleId AS articleId`,
      );
      for (const { id, relId, articleId } of ids) {
        const prefix = `${String(relId)}@${String(articleId)}#`;
        expect(String(id).startsWith(prefix), String(id)).toBe(true);
        expect(String(id).slice(prefix.length), String(id)).toMatch(/^\d+$/);
      }
      expect(new Set(ids.map((row) => row.id)).size).toBe(ids.length);

      expect(await cypher("MATCH (h:Entity {id: 'country:holland'}) RETURN h")).toEqual([]);
      const rels = await cypher(
        `MATCH (s:Entity)-[r]->(t:Entity) WHERE 'country:netherlands' IN [s.id, t.id]
         RETURN r.id AS id, r.evidenceCount AS evidence, r.articleCount AS articles,
                r.firstSeen AS firstSeen, r.lastSeen AS lastSeen, r.targetId AS targetId ORDER BY id`,
      );
      expect(rels).toEqual([
        {
          id: "COOPERATES_WITH:country:belgium->country:netherlands",
          evidence: 2,
          articles: 2,
          firstSeen: "2024-01-01",
          lastSeen: "2024-02-01",
          targetId: "country:netherlands",
        },
        {
          id: "PROVIDES:country:netherlands->asset:f-35-netherlands",
          evidence: 1,
          articles: 1,
          firstSeen: "2024-03-01",
          lastSeen: "2024-03-01",
          targetId: "asset:f-35-netherlands",
        },
        {
          id: "SUPPORTS:organisation:nato->country:netherlands",
          evidence: 2,
          articles: 2,
          firstSeen: "2024-01-01",
          lastSeen: "2024-02-01",
          targetId: "country:netherlands",
        },
      ]);
      // Every relationship stores its target's id (the incoming pages seek by it), so the kept
      // entity's incoming page, read by index, holds the moved relationships.
      expect(
        await cypher(
          "MATCH (:Entity)-[r]->(t:Entity) WHERE r.targetId IS NULL OR r.targetId <> t.id RETURN r.id AS id",
        ),
      ).toEqual([]);
      const incoming = await post<{
        entity: { relationships: { totalCount: number; edges: { node: { id: string } }[] } };
      }>(
        app,
        `{ entity(id: "country:netherlands") { relationships(direction: INCOMING, types: [SUPPORTS, PROVIDES]) {
          totalCount edges { node { id: relationshipId } } } } }`,
      );
      expect(incoming.data?.entity.relationships).toEqual({
        totalCount: 1,
        edges: [{ node: { id: "SUPPORTS:organisation:nato->country:netherlands" } }],
      });
      // Every evidence node points at an existing relationship, with an id made of its relId
      // (none stored whole: only n is, migration 056).
      const orphans = await cypher(
        `MATCH (ev:Evidence)
         WHERE NOT EXISTS { MATCH (:Entity)-[r {id: ev.relId}]->(:Entity) }
            OR ev.id IS NOT NULL
         RETURN ${EVIDENCE_ID} AS id`,
      );
      expect(orphans).toEqual([]);
      // Article merge-2 named both: one mention of the Netherlands holding both, in text order.
      const [mention] = await cypher(
        `MATCH (:Article {id: 'merge-2'})-[m:MENTIONS]->(:Entity {id: 'country:netherlands'})
         RETURN m.count AS count, m.surfaces AS surfaces, m.starts AS starts`,
      );
      expect(mention?.count).toBe(2);
      expect(mention?.surfaces).toEqual(["Holland", "Netherlands"]);
      expect([...((mention?.starts ?? []) as number[])]).toEqual(
        [...((mention?.starts ?? []) as number[])].sort((a, b) => a - b),
      );
      // The old name finds the kept entity, through the API too.
      const found = await post<{ entity: { entityId: string } }>(
        app,
        `{ entity(name: "Olanda") { entityId } }`,
      );
      expect(found.data?.entity.entityId).toBe("country:netherlands");
      const [traced] = await cypher(
        "MATCH (e:Entity {id: 'country:netherlands'}) RETURN e.mergedIds AS mergedIds",
      );
      expect(traced?.mergedIds).toEqual(["country:holland"]);
    });

    it("refuses merging an entity into itself, across types, or with a missing entity", async () => {
      const before = await counts();
      const self = await write(
        `mutation { mergeEntities(keep: "country:belgium", merge: "country:belgium") { mergedId } }`,
      );
      const types = await write(
        `mutation { mergeEntities(keep: "country:belgium", merge: "organisation:nato") { mergedId } }`,
      );
      const missing = await write(
        `mutation { mergeEntities(keep: "country:belgium", merge: "country:atlantis") { mergedId } }`,
      );
      const badId = await write(
        `mutation { mergeEntities(keep: "country:belgium", merge: "###") { mergedId } }`,
      );
      expect([codes(self), codes(types), codes(missing), codes(badId)]).toEqual([
        ["BAD_USER_INPUT"],
        ["BAD_USER_INPUT"],
        ["NOT_FOUND"],
        ["INVALID_ID"],
      ]);
      expect(types.errors?.[0]?.message).toContain("different types");
      expect(missing.errors?.[0]?.message).toBe("no entity with id country:atlantis");
      expect(await counts()).toEqual(before);
    });
  });

  describe("names", () => {
    const ALIAS = `mutation($e: ID!, $a: String!) { addAlias(entity: $e, alias: $a) { name aliases } }`;
    const UNALIAS = `mutation($e: ID!, $a: String!) { removeAlias(entity: $e, alias: $a) { name aliases } }`;
    const RENAME = `mutation($e: ID!, $n: String!) { renameEntity(entity: $e, name: $n) { entityId name aliases } }`;
    const stored = async (id: string) =>
      (
        await cypher("MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases", {
          id,
        })
      )[0];

    it("adds an alias once, and finds the entity by it", async () => {
      const reply = await write<{ addAlias: { aliases: string[] } }>(ALIAS, {
        e: "country:belgium",
        a: "  Koninkrijk  België ",
      });
      expect(reply.data?.addAlias.aliases).toContain("Koninkrijk België");
      await write(ALIAS, { e: "country:belgium", a: "Koninkrijk België" });
      const aliases = (await stored("country:belgium"))?.aliases as string[];
      expect(aliases.filter((a) => a === "Koninkrijk België")).toHaveLength(1);
      const found = await post<{ entity: { name: string } }>(
        app,
        `{ entity(name: "koninkrijk belgie") { name } }`,
      );
      expect(found.data?.entity.name).toBe("Belgium");
    });

    it("removes an alias compared without case or accents", async () => {
      const reply = await write<{ removeAlias: { aliases: string[] } }>(UNALIAS, {
        e: "country:belgium",
        a: "KONINKRIJK BELGIE",
      });
      expect(reply.errors).toBeUndefined();
      expect((await stored("country:belgium"))?.aliases).not.toContain("Koninkrijk België");
    });

    it("renames: the old name stays as an alias and the id stays", async () => {
      const reply = await write<{ renameEntity: Record<string, unknown> }>(RENAME, {
        e: globalId("Country", "country:belgium"),
        n: "Kingdom of Belgium",
      });
      expect(reply.data?.renameEntity).toMatchObject({
        entityId: "country:belgium",
        name: "Kingdom of Belgium",
        aliases: expect.arrayContaining(["Belgium"]),
      });
      expect(await stored("country:belgium")).toMatchObject({ name: "Kingdom of Belgium" });
      // Renaming back takes the name out of the aliases again.
      await write(RENAME, { e: "country:belgium", n: "Belgium" });
      const back = await stored("country:belgium");
      expect(back?.name).toBe("Belgium");
      expect(back?.aliases).toContain("Kingdom of Belgium");
      expect(back?.aliases).not.toContain("Belgium");
    });

    it("answers bad names with codes: empty, canonical, unknown alias, taken name, no entity", async () => {
      const before = await cypher("MATCH (e:Entity) RETURN e.id, e.name, e.aliases ORDER BY e.id");
      const replies = {
        empty: await write(ALIAS, { e: "country:belgium", a: "   " }),
        canonical: await write(ALIAS, { e: "country:belgium", a: "belgium" }),
        removeCanonical: await write(UNALIAS, { e: "country:belgium", a: "Belgium" }),
        unknownAlias: await write(UNALIAS, { e: "country:belgium", a: "Flanders" }),
        taken: await write(RENAME, { e: "country:belgium", n: "Netherlands" }),
        takenById: await write(RENAME, { e: "country:belgium", n: "NETHERLANDS" }),
        missing: await write(RENAME, { e: "country:atlantis", n: "Atlantis" }),
        tooLong: await write(RENAME, { e: "country:belgium", n: "B".repeat(201) }),
      };
      expect(Object.fromEntries(Object.entries(replies).map(([k, r]) => [k, codes(r)]))).toEqual({
        empty: ["BAD_USER_INPUT"],
        canonical: ["BAD_USER_INPUT"],
        removeCanonical: ["BAD_USER_INPUT"],
        unknownAlias: ["NOT_FOUND"],
        taken: ["CONFLICT"],
        takenById: ["CONFLICT"],
        missing: ["NOT_FOUND"],
        tooLong: ["BAD_USER_INPUT"],
      });
      expect(replies.empty.errors?.[0]?.message).toBe("alias must not be empty");
      expect(replies.unknownAlias.errors?.[0]?.message).toBe(
        'country:belgium has no alias "Flanders"',
      );
      expect(replies.taken.errors?.[0]?.message).toContain("merge the two entities instead");
      expect(await cypher("MATCH (e:Entity) RETURN e.id, e.name, e.aliases ORDER BY e.id")).toEqual(
        before,
      );
    });
  });
});
