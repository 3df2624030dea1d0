import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../src/domain/vocabulary.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { createEntityRepository } from "../../src/graph/entity-repository.ts";
import type { Params } from "../../src/graph/executor.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { article } from "./server-safety-support.ts";

/**
 * Each entity's stored `degree` (ingest/apply-relationship-summaries, $degreeIds) after every
 * write path that changes relationships: an entity merge (neighbours shared with the kept entity,
 * a merge into a hub), an article's change and its delete, an ingest through a merge's redirect;
 * and after the name edits, which change none. The stored degree is compared with the degree
 * counted in the graph: relationships of the ontology's closed vocabulary, either direction.
 * (A batch of new articles: ingest-bulk.test.ts; migration 058: migrate.test.ts.)
 */
describe("stored entity degrees on every write path", () => {
  const graph = useTestGraph();
  const articles = createArticleRepository(graph.executor);
  const entities = createEntityRepository(graph.executor);
  const q = (text: string, params: Params = {}) =>
    graph.executor.read({ name: "test", text }, params);

  /**
   * Every entity's stored degree, after asserting that it is its counted degree; the map lets a
   * test also assert the degrees a write changed (so none of these checks passes on a graph whose
   * degrees were never written or never changed).
   */
  async function degrees(): Promise<Record<string, number>> {
    const rows = await q(
      `MATCH (e:Entity)
       RETURN e.id AS id, e.degree AS stored,
              COUNT { (e)-[:${RELATION_TYPES.join("|")}]-(:Entity) } AS counted
       ORDER BY id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.stored, String(row.id)).toBe(row.counted);
    return Object.fromEntries(rows.map((row) => [String(row.id), Number(row.stored)]));
  }

  beforeAll(async () => {
    await graph.reset();
    await migrate(graph.executor);
  });
  beforeEach(async () => {
    await graph.reset();
  });

  describe("entity merge", () => {
    // Holland is the Netherlands under another name: NATO supports both, Belgium cooperates with
    // both (symmetric), Holland supports the Netherlands (a future self-loop) and provides an asset.
    const NL = "country:netherlands";
    const HOLLAND = "country:holland";
    const shared = [
      article(
        "deg-merge-1",
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
      ),
      article(
        "deg-merge-2",
        "NATO supports Holland. Holland cooperates with Belgium. Holland supports the Netherlands.",
        [
          { type: "Organisation", name: "NATO" },
          { type: "Country", name: "Holland" },
          { type: "Country", name: "Belgium" },
          { type: "Country", name: "Netherlands" },
        ],
        [
          ["SUPPORTS", "NATO", "Holland"],
          ["COOPERATES_WITH", "Holland", "Belgium"],
          ["SUPPORTS", "Holland", "Netherlands"],
        ],
      ),
      article(
        "deg-merge-3",
        "Holland provides F-35 (Netherlands) aircraft.",
        [
          { type: "Country", name: "Holland" },
          { type: "Asset", name: "F-35 (Netherlands)" },
        ],
        [["PROVIDES", "Holland", "F-35 (Netherlands)"]],
      ),
    ];

    it("stores the counted degrees after merging two entities that share neighbours", async () => {
      for (const a of shared) await ingestAnnotated(articles, a);
      expect(await degrees()).toMatchObject({
        [NL]: 3,
        [HOLLAND]: 4,
        "organisation:nato": 2,
        "country:belgium": 2,
        "asset:f-35-netherlands": 1,
      });

      await entities.mergeEntities(NL, HOLLAND);

      // The shared neighbours each lose one (their two relationships are one now), the kept
      // entity trades the self-loop for the asset, the asset's relationship only moved.
      expect(await degrees()).toEqual({
        [NL]: 3,
        "organisation:nato": 1,
        "country:belgium": 1,
        "asset:f-35-netherlands": 1,
      });
    });

    it("stores the counted degrees after merging an entity into a hub", async () => {
      // The hub: twelve states members of NATO. The merged entity: five member states, three of
      // them NATO's too, and a relationship with NATO itself (dropped: it would be a self-loop).
      const states = Array.from({ length: 14 }, (_, i) => `State ${String.fromCharCode(65 + i)}`);
      for (const [i, state] of states.slice(0, 12).entries()) {
        await ingestAnnotated(
          articles,
          article(
            `deg-hub-${i}`,
            `${state} is a member of NATO.`,
            [
              { type: "Country", name: state },
              { type: "Organisation", name: "NATO" },
            ],
            [["MEMBER_OF", state, "NATO"]],
          ),
        );
      }
      const members = [states[0]!, states[1]!, states[2]!, states[12]!, states[13]!];
      await ingestAnnotated(
        articles,
        article(
          "deg-hub-alliance",
          `${members.join(", ")} are members of the North Atlantic Alliance, which cooperates with NATO.`,
          [
            { type: "Organisation", name: "North Atlantic Alliance" },
            { type: "Organisation", name: "NATO" },
            ...members.map((name) => ({ type: "Country" as const, name })),
          ],
          [
            ...members.map(
              (name) =>
                ["MEMBER_OF", name, "North Atlantic Alliance"] as ["MEMBER_OF", string, string],
            ),
            ["COOPERATES_WITH", "North Atlantic Alliance", "NATO"],
          ],
        ),
      );
      expect(await degrees()).toMatchObject({
        "organisation:nato": 13,
        "organisation:north-atlantic-alliance": 6,
        "country:state-a": 2,
        "country:state-d": 1,
        "country:state-m": 1,
      });

      await entities.mergeEntities("organisation:nato", "organisation:north-atlantic-alliance");

      const after = await degrees();
      expect(after["organisation:nato"]).toBe(14);
      expect(after["organisation:north-atlantic-alliance"]).toBeUndefined();
      for (const state of states) {
        const id = `country:${state.toLowerCase().replace(" ", "-")}`;
        expect(after[id], id).toBe(1);
      }
    });

    it("sends ingest/apply-relationship-summaries once, after the merged entity is deleted", async () => {
      for (const a of shared) await ingestAnnotated(articles, a);
      const { names } = await graph.countRoundTrips(() => entities.mergeEntities(NL, HOLLAND));
      // 15 statements; 16 before, when the recomputed relationships were applied in a statement
      // of their own before the merged entity's delete, and the degrees in a second one after it.
      expect(names).toEqual([
        "entity/lock",
        "entity/relationships",
        "entity/evidence",
        "read/relationships-by-ids",
        "ingest/merge-relationships",
        "entity/move-evidence",
        "entity/delete-evidence",
        "ingest/summarise-relationships",
        "entity/mentions",
        "entity/set-mentions",
        "entity/absorb",
        "entity/delete",
        "entity/relationships",
        "ingest/apply-relationship-summaries",
        "entity/redirect",
      ]);
    });

    it("stores the counted degrees after an ingest that reaches the kept entity through a redirect", async () => {
      for (const a of shared) await ingestAnnotated(articles, a);
      await entities.mergeEntities(NL, HOLLAND);
      // A new version of an article naming the merged entity: its relationships land on the kept
      // one (the Netherlands), and the asset loses the one it had.
      await ingestAnnotated(
        articles,
        article(
          "deg-merge-3",
          "Holland operates in Kabul.",
          [
            { type: "Country", name: "Holland" },
            { type: "Location", name: "Kabul" },
          ],
          [["OPERATES_IN", "Holland", "Kabul"]],
        ),
      );
      expect(await degrees()).toEqual({
        [NL]: 3,
        "organisation:nato": 1,
        "country:belgium": 1,
        "location:kabul": 1,
      });
    });
  });

  describe("article writes", () => {
    // Sweden and Denmark are also named in an article of their own, so they stay when their
    // relationships go (an entity nothing refers to is deleted, degree and all).
    const bystanders = article(
      "deg-art-0",
      "Sweden and Denmark held elections.",
      [
        { type: "Country", name: "Sweden" },
        { type: "Country", name: "Denmark" },
      ],
      [],
    );
    const first = article(
      "deg-art-1",
      "Norway supports Denmark and cooperates with Sweden.",
      [
        { type: "Country", name: "Norway" },
        { type: "Country", name: "Denmark" },
        { type: "Country", name: "Sweden" },
      ],
      [
        ["SUPPORTS", "Norway", "Denmark"],
        ["COOPERATES_WITH", "Norway", "Sweden"],
      ],
    );
    const second = article(
      "deg-art-2",
      "Norway supports Denmark.",
      [
        { type: "Country", name: "Norway" },
        { type: "Country", name: "Denmark" },
      ],
      [["SUPPORTS", "Norway", "Denmark"]],
    );

    it("stores the counted degrees after an article changes its relationships", async () => {
      for (const a of [bystanders, first, second]) await ingestAnnotated(articles, a);
      expect(await degrees()).toEqual({
        "country:norway": 2,
        "country:denmark": 1,
        "country:sweden": 1,
      });
      // The new version drops the cooperation (Sweden's only relationship), keeps the support
      // (the second article states it too) and adds two.
      const changed = article(
        "deg-art-1",
        "Norway opposes Finland and Iceland.",
        [
          { type: "Country", name: "Norway" },
          { type: "Country", name: "Finland" },
          { type: "Country", name: "Iceland" },
        ],
        [
          ["OPPOSES", "Norway", "Finland"],
          ["OPPOSES", "Norway", "Iceland"],
        ],
      );
      expect((await ingestAnnotated(articles, changed)).status).toBe("updated");
      expect(await degrees()).toEqual({
        "country:norway": 3,
        "country:denmark": 1,
        "country:sweden": 0,
        "country:finland": 1,
        "country:iceland": 1,
      });
    });

    it("stores the counted degrees after an article is deleted", async () => {
      for (const a of [bystanders, first, second]) await ingestAnnotated(articles, a);
      // The support keeps the first article's evidence; the second article supported nothing else.
      await articles.deleteArticle("deg-art-2");
      expect(await degrees()).toEqual({
        "country:norway": 2,
        "country:denmark": 1,
        "country:sweden": 1,
      });
      // The first article was the only one to state either relationship.
      await articles.deleteArticle("deg-art-1");
      expect(await degrees()).toEqual({ "country:denmark": 0, "country:sweden": 0 });
    });

    it("keeps the degrees through the name edits, which change no relationship", async () => {
      for (const a of [bystanders, first, second]) await ingestAnnotated(articles, a);
      const before = await degrees();
      await entities.renameEntity("country:norway", "Kingdom of Norway");
      await entities.addAlias("country:denmark", "Danmark");
      await entities.removeAlias("country:norway", "Norway");
      expect(await degrees()).toEqual(before);
    });
  });
});
