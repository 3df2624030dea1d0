import { describe, expect, inject, it } from "vitest";
import type { AnnotatedArticle } from "../../src/domain/article.ts";
import { relationshipId } from "../../src/domain/identity.ts";
import type { RelationType } from "../../src/domain/vocabulary.ts";
import { createArticleRepository } from "../../src/graph/article-repository.ts";
import { cypher } from "../../src/graph/cypher.ts";
import { migrate } from "../../src/graph/migrate.ts";
import { cypherInt, pageLimit } from "../../src/graph/read/batch.ts";
import { ingestAnnotated } from "../../src/ingest/ingest.ts";
import { useTestGraph } from "../support/graph.ts";
import { createProfiledApp } from "../support/profiled-app.ts";

/**
 * A page of a hub's relationships in id order costs what the page holds, not the hub's degree:
 * read/entity-relationships-by-id seeks each type's relationships in id order (outgoing by the id index,
 * incoming by (targetId, id)) and stops after the page. The hub gets relationships of three types
 * in both directions (a symmetric type stored either way round), first DEGREE and then 4 × DEGREE
 * of them; each page below is profiled at both sizes and may read at most 1.5× as much. The pages
 * are also checked against the ids sorted here and against the general path (a filter that keeps
 * every relationship reads and sorts them all).
 */
const DEGREE = 40;
const GROWTH = 1.5;
const HUB = "Harbour Shield";
const HUB_ID = "mission:harbour-shield";

type End = [AnnotatedArticle["entities"][number]["type"], string];
type Relation = [RelationType, End, End];

/** The hub's relationships number k: alternately incoming, outgoing and symmetric either way. */
function relationsOf(k: number): Relation[] {
  const hub: End = ["Mission", HUB];
  // Names whose ids share prefixes (unit-7, unit-70, unit-7-b) test the id order of incoming ids.
  return [
    ["ASSIGNED_TO", ["Asset", `Unit ${k}`], hub],
    ["ASSIGNED_TO", ["Asset", `Unit ${k} B`], hub],
    ["OPERATES_IN", hub, ["Location", `Port ${k}`]],
    ["COOPERATES_WITH", hub, ["Mission", `Alpha ${k}`]],
    ["COOPERATES_WITH", hub, ["Mission", `Zulu ${k}`]],
  ];
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const idOf = ([type, name]: End) => `${type.toLowerCase()}:${slug(name)}`;

function article(n: number, relations: Relation[]): AnnotatedArticle {
  const title = `Page cost ${n}`;
  const sentences = relations.map(([, s, t]) => `${s[1]} and ${t[1]} met.`);
  const body = sentences.join(" ");
  const text = `${title}\n\n${body}`;
  const entities = new Map<string, { type: End[0]; name: string }>();
  let cursor = 0;
  const annotated = relations.map(([type, source, target], i) => {
    for (const [t, name] of [source, target]) entities.set(`${t}|${name}`, { type: t, name });
    const sentence = sentences[i] ?? "";
    const start = text.indexOf(sentence, cursor);
    cursor = start + sentence.length;
    return {
      type,
      source: source[1],
      target: target[1],
      evidence: [{ start, end: cursor, sentence, confidence: 0.8 }],
    };
  });
  return {
    article: { id: `page-cost-${n}`, title, body, source: "Page Press", language: "en" },
    extractor: "test",
    entities: [...entities.values()],
    relations: annotated,
  };
}

const PAGE = `query($direction: Direction, $after: String, $first: Int, $min: Float) {
  entity(id: "${HUB_ID}") { relationships(first: $first, after: $after, direction: $direction, minConfidence: $min) {
    totalCount edges { cursor node { relationshipId } } pageInfo { hasNextPage endCursor } } } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { relationshipId: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("a page of a hub's relationships", () => {
  const graph = useTestGraph();
  const { profiled, app } = createProfiledApp(graph.executor);
  const hits: { name: string; dbHits: number }[] = [];
  profiled.observe(({ name, dbHits }) => hits.push({ name, dbHits: dbHits ?? Number.NaN }));
  const written: Relation[] = [];

  async function load(from: number, to: number) {
    const repo = createArticleRepository(graph.executor);
    const relations = Array.from({ length: to - from }, (_, i) => relationsOf(from + i)).flat();
    written.push(...relations);
    for (let at = 0; at < relations.length; at += 20) {
      await ingestAnnotated(repo, article(from * 100 + at, relations.slice(at, at + 20)));
    }
  }

  async function page(variables: Record<string, unknown>) {
    hits.length = 0;
    const response = await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PAGE, variables }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: { entity: { relationships: Page } };
    };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const statement = hits.filter((h) => h.name.startsWith("read/entity-relationships"));
    expect(statement).toHaveLength(1);
    return { page: body.data.entity.relationships, dbHits: statement[0]?.dbHits ?? Number.NaN };
  }

  /** Every relationship of the hub, as written, in id order, per direction. */
  function expected(direction: "BOTH" | "INCOMING" | "OUTGOING") {
    const ids = written
      .map(([type, s, t]) => relationshipId(type, idOf(s), idOf(t)))
      .filter((id) => {
        if (direction === "BOTH" || id.startsWith("COOPERATES_WITH:")) return true;
        return direction === "OUTGOING" ? id.includes(`:${HUB_ID}->`) : id.endsWith(`->${HUB_ID}`);
      });
    return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async function walk(direction: string, min: number | null) {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (;;) {
      const { page: p } = await page({ direction, after, first: 7, min });
      if (totalCount < 0) totalCount = p.totalCount;
      ids.push(...p.edges.map((e) => e.node.relationshipId));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    return { ids, totalCount };
  }

  async function checkPages() {
    for (const direction of ["BOTH", "INCOMING", "OUTGOING"] as const) {
      const want = expected(direction);
      const byIndex = await walk(direction, null);
      expect(byIndex.ids, direction).toEqual(want);
      expect(byIndex.totalCount, direction).toBe(want.length);
      // minConfidence keeps every relationship (0.8) but takes the path that sorts them all.
      expect(await walk(direction, 0.1), direction).toEqual(byIndex);
    }
  }

  async function costs(middle: string) {
    return {
      first: (await page({ direction: "BOTH", first: 5 })).dbHits,
      afterCursor: (await page({ direction: "BOTH", first: 5, after: middle })).dbHits,
      incoming: (await page({ direction: "INCOMING", first: 5 })).dbHits,
      outgoing: (await page({ direction: "OUTGOING", first: 5 })).dbHits,
      sorted: (await page({ direction: "BOTH", first: 5, min: 0.1 })).dbHits,
    };
  }

  it(`reads a page of 5 at ${DEGREE} and ${4 * DEGREE} relationships with at most ${GROWTH}x the db hits`, {
    timeout: 300_000,
  }, async () => {
    await graph.reset();
    await migrate(graph.executor);
    const session = graph.driver.session({ database: inject("neo4j").database });
    try {
      await session.run("CALL db.clearQueryCaches()");
    } finally {
      await session.close();
    }
    // Plans made on the empty graph, as after a fresh start.
    await app.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: PAGE, variables: { first: 5 } }),
    });

    await load(0, DEGREE / 5);
    await checkPages();
    // A cursor inside the first type of ids (ASSIGNED_TO), kept for the larger graph.
    const middle = (await page({ direction: "BOTH", first: 12 })).page.edges[11]?.cursor ?? "";
    const small = await costs(middle);

    await load(DEGREE / 5, (4 * DEGREE) / 5);
    expect(expected("BOTH")).toHaveLength(4 * DEGREE);
    await checkPages();
    const large = await costs(middle);

    console.log(
      `page of 5, db hits at ${DEGREE} → ${4 * DEGREE}: ${JSON.stringify({ small, large })}`,
    );
    for (const key of ["first", "afterCursor", "incoming", "outgoing"] as const) {
      expect(large[key], key).toBeLessThanOrEqual(small[key] * GROWTH);
    }
    // The general path does read them all: the check above can tell the two apart.
    expect(large.sorted).toBeGreaterThan(small.sorted * 2);
  });

  it("reads a page without evidence with no evidence or article subquery, for the same rows", async () => {
    await graph.reset();
    await migrate(graph.executor);
    await load(0, DEGREE / 5);
    const params = {
      keys: [{ i: 0, id: HUB_ID, after: null }],
      types: null,
      direction: "BOTH",
      symmetric: ["COOPERATES_WITH"],
      otherTypes: null,
      from: null,
      to: null,
      source: null,
      minConfidence: 0,
      order: "ID",
      limit: pageLimit(20),
      evidence: cypherInt(0),
      articles: false,
      bodies: false,
    };
    for (const name of ["read/entity-relationships-by-id", "read/entity-relationships"]) {
      const cost: number[] = [];
      const run = graph.executor.with({
        profile: true,
        observer: ({ dbHits }) => cost.push(dbHits ?? Number.NaN),
      });
      // The statement as it was: the evidence subquery under LIMIT 0.
      const withSubquery = await run.read(cypher(name, { EVIDENCE: true }), params);
      const without = await run.read(cypher(name, { EVIDENCE: false }), params);
      expect(cypher(name).text, name).not.toMatch(/LIMIT \$evidence|\$articles/);
      expect(without, name).toEqual(withSubquery);
      const [page] = without;
      expect(Array.isArray(page?.page) && page.page.length, name).toBe(21);
      // One evidence seek per relationship on the page (21) is no longer made.
      expect(cost[1], name).toBeLessThanOrEqual((cost[0] ?? 0) - 21);
    }
  });

  it("reads only what the query asks of each relationship and its ends, in one statement, for the same answer", async () => {
    await graph.reset();
    await migrate(graph.executor);
    await load(0, DEGREE / 5);
    const ends = "id entityId name type";
    const lean = `{ entity(id: "${HUB_ID}") { relationships(first: 20) { totalCount
      edges { cursor node { relationshipId type source { ${ends} } target { ${ends} } } } } } }`;
    // The same page with fields a lean page does not read: the whole page is read.
    const whole = lean.replace(
      "type source {",
      "type confidence articleCount source { aliases mentionCount",
    );
    async function ask(query: string) {
      hits.length = 0;
      const response = await app.fetch("http://test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { errors?: unknown; data: unknown };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(hits.map((h) => h.name)).toEqual(["read/entity-relationships-by-id"]);
      return { data: body.data, dbHits: hits[0]?.dbHits ?? Number.NaN };
    }
    const thin = await ask(lean);
    const full = await ask(whole);
    // What the lean query asks, taken from the whole answer, is the lean answer.
    const data = full.data as {
      entity: {
        relationships: {
          edges: { node: { confidence?: number; articleCount?: number; source: object } }[];
        };
      };
    };
    expect(data.entity.relationships.edges).toHaveLength(20);
    for (const { node } of data.entity.relationships.edges) {
      expect(node.confidence).toBe(0.8);
      expect(node.articleCount).toBe(1);
      delete node.confidence;
      delete node.articleCount;
      const source = node.source as { aliases?: unknown; mentionCount?: unknown };
      expect(source.mentionCount).toBeGreaterThan(0);
      delete source.aliases;
      delete source.mentionCount;
    }
    expect(thin.data).toEqual(full.data);
    // Per relationship at least its half-dozen properties and the other end's are not read.
    expect(thin.dbHits).toBeLessThanOrEqual(full.dbHits - 20 * 6);
  });
});
