import { describe, expect, it } from "vitest";
import { type AnnotatedArticle, articleText } from "../../src/domain/article.ts";
import type { EntityType, RelationType } from "../../src/domain/vocabulary.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { createPathReads, PATH_MEET, type PathsArgs } from "../../src/graph/read/paths.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { createProfiledApp } from "../support/profiled-app.ts";
import { ID, loadAnalyticsGraph } from "./analytics-fixtures.ts";

/**
 * read/paths meets a path of three hops in the middle (cypher/read/paths.cypher): the
 * relationships between the ends' neighbours are looked up pair by pair instead of expanding the
 * hub such a path crosses. Its answers must be the general search's (ALL SHORTEST), and its cost
 * must not grow with the hub's degree.
 */
const NEVER = { degree: 0, pairCost: 0 };
const ALWAYS = { degree: 1_000_000, pairCost: 0 };

describe("paths met in the middle", () => {
  const graph = useTestGraph();
  const { profiled } = createProfiledApp(graph.executor);
  let dbHits = 0;
  profiled.observe(({ dbHits: hits }) => {
    dbHits += hits ?? Number.NaN;
  });

  /** The answer and the db hits of read/paths with `meet`. */
  async function paths(args: PathsArgs, meet = PATH_MEET) {
    dbHits = 0;
    const result = await createPathReads(profiled, meet).findShortestPaths(args);
    return { result, dbHits };
  }

  it("answers as the general search does for every pair of the analytics fixtures", {
    timeout: 300_000,
  }, async () => {
    await loadAnalyticsGraph(graph);
    const ids = Object.values(ID);
    const subset = ["SUPPORTS", "PARTICIPATES_IN", "PROVIDES", "LOCATED_IN"] as const;
    let met = 0;
    let compared = 0;
    for (const fromId of ids) {
      for (const toId of ids) {
        if (fromId === toId) continue;
        for (const [maxHops, relationTypes] of [
          [3, null],
          [4, null],
          [6, subset],
        ] as const) {
          const args = { fromId, toId, maxHops, relationTypes, first: 20 };
          const general = await paths(args, NEVER);
          const meeting = await paths(args, ALWAYS);
          expect(meeting.result, `${fromId} → ${toId}, ${maxHops} hops`).toEqual(general.result);
          if (maxHops === 4) {
            const chosen = await paths(args);
            expect(chosen.result, `${fromId} → ${toId}, ${maxHops} hops`).toEqual(general.result);
          }
          compared += 1;
          if (general.result.paths[0]?.relationships.length === 3) met += 1;
        }
      }
    }
    // The fixtures have paths of three hops for the meet to find (and others it must leave).
    expect(compared).toBe(ids.length * (ids.length - 1) * 3);
    expect(met).toBeGreaterThan(20);
  });

  /**
   * A person, their country, a mission and its place (the bench's path: person → country →
   * mission → place) while the country and the mission gain `filler` relationships each: the
   * general search expands one of them, the meet only looks up the pair.
   */
  function hubArticles(filler: number, from: number): AnnotatedArticle[] {
    const rel = (
      type: RelationType,
      source: [EntityType, string],
      target: [EntityType, string],
    ) => ({ type, source, target, text: `${source[1]} ${type} ${target[1]}.` });
    const all = [
      rel("REPRESENTS", ["Person", "Minister Anna Smit"], ["Country", "Netherlands"]),
      rel("PARTICIPATES_IN", ["Country", "Netherlands"], ["Mission", "NATO Mission Iraq"]),
      rel("OPERATES_IN", ["Mission", "NATO Mission Iraq"], ["Location", "Baghdad"]),
    ];
    for (let k = from; k < filler; k++) {
      all.push(
        rel("REPRESENTS", ["Person", `Envoy ${k}`], ["Country", "Netherlands"]),
        rel("ASSIGNED_TO", ["Asset", `Task Unit ${k}`], ["Mission", "NATO Mission Iraq"]),
      );
    }
    const articles: AnnotatedArticle[] = [];
    for (let start = 0; start < all.length; start += 40) {
      const sentences = all.slice(start, start + 40);
      const title = `Hub update ${from}-${start}`;
      const body = sentences.map((s) => s.text).join(" ");
      const text = articleText({ title, body });
      let cursor = title.length;
      const entities = new Map<string, { type: EntityType; name: string }>();
      articles.push({
        article: { id: `hub-${from}-${start}`, title, body, language: "en" },
        extractor: "test",
        entities: [],
        relations: sentences.map((s) => {
          for (const [type, name] of [s.source, s.target])
            entities.set(`${type}|${name}`, { type, name });
          const startAt = text.indexOf(s.text, cursor);
          cursor = startAt + s.text.length;
          return {
            type: s.type,
            source: s.source[1],
            target: s.target[1],
            evidence: [
              { start: startAt, end: cursor, sentence: s.text, confidence: 0.9, rule: "test" },
            ],
          };
        }),
      });
      const last = articles.at(-1);
      if (last) last.entities = [...entities.values()];
    }
    return articles;
  }

  it("costs the same when the hub in the middle has ten times the relationships", {
    timeout: 300_000,
  }, async () => {
    await graph.reset();
    await migrate(graph.executor);
    const repo = createArticleRepository(graph.executor);
    const args = {
      fromId: "person:minister-anna-smit",
      toId: "location:baghdad",
      maxHops: 4,
      relationTypes: null,
      first: 10,
    };
    const expected = [
      [
        "person:minister-anna-smit",
        "country:netherlands",
        "mission:nato-mission-iraq",
        "location:baghdad",
      ],
    ];
    const measure = async () => {
      const general = await paths(args, NEVER);
      const chosen = await paths(args);
      expect(chosen.result.paths.map((p) => p.nodes.map((n) => n.id))).toEqual(expected);
      expect(chosen.result).toEqual(general.result);
      return { general: general.dbHits, chosen: chosen.dbHits };
    };
    for (const article of hubArticles(100, 0)) await ingestAnnotated(repo, article);
    const small = await measure();
    for (const article of hubArticles(1000, 100)) await ingestAnnotated(repo, article);
    const large = await measure();
    const report = `read/paths: ${small.chosen} → ${large.chosen} db hits; the general search ${small.general} → ${large.general}`;
    console.log(report);
    // The general search expands the hub (100 → 1,000 relationships)…
    expect(large.general, report).toBeGreaterThan(5 * small.general);
    // … the meet looks up one pair of neighbours, per type and direction.
    expect(large.chosen, report).toBeLessThanOrEqual(small.chosen * 1.5);
    expect(large.chosen, report).toBeLessThan(large.general / 3);
  });
});
